import { describe, expect, test } from 'vitest';
import { checkJd, isFiller, jdInputFromPosting, jdInputFromTemplate, salaryMissing, type JdItem } from '@/lib/library/jdcheck';
import { buildTemplate } from '@/lib/library/template';
import { addItem, setSalary } from '@/lib/library/template-edit';
import { posting, role } from './helpers';

/** Flags of one requirement line (salary given, so only the line's own flags show). */
function lineFlags(text: string, section: JdItem['section'] = 'requirements', roleId: string | null = null) {
  return checkJd({ items: [{ section, text }], salary: '8-12K', roleId }).map((f) => `${f.ruleId}:${f.match}`);
}

describe('flags what the law forbids or discourages (positive cases)', () => {
  test.each<[string, string[]]>([
    // gender
    ['限男性', ['gender:限男性']],
    ['仅限女性，20-30岁', ['gender:仅限女性', 'age:20-30岁']],
    ['女性优先', ['gender:女性优先']],
    ['男士优先考虑', ['gender:男士优先']],
    ['男生优先，能适应出差', ['gender:男生优先']],
    ['性别：男', ['gender:性别：男']],
    ['性别要求：女', ['gender:性别要求：女']],
    ['女，身体健康', ['gender:女']],
    ['招聘女生若干名', ['gender:招聘女生']],
    ['限男性（需搬运货物）', ['gender:限男性']],
    ['限\u3000男性', ['gender:限\u3000男性']], // an ideographic (full-width) space
    ['性別：女', ['gender:性別：女']], // Traditional
    // age
    ['年龄18-35周岁', ['age:年龄18-35周岁']],
    ['年龄：20～30岁', ['age:年龄：20～30岁']],
    ['35岁以下', ['age:35岁以下']],
    ['年龄在35周岁以内', ['age:年龄在35周岁以内']],
    ['25岁左右，有经验者优先', ['age:25岁左右']],
    ['年满25周岁', ['age:年满25周岁']],
    ['90后优先', ['age:90后优先']],
    ['年齡25-40歲', ['age:年齡25-40歲']],
    // marital and childbearing
    ['已婚已育优先', ['marital:已婚已育']],
    ['未婚', ['marital:未婚']],
    ['三年内无生育计划', ['marital:三年内无生育计划']],
    ['宝妈优先', ['marital:宝妈']],
    ['非孕期', ['marital:非孕期']],
    // household registration
    ['本地户口优先', ['household:本地户口']],
    ['要求上海户籍', ['household:上海户籍']],
    ['限本地人', ['household:本地人']],
    // ethnicity
    ['汉族', ['ethnicity:汉族']],
    ['民族：汉', ['ethnicity:民族：汉']],
    ['少数民族勿扰', ['ethnicity:少数民族勿扰']],
    // health
    ['无乙肝等传染病', ['health-hepatitis:乙肝']],
    ['乙肝携带者勿投', ['health-hepatitis:乙肝']],
    ['无重大病史', ['health-history:无重大病史']],
    ['无传染病', ['health-history:无传染病']],
    ['身体健全，无残疾', ['health-disability:身体健全', 'health-disability:无残疾']],
    // appearance
    ['身高160cm以上', ['appearance:身高160cm以上']],
    ['女性身高165以上，形象气质佳', ['appearance:身高165以上', 'appearance:形象气质佳']], // a standard per sex: the height is flagged
    ['五官端正', ['appearance:五官端正']],
    ['形象好，气质佳', ['appearance:形象好', 'appearance:气质佳']],
    ['体重110斤以内', ['appearance:体重110斤以内']],
    ['男性，有C1驾照', ['gender:男性']],
    ['年龄25至35岁', ['age:年龄25至35岁']],
    ['年龄30岁以上，硕士学历', ['age:年龄30岁以上']],
    ['汉族优先', ['ethnicity:汉族']],
    ['无HIV', ['health-hepatitis:HIV']],
  ])('%s', (text, expected) => {
    expect(lineFlags(text)).toEqual(expected);
  });
});

