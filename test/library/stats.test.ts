import { describe, expect, test } from 'vitest';
import { memoizeCompare, roleStats, postingPlace } from '@/lib/library/stats';
import { postingMatrix } from '@/lib/library/matrix';
import { distribution, monthlyEquivalent, placeAmong, quantile } from '@/lib/library/distribution';
import type { Salary } from '@/lib/db/schemas';
import { compareDouble } from './compare-double';
import { posting, role } from './helpers';

const cny = (min: number | null, max: number | null, period: Salary['period'] = 'month', months: number | null = null): Salary => ({
  min, max, currency: 'CNY', period, months, negotiable: false, raw: `${min}-${max}`,
});

const designer = role();
const saved = [
  posting({
    id: 'p1', roleId: 'designer', title: '淘宝美工',
    duties: ['负责店铺首页和详情页的设计与装修', '制作商品主图、海报和活动页面', '负责直播间搭建与设备调试'],
    requirements: ['熟练使用Photoshop、C4D等设计软件', '形象气质佳'],
    skills: ['Photoshop', 'C4D'], experienceYears: { min: 1, max: 3 }, education: 'associate', salary: cny(6000, 9000),
  }),
  posting({
    id: 'p2', roleId: 'designer', title: '電商設計師',
    duties: ['1、負責店鋪首頁和詳情頁的設計與裝修；', '负责直播间的搭建与设备调试'],
    requirements: ['能提供个人作品集'],
    skills: ['photoshop', 'Figma'], experienceYears: { min: 3, max: null }, education: 'bachelor', salary: cny(8000, 12000, 'month', 13),
  }),
  posting({
    id: 'p3', roleId: 'designer', title: '美工（日结）',
    duties: ['制作商品主图、海报、活动页面', '拍摄产品照片'], requirements: [],
    experienceYears: null, education: null, salary: cny(200, 200, 'day'),
  }),
  posting({
    id: 'p4', roleId: 'designer', title: 'Visual Designer',
    duties: ['负责产品图片的后期修图', '拍摄产品照片并修图'], requirements: [],
    experienceYears: { min: 5, max: null }, education: 'any',
    salary: { min: 3000, max: 4000, currency: 'USD', period: 'month', months: null, negotiable: false, raw: '$3-4k' },
  }),
];

describe('monthly-equivalent pay', () => {
  test.each<[string, Salary | null, { min: number; max: number; mid: number } | null]>([
    ['monthly range', cny(6000, 9000), { min: 6000, max: 9000, mid: 7500 }],
    ['13 months a year spread over 12', cny(12000, 12000, 'month', 13), { min: 13000, max: 13000, mid: 13000 }],
    ['day rate x 21.75 working days', cny(200, 300, 'day'), { min: 4350, max: 6525, mid: 5438 }],
    ['hour rate x 8 x 21.75', cny(25, null, 'hour'), { min: 4350, max: 4350, mid: 4350 }],
    ['yearly / 12', cny(240000, 360000, 'year'), { min: 20000, max: 30000, mid: 25000 }],
    ['only a maximum', cny(null, 8000), { min: 8000, max: 8000, mid: 8000 }],
    ['面议 without numbers', { ...cny(null, null), negotiable: true }, null],
    ['no salary', null, null],
  ])('%s', (_, s, expected) => expect(monthlyEquivalent(s)).toEqual(expected));
});

