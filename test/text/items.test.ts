import { describe, expect, test } from 'vitest';
import { stripItemMarker } from '@/lib/text/items';

describe('stripItemMarker', () => {
  test.each([
    ['1、负责店铺运营', '负责店铺运营'],
    ['1. 负责店铺运营', '负责店铺运营'],
    ['12.负责店铺运营', '负责店铺运营'],
    ['1）负责店铺运营', '负责店铺运营'],
    ['(1)负责店铺运营', '负责店铺运营'],
    ['（1）负责店铺运营', '负责店铺运营'],
    ['① 负责店铺运营', '负责店铺运营'],
    ['一、负责店铺运营', '负责店铺运营'],
    ['(三)负责店铺运营', '负责店铺运营'],
    ['• 负责店铺运营', '负责店铺运营'],
    ['· 负责店铺运营', '负责店铺运营'],
    ['- Own the roadmap', 'Own the roadmap'],
    ['* Own the roadmap', 'Own the roadmap'],
    ['?负责店铺运营', '负责店铺运营'],
    ['1 Own the roadmap', 'Own the roadmap'],
  ])('%s', (input, expected) => expect(stripItemMarker(input)).toBe(expected));

  test.each([
    ['3年以上电商运营经验'],
    ['1.5年以上经验'],
    ['2019年毕业'],
    ['5+ years of experience'],
    ['C4D、PS熟练'],
  ])('keeps numbers that are content: %s', (input) => expect(stripItemMarker(input)).toBe(input));
});