describe('leaves alone what is lawful or unrelated (negative cases)', () => {
  test.each<[string, JdItem['section']]>([
    ['性别不限', 'requirements'],
    ['男女不限', 'requirements'],
    ['不限男女', 'requirements'],
    ['男女均可', 'requirements'],
    ['男、女不限，年龄不限', 'requirements'],
    ['不限户籍', 'requirements'],
    ['户籍不限，欢迎应届生', 'requirements'],
    ['可协助办理本地户口', 'requirements'],
    ['年满18周岁', 'requirements'],
    ['18周岁以上', 'requirements'],
    ['16岁以上', 'requirements'],
    ['年龄不限', 'requirements'],
    ['3年以上女装运营经验', 'requirements'],
    ['负责女装、男装类目的日常运营', 'duties'],
    ['招聘女装运营', 'requirements'],
    ['负责3-12岁童装的设计', 'duties'],
    ['熟悉18-25岁女性用户的消费习惯', 'requirements'],
    ['熟悉95后用户的喜好', 'requirements'],
    ['有婚纱类目经验优先', 'requirements'],
    ['享受婚假、产假、生育保险', 'other'],
    ['提供单身公寓', 'other'],
    ['提升品牌形象', 'duties'],
    ['维护店铺品牌形象好感度', 'requirements'],
    ['熟悉民族服饰类目', 'requirements'],
    ['身体健康，能适应倒班', 'requirements'],
    ['持有健康证', 'requirements'],
    ['残疾人优先', 'requirements'],
    ['负责员工户口、社保等手续办理', 'duties'],
    ['负责高颜值产品的包装设计', 'requirements'],
    ['3-5年电商运营经验', 'requirements'],
    ['售后客服', 'title'],
    ['熟练使用Hive、Spark等大数据工具', 'requirements'],
    ['团队平均年龄27岁，90后为主', 'other'],
    ['了解20-30岁年轻用户的需求', 'requirements'],
    ['负责男士护肤品类的运营', 'duties'],
    ['熟悉女性消费者心理', 'requirements'],
    ['1990年后成立的品牌', 'other'],
    ['能接受售后轮班', 'requirements'],
  ])('%s', (text, section) => {
    expect(lineFlags(text, section)).toEqual([]);
  });
});

describe('appearance where the job needs it', () => {
  test.each<[string, string | null, string, string]>([
    ['a live-streamer role, no title', 'live-streamer', '', 'advice'],
    ['a live-streamer role whose title is not on camera (主播运营)', 'live-streamer', '主播运营', 'discouraged'],
    ['a 模特 title', null, '淘宝平面模特', 'advice'],
    ['a 礼仪 title', null, '活动礼仪', 'advice'],
    ['an ordinary role', 'designer', '美工', 'discouraged'],
  ])('%s', (_, roleId, title, severity) => {
    const flags = checkJd({ items: [{ section: 'title', text: title }, { section: 'requirements', text: '形象气质佳，身高165cm以上' }], salary: '10K', roleId });
    expect(flags.map((f) => f.severity)).toEqual([severity, severity]);
    expect(flags[0]!.ruleId).toBe(severity === 'advice' ? 'appearance-on-camera' : 'appearance');
  });

  test('gender and age are still flagged for an on-camera role', () => {
    const flags = checkJd({ items: [{ section: 'title', text: '带货主播' }, { section: 'requirements', text: '女主播，限女性，18-25岁' }], salary: '10K', roleId: 'live-streamer' });
    expect(flags.map((f) => [f.ruleId, f.match, f.severity])).toEqual([
      ['gender', '女主播', 'forbidden'],
      ['gender', '限女性', 'forbidden'],
      ['age', '18-25岁', 'discouraged'],
    ]);
  });
});

describe('each flag: item index, offsets, severity and a reason in both languages', () => {
  test('offsets point into the original (Traditional, full-width) text', () => {
    const items: JdItem[] = [
      { section: 'title', text: '店長' },
      { section: 'duties', text: '負責店鋪運營' },
      { section: 'requirements', text: '３年以上經驗，限男性，年齡２５－３５歲' },
    ];
    const flags = checkJd({ items, salary: '10-15K' });
    expect(flags.map((f) => [f.ruleId, f.itemIndex, f.match, f.severity])).toEqual([
      ['gender', 2, '限男性', 'forbidden'],
      ['age', 2, '年齡２５－３５歲', 'discouraged'],
    ]);
    for (const f of flags) {
      expect(items[f.itemIndex!]!.text.slice(f.start, f.end)).toBe(f.match);
      expect(f.reason.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(f.reason.en).toMatch(/[a-z]/);
    }
  });

  test('invisible characters inside the words do not hide them; offsets still point into the original', () => {
    const items: JdItem[] = [{ section: 'requirements', text: '1、性\u200b别：男，年龄：25-35_x000d_' }];
    const flags = checkJd({ items, salary: '10K' });
    expect(flags.map((f) => [f.ruleId, f.match])).toEqual([
      ['gender', '性\u200b别：男'],
      ['age', '年龄：25-35'],
    ]);
    for (const f of flags) expect(items[0]!.text.slice(f.start, f.end)).toBe(f.match);
  });

  test('each flag names the reading that matched it', () => {
    const shapes = checkJd({ items: [{ section: 'requirements', text: '2）女，30岁以下，限本地户口' }], salary: '10K' }).map((f) => `${f.category}/${f.shape}`);
    expect(shapes).toEqual(['gender/standalone', 'age/single-age', 'household/hukou']);
  });

  test('junk input never throws and stays bounded', () => {
    const junk = '限男性'.repeat(5000) + '\u0000\ud800' + '岁'.repeat(10000);
    const flags = checkJd({ items: [{ section: 'requirements', text: junk }], salary: null });
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.end <= 2000)).toBe(true);
  });
});