describe('distribution and place', () => {
  test('quantiles interpolate like PERCENTILE.INC', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.25)).toBe(10);
    expect(distribution([5, 1, 3, NaN])).toMatchObject({ n: 3, min: 1, max: 5, median: 3, p25: 2, p75: 4, values: [1, 3, 5] });
    expect(distribution([])).toBeNull();
  });
  test.each<[string, number, number[], boolean, object | null]>([
    ['above everyone', 8, [1, 3, 5], false, { n: 3, below: 3, same: 0, above: 0, percentBelow: 100, percentAbove: 0 }],
    ['itself excluded', 3, [1, 3, 5], true, { n: 2, below: 1, same: 0, above: 1, percentBelow: 50 }],
    ['ties are neither below nor above', 3, [3, 3, 3, 5], false, { n: 4, below: 0, same: 3, above: 1, percentBelow: 0, percentAbove: 25 }],
    ['4 of 5 below: "more than 80%"', 4, [1, 2, 2, 3, 5], false, { percentBelow: 80 }],
    ['nothing to compare with', 3, [3], true, null],
  ])('%s', (_, value, values, self, expected) => {
    const place = placeAmong(value, values, self);
    if (expected === null) expect(place).toBeNull();
    else expect(place).toMatchObject(expected);
  });
});

describe('roleStats on a role with four saved ads', () => {
  const stats = roleStats(designer, saved, compareDouble);

  test('how many ads include each canonical duty, in the role order', () => {
    expect(stats.postingCount).toBe(4);
    expect(stats.duties.map((d) => [d.id, d.count])).toEqual([['d-home', 2], ['d-main', 2], ['d-retouch', 1]]);
    expect(stats.duties[0]!.postingIds).toEqual(['p1', 'p2']);
    expect(stats.duties[0]!.share).toBe(0.5);
    expect(stats.duties[0]!.textEn).toBe('Design the store home and detail pages');
    expect(stats.requirementItems.map((d) => [d.id, d.count])).toEqual([['r-tools', 1], ['r-portfolio', 1]]);
  });

  test('extra items are clustered so near-identical wordings count once', () => {
    expect(stats.extraDuties.map((c) => [c.label, c.count])).toEqual([
      ['拍摄产品照片', 2],
      ['负责直播间搭建与设备调试', 2],
    ]);
    expect(stats.extraDuties[1]!.variants).toEqual(['负责直播间搭建与设备调试', '负责直播间的搭建与设备调试']);
    expect(stats.extraDuties[0]!.members.map((m) => [m.postingId, m.itemIndex])).toEqual([['p3', 1], ['p4', 1]]);
  });

  test('extras found in one ad only are left out unless asked for', () => {
    expect(stats.extraRequirements).toEqual([]);
    const all = roleStats(designer, saved, compareDouble, { minExtraCount: 1 });
    expect(all.extraRequirements.map((c) => c.label)).toEqual(['形象气质佳']);
  });

  test('an ad repeating an extra item counts once', () => {
    const repeat = posting({ id: 'p5', duties: ['拍摄产品照片', '2、拍摄产品照片；'] });
    const s = roleStats(designer, [repeat], compareDouble, { minExtraCount: 1 });
    expect(s.extraDuties.map((c) => [c.label, c.count, c.members.length])).toEqual([['拍摄产品照片', 1, 2]]);
  });

  test('a duty covered by several items of one ad counts that ad once (the comparison is many to many)', () => {
    const twice = posting({ id: 'p6', roleId: 'designer', duties: ['负责店铺首页的设计', '负责详情页的设计与装修'] });
    const manyToMany = (p: typeof twice, r: typeof designer) => {
      const c = compareDouble(p, r);
      // Both items cover the home-page duty, as the real comparison reports it.
      return { ...c, covered: [...c.covered, ...c.covered.map((x) => ({ ...x, itemIndex: 1 - x.itemIndex, item: p.duties[1 - x.itemIndex]! }))] };
    };
    const s = roleStats(designer, [twice], manyToMany);
    expect(s.duties.find((d) => d.id === 'd-home')).toMatchObject({ count: 1, postingIds: ['p6'] });
    expect(s.extraDuties).toEqual([]);
  });

  test('experience, education and salary distributions', () => {
    expect(stats.experience).toMatchObject({ n: 3, min: 1, max: 5, median: 3 });
    expect(stats.education.counts).toEqual({ any: 1, secondary: 0, associate: 1, bachelor: 1, master: 0, phd: 0 });
    expect(stats.education.unknown).toBe(1);
    expect(stats.education.median).toBe('associate');
    expect(stats.salary.currency).toBe('CNY');
    expect(stats.salary.otherCurrency).toBe(1);
    expect(stats.salary.unknown).toBe(0);
    expect(stats.salary.mid).toMatchObject({ n: 3, min: 4350, median: 7500, max: 10834 });
    expect(stats.skills).toEqual([
      { skill: 'Photoshop', count: 2 },
      { skill: 'C4D', count: 1 },
      { skill: 'Figma', count: 1 },
    ]);
  });

  test("a saved posting's place among the others", () => {
    const place = postingPlace(saved[1]!, stats);
    expect(place.experience).toMatchObject({ value: 3, n: 2, percentBelow: 50 });
    expect(place.salary).toMatchObject({ value: 10834, n: 2, percentBelow: 100 });
    expect(place.education).toMatchObject({ n: 2, below: 2 });
  });

  test('a new posting is compared with all saved ones; unknown fields have no place', () => {
    const fresh = posting({ id: 'new', experienceYears: { min: 8, max: null }, education: null, salary: null });
    const place = postingPlace(fresh, stats);
    expect(place.experience).toMatchObject({ n: 3, percentBelow: 100 });
    expect(place.education).toBeNull();
    expect(place.salary).toBeNull();
  });

  test('no saved postings: zero counts, empty distributions', () => {
    const empty = roleStats(designer, [], compareDouble);
    expect(empty.duties.every((d) => d.count === 0 && d.share === 0)).toBe(true);
    expect(empty.experience).toBeNull();
    expect(empty.salary.mid).toBeNull();
    expect(empty.education.median).toBeNull();
  });
});

