import { describe, expect, test } from 'vitest';
import type { Role } from '@/lib/db/schemas';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { coverItems } from '@/lib/roles/cover';
import { sampleRole } from '../helpers/roles';

const roles = builtinRoles(0);
const index = buildIndex(roles);
const role = (id: string) => roles.find((r) => r.id === id)!;
const pairs = (c: ReturnType<typeof coverItems>) => c.covered.map((x) => `${x.dutyId.split('.')[1]}<-${x.itemIndex}`).sort();

// Ads written for these tests, in the wording real ads use for these duties.
describe('many-to-many coverage', () => {
  test('an umbrella item covers every duty it names, one by one', () => {
    const c = coverItems(index, role('hr'), ['负责公司人力资源工作，包括：人员招聘、入职培训、绩效考核、薪酬核算、员工关系'], {});
    expect(pairs(c)).toEqual(['performance<-0', 'recruiting<-0', 'relations<-0', 'training<-0', 'pay<-0'].sort());
    expect(c.extra).toEqual([]);
  });

  test('a duty lists every item that covers it, each with the words that matched', () => {
    const items = ['组织员工培训与考核', '开发新人培训课程和教材'];
    const c = coverItems(index, role('hr'), items);
    const training = c.covered.filter((x) => x.dutyId === 'hr.training');
    expect(training.map((x) => x.itemIndex)).toEqual([0, 1]);
    expect(training[0]!.clause).toBe('组织员工培训与考核');
    expect(training.every((x) => x.via === 'phrasing' && x.similarity === 1)).toBe(true);
  });

  test('ad words that differ from the duty text still find it (投流 / 千川 for paid ads)', () => {
    const c = coverItems(index, role('promotion-specialist'), ['负责巨量千川投流，日常账户搭建与优化']);
    expect(c.covered.map((x) => x.dutyId)).toContain('promotion-specialist.paid-ads');
  });

  test('a shared verb with another object is another duty (核对应收 vs 核对存货)', () => {
    const c = coverItems(index, role('finance'), ['每月核对应收账款', '配合仓库盘点，核对存货账目']);
    expect(c.covered.filter((x) => x.itemIndex === 0).map((x) => x.dutyId)).toEqual(['finance.reconciliation']);
    expect(c.covered.filter((x) => x.itemIndex === 1).map((x) => x.dutyId)).toEqual(['finance.inventory']);
  });

  test('a word in another sense does not match (编制报表 is not headcount)', () => {
    const c = coverItems(index, role('hr'), ['编制每月人事报表', '根据业务发展制定人员编制计划']);
    expect(c.covered.filter((x) => x.dutyId === 'hr.planning').map((x) => x.itemIndex)).toEqual([1]);
  });

  test('a goal alone covers nothing; owning targets is a duty of its own', () => {
    expect(coverItems(index, role('operations-specialist'), ['提升店铺流量及转化率']).covered).toEqual([]);
    expect(coverItems(index, role('store-manager'), ['完成店铺月度销售目标']).covered.map((x) => x.dutyId)).toEqual(['store-manager.targets']);
  });

  test('the list after a skill names what the candidate knows, not work done', () => {
    const c = coverItems(index, role('tech'), ['熟练使用主流开发框架，包括但不限于：Spring Boot，Spring Security，MyBatis等', '负责系统的安全加固']);
    expect(c.covered.map((x) => `${x.dutyId}<-${x.itemIndex}`)).toEqual(['tech.security<-1']);
  });

  test('a result owned across commas is a goal (对…、…负责), and an ability after a skill is a skill', () => {
    expect(coverItems(index, role('promotion-specialist'), ['对网站的SEO流量，关键词的自然排名等指标负责']).covered).toEqual([]);
    expect(coverItems(index, role('promotion-specialist'), ['负责网站SEO优化，提升关键词的自然排名']).covered.map((x) => x.dutyId)).toContain('promotion-specialist.search-ranking');
    const dutiesOf = (item: string) => coverItems(index, role('merchandiser'), [item]).covered.map((x) => x.dutyId);
    expect(dutiesOf('具有敏锐的时尚触觉，能准确判断市场流行趋势')).toEqual([]);
    expect(dutiesOf('分析市场流行趋势，规划货品结构')).toContain('merchandiser.selection');
  });

  test('the rules a clause follows are not what it does (按…规范编写文档)', () => {
    const dutiesOf = (item: string) => coverItems(index, role('tech'), [item]).covered.map((x) => x.dutyId);
    expect(dutiesOf('负责模块编码，并按项目管理规范编写技术文档')).not.toContain('tech.projects');
    expect(dutiesOf('负责项目管理，把控开发进度')).toContain('tech.projects');
  });

  test('generic words alone, or what a clause leaves out, cover nothing', () => {
    expect(coverItems(index, role('operations-specialist'), ['参与运营及平台维护工作']).covered).toEqual([]);
    const dutiesOf = (item: string) => coverItems(index, role('new-media-operator'), [item]).covered.map((x) => x.dutyId);
    expect(dutiesOf('策划除图文内容外的线下活动')).not.toContain('new-media-operator.content');
    expect(dutiesOf('策划图文内容')).toContain('new-media-operator.content');
  });

  test('the rules followed are not a duty (依据…制度)', () => {
    const c = coverItems(index, role('finance'), ['依据国家法规和公司财务制度，审核原始凭证']);
    expect(c.covered.map((x) => x.dutyId)).not.toContain('finance.controls');
    expect(c.covered.map((x) => x.dutyId)).toContain('finance.bookkeeping');
  });

  test('running a live channel is not hosting it (负责直播运营 vs 负责直播)', () => {
    const dutiesOf = (item: string) => coverItems(index, role('live-streamer'), [item]).covered.map((x) => x.dutyId);
    expect(dutiesOf('负责店铺日常直播，讲解商品卖点')).toContain('live-streamer.host');
    expect(dutiesOf('负责直播间的运营和管理')).not.toContain('live-streamer.host');
  });

  test('a promotion plan is the plan duty, not paid ads (推广计划)', () => {
    const dutiesOf = (item: string) => coverItems(index, role('promotion-specialist'), [item]).covered.map((x) => x.dutyId);
    expect(dutiesOf('制定季度线上推广计划')).toEqual(['promotion-specialist.plan']);
    expect(dutiesOf('负责推广账户搭建和日常投放')).toContain('promotion-specialist.paid-ads');
  });

  test('supporting the business’s growth is not technical support', () => {
    const dutiesOf = (item: string) => coverItems(index, role('tech'), [item]).covered.map((x) => x.dutyId);
    expect(dutiesOf('负责交易系统的建设，支持新业务的快速拓展')).not.toContain('tech.support');
    expect(dutiesOf('负责系统上线支持和用户问题处理')).toContain('tech.support');
  });

  test('video post-production is not photo retouching (后期)', () => {
    const dutiesOf = (item: string) => coverItems(index, role('designer'), [item]).covered.map((x) => x.dutyId);
    expect(dutiesOf('负责产品视频剪辑及后期处理')).not.toContain('designer.retouching');
    expect(dutiesOf('负责产品图片的后期修图')).toContain('designer.retouching');
  });

  test('an item is extra only when it covers no duty; noise is neither', () => {
    const c = coverItems(index, role('warehouse-logistics'), ['负责商品入库与盘点', '负责公司车辆年检', '五险一金，包吃住', '_x000d_']);
    expect(c.extra.map((x) => x.itemIndex)).toEqual([1]);
    expect(c.ignored.map((x) => [x.itemIndex, x.reason])).toEqual([[2, 'pay'], [3, 'empty']]);
    expect(c.covered.every((x) => x.itemIndex === 0)).toBe(true);
  });

  test('missing lists the duties nothing covers', () => {
    const c = coverItems(index, role('warehouse-logistics'), ['负责商品入库']);
    expect(c.missing).not.toContain('warehouse-logistics.inbound');
    expect(c.missing.length).toBe(role('warehouse-logistics').duties.length - new Set(c.covered.map((x) => x.dutyId)).size);
  });
});

