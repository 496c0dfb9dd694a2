import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { DutyPhrasings } from '@/components/library/DutyPhrasings';
import { renderUi } from '../helpers/render';
import { sampleRole } from '../helpers/roles';

const role = sampleRole({
  duties: [
    { id: 'designer.pages', text: '设计店铺首页和商品详情页', phrasings: ['详情页', '首页 + 设计|装修'], marks: [{ text: '负责宝贝描述页', polarity: 'covers', createdAt: 1 }] },
    { id: 'designer.photos', text: '商品图片的修图与后期', marks: [{ text: '负责拍摄场地预约', polarity: 'not', createdAt: 2 }] },
  ],
  specialties: [{ id: 'ecom', nameZh: '电商视觉', nameEn: 'E-commerce visuals', duties: ['designer.pages'], skills: ['Photoshop'], titles: ['美工'] }],
});

afterEach(cleanup);

describe('DutyPhrasings', () => {
  test('each duty shows its phrasings for editing; saving sends one pattern a line', async () => {
    const onSetPhrasings = vi.fn(() => Promise.resolve());
    renderUi(<DutyPhrasings role={role} onSetPhrasings={onSetPhrasings} onUnmark={vi.fn()} />);
    expect(screen.getByText('（2 种写法，1 条标记）')).toBeTruthy();
    const [first] = screen.getAllByLabelText('写法（每行一个）') as HTMLTextAreaElement[];
    expect(first!.value).toBe('详情页\n首页 + 设计|装修');
    fireEvent.change(first!, { target: { value: '详情页\n描述页' } });
    fireEvent.click(screen.getAllByRole('button', { name: '保存' })[0]!);
    expect(onSetPhrasings).toHaveBeenCalledWith('designer.pages', ['详情页', '描述页']);
  });

  test('a refused pattern is reported', async () => {
    const onSetPhrasings = vi.fn(() => Promise.reject(new Error('phrasing "!详情页": only ! groups')));
    renderUi(<DutyPhrasings role={role} onSetPhrasings={onSetPhrasings} onUnmark={vi.fn()} />);
    fireEvent.click(screen.getAllByRole('button', { name: '保存' })[0]!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('only ! groups'));
  });

  test('the marked sentences are listed with their polarity and can be forgotten', () => {
    const onUnmark = vi.fn(() => Promise.resolve());
    renderUi(<DutyPhrasings role={role} onSetPhrasings={vi.fn()} onUnmark={onUnmark} />);
    expect(screen.getByText('属于这项：').parentElement!.textContent).toContain('负责宝贝描述页');
    expect(screen.getByText('不是这项：').parentElement!.textContent).toContain('负责拍摄场地预约');
    fireEvent.click(screen.getByRole('button', { name: '忘掉标记“负责拍摄场地预约”' }));
    expect(onUnmark).toHaveBeenCalledWith('designer.photos', '负责拍摄场地预约');
  });

  test('the specialties are shown with their duties', () => {
    renderUi(<DutyPhrasings role={role} onSetPhrasings={vi.fn()} onUnmark={vi.fn()} />);
    expect(screen.getByTestId('specialties').textContent).toBe('电商视觉：设计店铺首页和商品详情页（Photoshop）');
  });
});
