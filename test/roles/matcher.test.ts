import { describe, expect, test } from 'vitest';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { matchPosting, MARGIN, rankClasses, THRESHOLD } from '@/lib/roles/matcher';
import { OUTSIDE_POSTINGS, ROLE_POSTINGS } from './postings';

const index = buildIndex(builtinRoles(0));

describe('matcher: a clear posting of each standard role', () => {
  test.each(ROLE_POSTINGS.map((f) => [f.expect, f.title, f] as const))('%s <- %s', (expected, _title, fixture) => {
    const result = matchPosting(index, fixture);
    expect(result.role?.id).toBe(expected);
    expect(result.evidence.abstainReason).toBeNull();
    expect(result.candidates[0]?.id).toBe(expected);
  });

  test('every standard role has a fixture', () => {
    expect(new Set(ROLE_POSTINGS.map((f) => f.expect))).toEqual(new Set(builtinRoles(0).map((r) => r.id)));
  });
});

describe('matcher: the body decides when the title has no alias', () => {
  test.each(ROLE_POSTINGS.map((f) => [f.expect, f] as const))('%s from its items alone', (expected, fixture) => {
    const ranking = rankClasses(index, { ...fixture, title: '' });
    expect(ranking.scored[0]!.cls.id).toBe(expected);
  });
});

describe('matcher: knows when not to guess', () => {
  test.each(OUTSIDE_POSTINGS.map((p) => [p.title, p] as const))('%s gets no role, with candidates', (_title, posting) => {
    const result = matchPosting(index, posting);
    expect(result.role).toBeNull();
    expect(result.evidence.abstainReason).toBe('low-score');
    expect(result.evidence.outside?.id).toMatch(/^outside:/);
    // Candidates are library roles only, best first, scores in 0..1.
    for (const c of result.candidates) expect(index.roles.has(c.id)).toBe(true);
    expect(result.candidates.map((c) => c.score)).toEqual([...result.candidates.map((c) => c.score)].sort((a, b) => b - a));
  });

  test('an ad that reads as two roles at once abstains on the margin', () => {
    // Half copywriter, half designer: the title names neither, the items split evenly.
    const result = matchPosting(index, {
      title: '创意岗',
      duties: ['撰写商品详情页文案', '设计制作商品主图和海报'],
      requirements: ['文字功底好', '熟练使用Photoshop'],
    });
    expect(result.role).toBeNull();
    expect(result.evidence.abstainReason).toBe('small-margin');
    expect(result.candidates.map((c) => c.id).slice(0, 2).sort()).toEqual(['copywriter', 'designer']);
    expect(result.candidates[0]!.score - result.candidates[1]!.score).toBeLessThan(MARGIN);
  });

  test('a title with no alias and items that say little stays below the threshold', () => {
    const result = matchPosting(index, { title: '储备干部', duties: ['完成领导交办的其他工作'], requirements: ['吃苦耐劳，有责任心'] });
    expect(result.role).toBeNull();
    expect(result.evidence.abstainReason).not.toBeNull();
    expect(result.candidates.every((c) => c.score < THRESHOLD)).toBe(true);
  });

  test('an empty posting has no evidence and no candidates', () => {
    const result = matchPosting(index, { title: '', duties: [], requirements: [] });
    expect(result.role).toBeNull();
    expect(result.evidence.abstainReason).toBe('no-evidence');
    expect(result.candidates).toEqual([]);
  });

  test('junk input does not throw', () => {
    const junk = '\u0000\uffff'.repeat(1000) + '<script>'.repeat(500);
    expect(() => matchPosting(index, { title: junk, duties: [junk], requirements: [], body: junk.repeat(50) })).not.toThrow();
  });
});

describe('matcher: evidence', () => {
  test('a title alias is named as the evidence', () => {
    const result = matchPosting(index, ROLE_POSTINGS.find((f) => f.expect === 'designer')!);
    expect(result.evidence.alias).toEqual({ text: '淘宝美工', roleId: 'designer', learned: false });
  });

  test('the weightiest terms are readable phrases from the ad', () => {
    const result = matchPosting(index, { ...ROLE_POSTINGS.find((f) => f.expect === 'promotion-specialist')!, title: '' });
    expect(result.evidence.terms.length).toBeGreaterThan(0);
    expect(result.evidence.terms.some((t) => t.includes('直通车') || t.includes('关键词') || t.includes('投产'))).toBe(true);
  });

  test('the duties the ad resembles are named by id', () => {
    const result = matchPosting(index, ROLE_POSTINGS.find((f) => f.expect === 'customer-service')!);
    expect(result.evidence.duties).toContain('customer-service.complaints');
    for (const id of result.evidence.duties) expect(id.startsWith('customer-service.')).toBe(true);
  });
});

