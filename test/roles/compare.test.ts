import { describe, expect, test } from 'vitest';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { compareEducation, compareSkills, compareWithRole, compareYears, UnknownRoleError } from '@/lib/roles/compare';

const index = buildIndex(builtinRoles(0));

// A designer ad written for this test: two standard duties in the ad's own words, one item no
// designer duty covers, and requirements above the role's typical years and education.
const posting = {
  duties: [
    '1、负责天猫店铺商品详情页的设计与制作，突出产品卖点',
    '2、商品图片的抠图、修图和后期美化处理',
    '3、负责公司年会和团建活动的组织',
  ],
  requirements: ['熟练使用Photoshop、Illustrator等设计软件', '3年以上工作经验', '会开车'],
  preferred: [],
  experienceYears: { min: 3, max: null },
  education: 'bachelor' as const,
  skills: ['Photoshop', 'Illustrator', '天猫'],
};

describe('compareWithRole on a known posting', () => {
  const c = compareWithRole(index, 'designer', posting);

  test('covered duties point at the items that cover them', () => {
    const byDuty = new Map(c.covered.map((x) => [x.dutyId, x.itemIndex]));
    expect(byDuty.get('designer.detail-pages')).toBe(0);
    expect(byDuty.get('designer.retouching')).toBe(1);
    for (const x of c.covered) {
      expect(x.item).toBe(posting.duties[x.itemIndex]);
      expect(x.similarity).toBeGreaterThanOrEqual(0.2);
    }
  });

  test('missing lists the other standard duties, covered + missing is every duty', () => {
    expect(c.missing).toContain('designer.brand-guide');
    expect(c.missing).not.toContain('designer.detail-pages');
    const ids = builtinRoles(0).find((r) => r.id === 'designer')!.duties.map((d) => d.id);
    expect([...c.covered.map((x) => x.dutyId), ...c.missing].sort()).toEqual([...ids].sort());
    expect(c.coverage).toEqual({ covered: c.covered.length, total: ids.length });
  });

  test('the item no designer duty covers is extra', () => {
    expect(c.extra).toEqual([{ itemIndex: 2, item: posting.duties[2] }]);
  });

  test('requirement items align the same way', () => {
    expect(c.requirements.covered.map((x) => x.dutyId)).toContain('designer.req.software');
    expect(c.requirements.extra.map((x) => x.item)).toContain('会开车');
  });

  test('years, education and skills against the role', () => {
    expect(c.requirements.experience).toEqual({ posting: { min: 3, max: null }, role: { min: 1, max: null }, diff: 'higher' });
    expect(c.requirements.education).toEqual({ posting: 'bachelor', role: 'associate', diff: 'higher' });
    expect(c.requirements.skills.shared).toEqual(['Photoshop', 'Illustrator']);
    expect(c.requirements.skills.postingOnly).toEqual(['天猫']);
    expect(c.requirements.skills.roleOnly).toContain('C4D');
  });

  test('deterministic: the same input gives the same report', () => {
    expect(compareWithRole(index, 'designer', posting)).toEqual(c);
  });

  test('an unknown role is an error, not a crash', () => {
    expect(() => compareWithRole(index, 'astronaut', posting)).toThrow(UnknownRoleError);
  });

  test('an empty posting misses every duty', () => {
    const empty = compareWithRole(index, 'finance', { ...posting, duties: [], requirements: [], skills: [] });
    expect(empty.covered).toEqual([]);
    expect(empty.missing.length).toBe(empty.coverage.total);
  });
});

describe('value diffs', () => {
  test.each([
    [{ min: 1, max: 3 }, { min: 3, max: null }, 'lower'],
    [{ min: 3, max: 5 }, { min: 3, max: null }, 'same'],
    [null, { min: 3, max: null }, 'unknown'],
    [{ min: null, max: 2 }, { min: 1, max: null }, 'unknown'],
  ] as const)('years %j vs %j -> %s', (p, r, diff) => {
    expect(compareYears(p, r).diff).toBe(diff);
  });

  test.each([
    ['associate', 'bachelor', 'lower'],
    ['any', 'any', 'same'],
    ['phd', 'master', 'higher'],
    [null, 'bachelor', 'unknown'],
  ] as const)('education %s vs %s -> %s', (p, r, diff) => {
    expect(compareEducation(p, r).diff).toBe(diff);
  });

  test('skills compare by the engine’s canonical names (MySQL is SQL, PS is Photoshop)', () => {
    const s = compareSkills(['SQL', 'PS'], ['MySQL', 'Photoshop', 'Excel']);
    expect(s.shared).toEqual(['SQL', 'PS']);
    expect(s.roleOnly).toEqual(['Excel']);
    expect(s.postingOnly).toEqual([]);
  });
});