describe('filler requirements', () => {
  test.each<[string, boolean]>([
    ['有责任心，抗压能力强', true],
    ['具备良好的沟通能力和团队合作精神', true],
    ['工作积极主动，吃苦耐劳；', true],
    ['1、責任心強，能承受壓力', true],
    ['善于沟通，做事积极主动，责任心强，具备良好的团队协作能力', true],
    ['态度认真、严谨，能承受一定的工作压力', true],
    ['3年以上运营经验，有责任心', false],
    ['熟练使用Photoshop', false],
    ['有较强的数据分析能力', false],
  ])('isFiller(%s) = %s', (text, expected) => expect(isFiller(text)).toBe(expected));

  const check = (requirements: string[]) =>
    checkJd(jdInputFromPosting(posting({ id: 'x', duties: ['负责店铺运营'], requirements, salary: { min: 8000, max: 12000, currency: 'CNY', period: 'month', months: null, negotiable: false, raw: '8-12K' } })))
      .filter((f) => f.ruleId === 'filler')
      .map((f) => f.itemIndex);

  test('the whole list is filler: every filler line flagged (item indexes count the title and duties)', () => {
    expect(check(['有责任心，抗压能力强', '良好的沟通能力'])).toEqual([2, 3]);
  });
  test('most of the list is filler', () => {
    expect(check(['有责任心', '抗压能力强', '熟练使用Excel'])).toEqual([2, 3]);
  });
  test('half or less is filler: no flag', () => {
    expect(check(['有责任心', '2年以上天猫运营经验'])).toEqual([]);
    expect(check(['有责任心', '2年以上天猫运营经验', '熟悉直通车'])).toEqual([]);
  });
  test('no requirements: nothing to call filler', () => {
    expect(check([])).toEqual([]);
  });
});

describe('salary', () => {
  test.each<[string | null, boolean]>([
    [null, true],
    ['', true],
    ['面议', true],
    ['薪资面议', true],
    ['待遇：面议', true],
    ['Negotiable', true],
    ['8-12K·13薪', false],
    ['面议（8-12K）', false],
  ])('salaryMissing(%s) = %s', (s, expected) => expect(salaryMissing(s)).toBe(expected));

  test('a parsed salary without numbers is missing; the flag is for the whole ad', () => {
    expect(salaryMissing({ min: null, max: null, currency: 'CNY', period: 'month', months: null, negotiable: true, raw: '面议' })).toBe(true);
    const flags = checkJd({ items: [{ section: 'requirements', text: '熟悉直通车' }], salary: null });
    expect(flags).toEqual([expect.objectContaining({ ruleId: 'salary-missing', itemIndex: null, severity: 'advice', match: '' })]);
  });
});

describe('inputs from a template and from a saved posting', () => {
  test('a template: title first, then its sections in order; its salary', () => {
    let t = buildTemplate(role(), null);
    t = addItem(t, 'requirements', '年龄35岁以下');
    const input = jdInputFromTemplate(t);
    expect(input.items[0]).toEqual({ section: 'title', text: '美工' });
    const flags = checkJd(input);
    expect(flags.map((f) => f.ruleId)).toEqual(['age', 'salary-missing']);
    expect(input.items[flags[0]!.itemIndex!]!.text).toBe('年龄35岁以下');
    expect(checkJd(jdInputFromTemplate(setSalary(t, '6-9K'))).map((f) => f.ruleId)).toEqual(['age']);
  });
});