describe('matcher: title reading', () => {
  const head = (title: string) => matchPosting(index, { title, duties: [], requirements: [] }).evidence.alias?.roleId ?? null;
  test.each([
    ['新媒体运营专员', 'new-media-operator'], // rank word 专员 is not the head
    ['运营总监', 'operations-director'], // longer alias ending at the head wins over 运营
    ['高级Java开发工程师', 'tech'],
    ['数据仓库工程师', 'tech'], // 仓库 alone would be the warehouse
    ['推广运营', 'promotion-specialist'], // a generic head takes its modifier's meaning
    ['电商運營專員', 'operations-specialist'], // Traditional Chinese
    ['客服主管（杭州）', 'customer-service'],
    ['Java开发工程师-支付方向', 'tech'],
    ['UI设计师', 'designer'],
    ['内容运营总监', 'operations-director'], // at director rank the alias naming the director wins
    ['新媒体运营主管', 'new-media-operator'], // below it the rank only qualifies the job
    ['平面设计总监', 'designer'], // the library names the designer's own director title
    ['人力资源总监', 'hr'], // no director alias reaches into the rank: the job stands
    ['信息安全实习生', 'tech'],
    ['品牌创意策划', 'copywriter'],
  ])('%s -> %s', (title, expected) => {
    expect(head(title)).toBe(expected);
  });

  test('a modifier read as the head must be borne out by the body', () => {
    // 培训|运营: the word before a bare 运营 names the job, unless the items say otherwise.
    const training = matchPosting(index, {
      title: '培训运营',
      duties: ['制定员工培训计划，组织入职培训和岗位技能培训', '评估培训效果，开发培训课程'],
      requirements: ['有企业培训经验'],
    });
    expect(training.evidence.alias?.roleId).toBe('hr');
    const merchants = matchPosting(index, {
      title: '商家培训运营',
      duties: ['负责平台商家的日常运营，指导商家上架商品和报名活动', '跟进商家店铺数据，提升商家销售额'],
      requirements: ['有电商平台运营经验'],
    });
    expect(merchants.evidence.alias?.roleId).toBe('operations-specialist');
    expect(merchants.role?.id).toBe('operations-specialist');
  });

  test('Latin aliases match whole words only', () => {
    expect(head('Google Ads优化')).not.toBe('tech'); // "go" must not fire inside "google"
  });
});

describe('matcher: bounded on huge input', () => {
  test('a 2 MB body and 200 long items are matched without throwing', () => {
    const big = '负责店铺运营和推广，'.repeat(200_000);
    const items = Array.from({ length: 200 }, () => '负责商品详情页设计'.repeat(400));
    const result = matchPosting(index, { title: '美工'.repeat(1000), duties: items, requirements: items, body: big });
    expect(result.candidates.length).toBeGreaterThan(0);
  });
});

describe('matcher index: role item vectors made on demand', () => {
  test('each role has its own duty and requirement vectors, in its items order, made once', () => {
    const roles = builtinRoles(0);
    const fresh = buildIndex(roles);
    for (const role of roles) {
      const duties = fresh.duties.get(role.id)!;
      expect(duties.map((d) => [d.id, d.text])).toEqual(role.duties.map((d) => [d.id, d.text]));
      expect(fresh.requirementItems.get(role.id)!.map((d) => d.id)).toEqual(role.requirements.items.map((d) => d.id));
      // A duty's vector is unit length over the words it holds: it can be compared as soon as it is read.
      const norm = Math.hypot(...duties[0]!.vector.values());
      expect(norm).toBeCloseTo(1, 6);
      expect(fresh.duties.get(role.id)).toBe(duties);
    }
    expect(fresh.duties.get('no-such-role')).toBeUndefined();
    expect(fresh.requirementItems.get('no-such-role')).toBeUndefined();
  });

  test('asked in any order, a role gets the same vectors', () => {
    const roles = builtinRoles(0);
    const a = buildIndex(roles);
    const b = buildIndex(roles);
    const last = roles.at(-1)!.id;
    b.duties.get(last);
    for (const role of [...roles].reverse()) b.duties.get(role.id);
    expect(a.duties.get(last)!.map((d) => [...d.vector])).toEqual(b.duties.get(last)!.map((d) => [...d.vector]));
  });
});
