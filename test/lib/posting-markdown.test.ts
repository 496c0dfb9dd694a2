import { describe, expect, test } from 'vitest';
import { postingToMarkdown } from '@/lib/posting-markdown';
import { makeTranslate } from '@/lib/i18n';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import en from '@/public/_locales/en/messages.json';

const posting = {
  title: '淘宝美工',
  company: '某某*旗舰店',
  location: '杭州',
  salary: { min: 6000, max: 9000, currency: 'CNY', period: 'month' as const, months: null, negotiable: false, raw: '6-9K' },
  experienceYears: { min: 1, max: null },
  education: 'associate' as const,
  skills: ['Photoshop', 'C4D'],
  duties: ['负责店铺首页、详情页设计', '1. 制作<主图>与海报'],
  requirements: ['熟练使用PS'],
  preferred: [],
  source: 'text' as const,
  url: 'https://example.com/j/1',
};

describe('postingToMarkdown', () => {
  test('Chinese: heading, facts, numbered sections; page text escaped', () => {
    const md = postingToMarkdown(posting, makeTranslate(zhCN), '美工/视觉设计');
    expect(md).toBe(
      [
        '# 淘宝美工',
        '',
        '- **公司**: 某某\\*旗舰店',
        '- **地点**: 杭州',
        '- **薪资**: 6K-9K/月',
        '- **经验**: 1年以上',
        '- **学历**: 大专',
        '- **技能/工具**: Photoshop, C4D',
        '- **对应岗位**: 美工/视觉设计',
        '- **来源**: <https://example.com/j/1>',
        '',
        '## 岗位职责',
        '',
        '1. 负责店铺首页、详情页设计',
        '2. 1\\. 制作\\<主图\\>与海报',
        '',
        '## 任职要求',
        '',
        '1. 熟练使用PS',
        '',
      ].join('\n'),
    );
  });

  test('English labels and no empty sections', () => {
    const md = postingToMarkdown({ ...posting, requirements: [], skills: [] }, makeTranslate(en));
    expect(md).toContain('## Responsibilities');
    expect(md).not.toContain('## Requirements');
    expect(md).toContain('- **Experience**: 1+ years');
  });
});
