import { describe, expect, test } from 'vitest';
import { cleanItem, hasItemMarker, stripItemMarker } from '@/lib/text/items';
import { clearTextCache, toSimplified } from '@/lib/text/normalize';

describe('cleanItem', () => {
  test.each([
    ['1、负责店铺运营；', '负责店铺运营'],
    ['1、1.计算机相关专业，', '计算机相关专业'],
    ['（3）【绩优部门，联袂招聘】', '【绩优部门，联袂招聘】'],
    ['a) 了解3D开发技术', '了解3D开发技术'],
    ['１．負責運營', '負責運營'],
    ['2、5年以上相关经验', '5年以上相关经验'],
    ['3 years of experience', '3 years of experience'],
    ['3 - 5 years of experience in billing', '3 - 5 years of experience in billing'],
    ['• 3 – 5 years', '3 – 5 years'],
    ['• Own the roadmap.', 'Own the roadmap.'],
    ['熟悉Excel、', '熟悉Excel'],
    ['', ''],
  ])('%s', (input, expected) => expect(cleanItem(input)).toBe(expected));
});

describe('markers', () => {
  test('a marker followed by a digit is still a marker', () => {
    expect(stripItemMarker('2、5年以上经验')).toBe('5年以上经验');
    expect(stripItemMarker('1.5年以上经验')).toBe('1.5年以上经验');
  });
  test.each([['1、x', true], ['（1）x', true], ['b) x', true], ['３．x', true], ['负责x', false], ['2019年', false]])('hasItemMarker(%s)', (t, m) =>
    expect(hasItemMarker(t)).toBe(m),
  );
});

describe('toSimplified memo', () => {
  test('remembered and fresh conversions agree; text without ideographs is returned as is', () => {
    const once = toSimplified('崗位職責');
    expect(toSimplified('崗位職責')).toBe(once);
    clearTextCache();
    expect(toSimplified('崗位職責')).toBe('岗位职责');
    expect(toSimplified('Own the roadmap — “quoted”')).toBe('Own the roadmap — “quoted”');
  });
});
