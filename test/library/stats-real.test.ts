import { describe, expect, test } from 'vitest';
import { memoizeCompare, roleStats, type CompareFn } from '@/lib/library/stats';
import { postingMatrix } from '@/lib/library/matrix';
import { buildTemplate } from '@/lib/library/template';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { compareWithRole } from '@/lib/roles/compare';
import { posting } from './helpers';

/**
 * The statistics on the real built-in library and the real comparison (lib/roles/compare.ts),
 * the way the workspace wires them: CompareFn = (p, role) => compareWithRole(index, role.id, p).
 */
const roles = builtinRoles(0);
const index = buildIndex(roles);
const compare: CompareFn = memoizeCompare((p, role) => compareWithRole(index, role.id, p));
const designer = roles.find((r) => r.id === 'designer')!;

const ads = [
  ['负责店铺首页装修，把控整体视觉风格', '设计制作商品详情页，提炼卖点', '制作主图和直通车推广图', '负责公司年会的场地布置'],
  ['1、負責店鋪首頁裝修與視覺風格', '2、製作商品主圖、推廣圖', '3、商品图片的抠图与修图', '4、负责公司年会场地的布置'],
  ['设计618、双11等大促活动页面和海报', '商品图片修图美化', '负责公众号文章排版'],
  ['设计制作商品详情页，突出产品卖点', '配合摄影师完成商品拍摄', '负责公众号的文章排版'],
].map((duties, i) => posting({ id: `ad${i}`, roleId: 'designer', title: '美工', duties, requirements: ['熟练使用PS、AI', '有作品集'] }));

describe('roleStats with the built-in designer role and the real comparison', () => {
  const stats = roleStats(designer, ads, compare);

  test('counts are consistent with the comparisons', () => {
    for (const d of stats.duties) {
      const expected = ads.filter((p) => compare(p, designer).covered.some((c) => c.dutyId === d.id)).map((p) => p.id);
      expect(d.postingIds, d.id).toEqual(expected);
    }
    expect(stats.duties.map((d) => d.id)).toEqual(designer.duties.map((d) => d.id));
    expect(stats.duties.some((d) => d.count >= 2)).toBe(true);
  });

  test('every extra member is that posting\'s item, and no covered item is counted as extra', () => {
    for (const cluster of [...stats.extraDuties, ...stats.extraRequirements]) {
      expect(cluster.count).toBeLessThanOrEqual(ads.length);
      for (const m of cluster.members) {
        const p = ads.find((a) => a.id === m.postingId)!;
        const list = stats.extraDuties.includes(cluster) ? p.duties : p.requirements;
        expect(list[m.itemIndex]).toBe(m.item);
        expect(compare(p, designer).covered.some((c) => c.itemIndex === m.itemIndex && stats.extraDuties.includes(cluster))).toBe(false);
      }
    }
  });

  test('the recurring extra (年会布置, worded two ways) is one cluster found in two ads', () => {
    const party = stats.extraDuties.filter((c) => c.label.includes('年会'));
    expect(party).toHaveLength(1);
    expect(party[0]!.count).toBe(2);
    expect([...party[0]!.variants].sort()).toEqual(['负责公司年会场地的布置', '负责公司年会的场地布置']);
  });

  test('a template and a matrix from the same comparisons', () => {
    const t = buildTemplate(designer, stats, { minShare: 0.5 });
    expect(t.sections[0]!.items.filter((i) => i.origin === 'role')).toHaveLength(designer.duties.length);
    const saved = t.sections[0]!.items.filter((i) => i.origin === 'saved');
    expect(saved.map((i) => i.text)).toContain('负责公司年会场地的布置');
    expect(saved.every((i) => i.frequency!.count >= 2 && i.frequency!.total === 4)).toBe(true);
    const m = postingMatrix(designer, ads.slice(0, 4), compare);
    expect(m.duties.map((r) => r.count)).toEqual(stats.duties.map((d) => d.count));
  });
});

describe('postingMatrix with the real comparison: every covering item in the cell', () => {
  const service = roles.find((r) => r.id === 'customer-service')!;
  const ad = (id: string, duties: string[]) => posting({ id, roleId: 'customer-service', title: '淘宝客服', duties, requirements: [] });
  const two = [
    ad('cs1', ['负责淘宝店铺售前咨询，解答顾客关于商品的问题', '处理售后问题，包括退换货、退款、投诉等', '及时回复顾客消息，引导下单', '跟进物流异常和中差评']),
    ad('cs2', ['处理顾客的退换货申请', '负责公司年会的场地布置']),
  ];

  test('a duty two items cover lists both, best first, each once, with the words that matched', () => {
    const m = postingMatrix(service, two, compare);
    const presale = m.duties.find((r) => r.id === 'customer-service.pre-sale')!;
    const cell = presale.cells[0]!;
    expect(cell.covered).toBe(true);
    expect(cell.items.map((i) => i.itemIndex)).toEqual([0, 2]);
    expect(cell.items[1]).toMatchObject({ item: '及时回复顾客消息，引导下单', clause: '及时回复顾客消息' });
    expect(cell.item).toBe(cell.items[0]!.item);
    // The comparison's pairs for that duty and posting, one entry per item.
    const pairs = compare(two[0]!, service).covered.filter((c) => c.dutyId === presale.id);
    expect(new Set(pairs.map((p) => p.itemIndex))).toEqual(new Set(cell.items.map((i) => i.itemIndex)));
    // A cell not covered lists nothing.
    expect(presale.cells[1]).toMatchObject({ covered: false, items: [] });
  });
});
