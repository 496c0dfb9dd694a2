import { describe, expect, test } from 'vitest';
import { headingKindByWords } from '@/lib/extract/heading-words';
import { splitSections } from '@/lib/extract/sections';
import { headingKindOf } from '@/lib/extract/headings';
import { extractFromText } from '@/lib/extract';

/** The open heading vocabulary, and unknown headings classified by their words and their items. */
describe('headingKindByWords', () => {
  test.each([
    ['工作技能/工作经验', 'requirements'],
    ['你需要有的能力', 'requirements'],
    ['我们能给你的', null],
    ['薪资要求', 'stop'],
    ['树根文化', 'stop'],
    ['团队描述', 'stop'], // the team, not the job ("职位描述" is the job)
    ['部门介绍', 'stop'],
    ['百度百聘温馨提示', 'stop'],
    ['加分项目说明', 'preferred'],
    ['What your day will look like', 'duties'],
    ['🔧 What will I be doing?', 'duties'],
    ['Qualified candidates need', 'requirements'],
    ['Roles and Responsibilities', 'duties'],
    ['What are we looking for?', 'requirements'],
    ['Benefits Offered', 'stop'],
    ['Compensation & Growth', 'stop'],
    ['Perk Offerings include', 'stop'],
    ['About Acme', 'stop'],
    ['About the Role', 'description'],
    ['Preferred Qualifications', 'preferred'],
    ['Systems & Tools Used', 'requirements'],
    ["You'll thrive in this role if you bring", 'requirements'],
  ])('%s -> %s', (text, kind) => expect(headingKindByWords(text)).toBe(kind));
});

describe('unknown headings in an ad', () => {
  const split = (text: string) => {
    const s = splitSections(text);
    return { duties: s.duties, requirements: s.requirements, preferred: s.preferred };
  };

  test('a heading read by its items: requirements first, then the duties heading', () => {
    expect(split('技能与经历\n1、本科以上学历\n2、三年以上Java开发经验\n岗位职责\n1、负责后台开发\n2、编写技术文档')).toEqual({
      duties: ['负责后台开发', '编写技术文档'],
      requirements: ['本科以上学历', '三年以上Java开发经验'],
      preferred: [],
    });
  });

  test('其他： over 优先 items is preferred; 其他： over benefits is a stop', () => {
    const s = split('岗位职责：\n1、负责店铺运营\n任职要求：\n1、两年以上经验\n其他：\n1、有美妆类目经验者优先\n2、会剪辑者优先\n其他：\n1、五险一金\n2、包吃住');
    expect(s.preferred).toEqual(['有美妆类目经验者优先', '会剪辑者优先']);
    expect(s.requirements).toEqual(['两年以上经验']);
  });

  test('sub-headings inside a list continue it, and are not items', () => {
    const s = split('Key Responsibilities\n**Catalog**\n- Maintain listings on Amazon.\n- Write product copy.\n**Pricing**\n- Monitor competitor prices.\nRequirements\n- 2+ years of merchandising experience.');
    expect(s.duties).toEqual(['Maintain listings on Amazon.', 'Write product copy.', 'Monitor competitor prices.']);
    expect(s.requirements).toEqual(['2+ years of merchandising experience.']);
  });

  test('a label line that is not a heading the lexicon knows still closes the list ("Location:", "Compensation:")', () => {
    const s = split("What you'll do\n- Plan weekly promotions.\nLocation: Chicago\n- Free snacks\nQualified candidates need:\n- 2+ years of experience.");
    expect(s.duties).toEqual(['Plan weekly promotions.']);
    expect(s.requirements).toEqual(['2+ years of experience.']);
  });

  test('run-in headings: glued after a sentence, and a question', () => {
    const s = split('We sell online in the USA.Minimum qualifications: a degree in marketing.\nWhat would you do? You will plan and run promotions.');
    expect(s.requirements).toEqual(['a degree in marketing.']);
    expect(s.duties).toEqual(['You will plan and run promotions.']);
  });
});

describe('a line ending in a label\'s words', () => {
  test.each([
    ['运营专员岗位职责', 'duties'],
    ['店长工作内容', 'duties'],
    ['4、完成上级安排的其他工作任务。', null],
    ['负责日常工作', null],
    ['领导交办的其他工作任务', null],
  ])('%s -> %s', (text, kind) => expect(headingKindOf(text)).toBe(kind));
});

describe('a heading with an aside in brackets', () => {
  test.each([
    ['一、岗位职责（请有主管经验的候选人投递，不符合者勿投）', 'duties'],
    ['任职要求(必备)：', 'requirements'],
    ['Requirements (must have)', 'requirements'],
  ])('%s -> %s', (text, kind) => expect(headingKindOf(text)).toBe(kind));

  test('is the heading of its list, not an application notice that ends it', () => {
    const ad = '一、岗位职责（请有主管经验的候选人投递，不符合者勿投）\n1.负责供应商开发与评估\n2.制定采购计划\n二、任职要求（请有主管经验的候选人投递，不符合者勿投）\n1.五年以上采购经验';
    const p = extractFromText(ad, { title: '采购主管' }).postings[0]!;
    expect(p.duties).toEqual(['负责供应商开发与评估', '制定采购计划']);
    expect(p.requirements).toEqual(['五年以上采购经验']);
  });
});

test('a team description before the job is not one of its duties', () => {
  const ad = '团队描述：\n我们的团队负责直播业务的研发，致力于为用户提供好内容，也参与各类大型活动的实施。\n职位描述：\n1、负责直播间前端页面开发\n2、参与前端基础建设\n职位要求：\n1、本科以上学历';
  const p = extractFromText(ad, { title: '前端工程师' }).postings[0]!;
  expect(p.duties).toEqual(['负责直播间前端页面开发', '参与前端基础建设']);
});
