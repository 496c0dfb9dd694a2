import { describe, expect, test } from 'vitest';
import { headingKindByWords } from '@/lib/extract/heading-words';
import { splitSections } from '@/lib/extract/sections';

/** The open heading vocabulary, and unknown headings classified by their words and their items. */
describe('headingKindByWords', () => {
  test.each([
    ['工作技能/工作经验', 'requirements'],
    ['你需要有的能力', 'requirements'],
    ['我们能给你的', null],
    ['薪资要求', 'stop'],
    ['树根文化', 'stop'],
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