describe('what the user taught', () => {
  const withMarks = (marks: NonNullable<Role['duties'][number]['marks']>, dutyId: string): Role => {
    const hr = role('hr');
    return { ...hr, duties: hr.duties.map((d) => (d.id === dutyId ? { ...d, marks } : d)) };
  };

  test('"this covers X" makes the same sentence cover X in a later ad', () => {
    const item = '负责对接外部人力资源服务供应商';
    expect(coverItems(index, role('hr'), [item]).covered).toEqual([]);
    const taught = withMarks([{ text: item, polarity: 'covers', createdAt: 1 }], 'hr.channels');
    const c = coverItems(index, taught, ['1、负责对接外部人力资源服务供应商。']);
    expect(c.covered).toMatchObject([{ dutyId: 'hr.channels', via: 'mark', similarity: 1 }]);
  });

  test('"this is not X" stops the sentence covering X, and only X', () => {
    const item = '负责招聘网站的账号续费与发票';
    expect(coverItems(index, role('hr'), [item]).covered.map((x) => x.dutyId)).toContain('hr.channels');
    const taught = withMarks([{ text: item, polarity: 'not', createdAt: 1 }], 'hr.channels');
    expect(coverItems(index, taught, [item]).covered.map((x) => x.dutyId)).not.toContain('hr.channels');
  });
});

describe('duties without phrasings', () => {
  test('a role the user wrote is compared by term similarity alone', () => {
    const mine = sampleRole({ id: 'user-shop', duties: [{ id: 'user-shop.photos', text: '商品图片的修图与后期' }], origin: 'user', builtinVersion: null });
    const idx = buildIndex([...roles, mine]);
    const c = coverItems(idx, mine, ['负责商品图片修图', '负责招聘']);
    expect(c.covered).toMatchObject([{ dutyId: 'user-shop.photos', itemIndex: 0, via: 'similarity' }]);
    expect(c.extra.map((x) => x.itemIndex)).toEqual([1]);
  });
});
