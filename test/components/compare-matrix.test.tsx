import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, within } from '@testing-library/react';
import { CompareMatrix } from '@/components/library/CompareMatrix';
import { postingMatrix } from '@/lib/library/matrix';
import { compareWithRole } from '@/lib/roles/compare';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { posting } from '../library/helpers';
import { renderUi } from '../helpers/render';

/** The comparison matrix shows every sentence of an ad that covers a duty, as text. */
afterEach(cleanup);

describe('CompareMatrix', () => {
  test('a duty two sentences cover lists both; an ad\'s markup stays text', () => {
    const roles = builtinRoles(0);
    const index = buildIndex(roles);
    const service = roles.find((r) => r.id === 'customer-service')!;
    const ads = [
      posting({ id: 'a', roleId: service.id, title: '淘宝客服', requirements: [], duties: ['负责淘宝店铺售前咨询，解答顾客关于商品的问题', '处理售后问题，包括退换货、退款、投诉等', '及时回复顾客消息<b>引导下单</b>'] }),
      posting({ id: 'b', roleId: service.id, title: '售后客服', requirements: [], duties: ['处理顾客的退换货申请'] }),
    ];
    const matrix = postingMatrix(service, ads, (p, role) => compareWithRole(index, role.id, p));
    const { getByTestId } = renderUi(<CompareMatrix matrix={matrix} />);
    const row = within(getByTestId('compare-matrix')).getByRole('rowheader', { name: /售前/ }).closest('tr')!;
    const cells = row.querySelectorAll('td');
    const items = [...cells[0]!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['负责淘宝店铺售前咨询，解答顾客关于商品的问题', '及时回复顾客消息<b>引导下单</b>']);
    expect(cells[0]!.querySelector('b')).toBeNull();
    expect(cells[0]!.getAttribute('title')).toBe(items.join('\n'));
    expect(cells[1]!.className).toBe('cell-no');
  });
});
