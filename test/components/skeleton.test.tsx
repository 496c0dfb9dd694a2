import { afterEach, expect, test } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { Skeleton } from '@/components/popup/Skeleton';
import { renderUi } from '../helpers/render';

afterEach(cleanup);

test('the loading skeleton is announced as busy, never a blank', () => {
  renderUi(<Skeleton />);
  const status = screen.getByRole('status', { name: '正在分析页面' });
  expect(status.getAttribute('aria-busy')).toBe('true');
  expect(status.textContent).toContain('正在读取页面…');
});
