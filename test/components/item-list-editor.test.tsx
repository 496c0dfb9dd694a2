import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ItemListEditor } from '@/components/library/ItemListEditor';
import { renderUi } from '../helpers/render';

afterEach(cleanup);

const items = [
  { id: 'a', text: '设计首页', badge: '4/10' },
  { id: 'b', text: '制作主图' },
];

function setup(over: Partial<Parameters<typeof ItemListEditor>[0]> = {}) {
  const props = {
    label: '岗位职责',
    items,
    onAdd: vi.fn(() => Promise.resolve()),
    onEdit: vi.fn(() => Promise.resolve()),
    onRemove: vi.fn(() => Promise.resolve()),
    onMove: vi.fn(() => Promise.resolve()),
    ...over,
  };
  renderUi(<ItemListEditor {...props} />);
  return props;
}

test('move, remove and edit by labelled buttons', async () => {
  const props = setup();
  expect((screen.getByRole('button', { name: '“岗位职责”第 1 条上移' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: '“岗位职责”第 1 条下移' }));
  await waitFor(() => expect(props.onMove).toHaveBeenCalledWith('a', 1));
  fireEvent.click(screen.getByRole('button', { name: '删除“岗位职责”第 2 条' }));
  await waitFor(() => expect(props.onRemove).toHaveBeenCalledWith('b'));
  fireEvent.click(screen.getByRole('button', { name: '编辑“岗位职责”第 1 条' }));
  fireEvent.change(screen.getByLabelText('“岗位职责”第 1 条的内容'), { target: { value: '设计首页和专题页' } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  await waitFor(() => expect(props.onEdit).toHaveBeenCalledWith('a', '设计首页和专题页'));
});

test('adding: empty text refused, text added and the field cleared', async () => {
  const props = setup();
  const field = screen.getByLabelText('在“岗位职责”中新增一条') as HTMLInputElement;
  fireEvent.click(screen.getByRole('button', { name: '添加' }));
  expect(screen.getByRole('alert').textContent).toBe('内容不能为空。');
  fireEvent.change(field, { target: { value: '拍摄短视频' } });
  fireEvent.click(screen.getByRole('button', { name: '添加' }));
  await waitFor(() => expect(props.onAdd).toHaveBeenCalledWith('拍摄短视频'));
  await waitFor(() => expect(field.value).toBe(''));
});

test('a failed change shows its error', async () => {
  setup({ onRemove: vi.fn(() => Promise.reject(new Error('存储空间已满'))) });
  fireEvent.click(screen.getByRole('button', { name: '删除“岗位职责”第 1 条' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('存储空间已满'));
});