describe('postingMatrix', () => {
  test('duties x postings with the covering item, plus each posting\'s extras', () => {
    const m = postingMatrix(designer, saved.slice(0, 3), compareDouble);
    expect(m.columns.map((c) => c.postingId)).toEqual(['p1', 'p2', 'p3']);
    expect(m.duties.map((r) => [r.id, r.cells.map((c) => c.covered), r.count])).toEqual([
      ['d-home', [true, true, false], 2],
      ['d-main', [true, false, true], 2],
      ['d-retouch', [false, false, false], 0],
    ]);
    expect(m.duties[0]!.cells[1]).toMatchObject({ item: '負責店鋪首頁和詳情頁的設計與裝修', itemIndex: 0 });
    expect(m.columns[1]!.extras).toEqual([{ itemIndex: 1, item: '负责直播间的搭建与设备调试' }]);
    expect(m.columns[0]!.requirementExtras).toEqual([{ itemIndex: 1, item: '形象气质佳' }]);
    expect(m.columns[1]!.salaryMonthly).toEqual({ min: 8667, max: 13000, mid: 10834 });
    expect(m.requirements.map((r) => r.count)).toEqual([1, 1]);
  });

  test.each([1, 7])('refuses %i postings (2-6 only)', (count) => {
    const many = Array.from({ length: count }, (_, i) => posting({ id: `m${i}` }));
    expect(() => postingMatrix(designer, many, compareDouble)).toThrow(RangeError);
  });
});

describe('memoizeCompare', () => {
  test('computes once per posting and role version; an edit of either recomputes', () => {
    let calls = 0;
    const compare = memoizeCompare((p, r) => (calls++, compareDouble(p, r)), 3);
    const first = compare(saved[0]!, designer);
    expect(compare(saved[0]!, designer)).toBe(first);
    expect(calls).toBe(1);
    compare({ ...saved[0]!, updatedAt: saved[0]!.updatedAt + 1 }, designer);
    compare(saved[0]!, { ...designer, updatedAt: designer.updatedAt + 1 });
    expect(calls).toBe(3);
    compare(saved[1]!, designer); // a fourth entry pushes out the oldest (max 3)
    compare(saved[0]!, designer);
    expect(calls).toBe(5);
  });
});
