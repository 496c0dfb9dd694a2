import { describe, expect, test } from 'vitest';
import { headerFields } from '@/lib/extract/header';
import { textToLines } from '@/lib/extract/lines';

const read = (text: string) => headerFields(textToLines(text), 'USD');

describe('the tag strip under a title', () => {
  test('company line, then city · years · education · pay', () => {
    const h = read('杭州某服饰有限公司\n杭州 · 1-3年 · 大专 · 8-12K·13薪\n岗位职责\n负责运营');
    expect(h.company).toBe('杭州某服饰有限公司');
    expect(h.experience).toBe('1-3年');
    expect(h.education).toBe('大专');
    expect(h.salary).toMatchObject({ min: 8000, max: 12000, months: 13, period: 'month' });
  });

  test.each([
    ['上海 | 本科 | 3-5年 | 15-25K', { experience: '3-5年', education: '本科', min: 15000 }],
    ['北京丨经验不限丨学历不限丨面议', { experience: '经验不限', education: '学历不限', min: null }],
    ['Sydney  ·  3+ years  ·  $90,000 - $110,000', { experience: '3+ years', education: '', min: 90000 }],
  ])('%s', (strip, want) => {
    const h = read(`${strip}\n岗位职责\n负责运营`);
    expect(h.experience).toBe(want.experience);
    expect(h.education).toBe(want.education);
    expect(h.salary?.min ?? null).toBe(want.min);
  });

  test('an English strip opens with the employer when the place is another of its tags', () => {
    expect(read('Acme Corp · New York, NY (Hybrid)\n$120K/yr - $140K/yr · Full-time\nResponsibilities\nBuild reports').company).toBe('Acme Corp');
    expect(read('Brightleaf Home Goods · Remote (US) · $20-24/hr\nResponsibilities\nAnswer emails').company).toBe('Brightleaf Home Goods');
    // A strip that opens with its city, or with a team, names no employer.
    for (const strip of ['Sydney  ·  3+ years  ·  $90,000 - $110,000', 'London · Hybrid · Full-time', 'Engineering · Austin, TX · Full-time', 'Remote · Full-time'])
      expect(read(`${strip}\nResponsibilities\nBuild reports`).company).toBe('');
  });

  test('nothing is read past the first section, nor from labelled or long lines', () => {
    const h = read('岗位职责\n大专 · 1-3年 · 8-12K\n任职要求：本科');
    expect(h).toEqual({ company: '', salary: null, experience: '', education: '' });
    expect(read('我们是一家成立于2010年的电子商务公司，团队有3-5年经验的运营高手，月薪8-12K起。\n岗位职责\n负责运营').salary).toBeNull();
  });
});
