import { describe, expect, test } from 'vitest';
import { cleanDisplay, normalizeForMatch, stripPinyinNotes, textKey, toHalfWidth, toSimplified } from '@/lib/text/normalize';

describe('text normalisation', () => {
  test.each([
    ['崗位職責', '岗位职责'],
    ['電商運營團隊結構圖', '电商运营团队结构图'],
    ['負責店鋪的日常運營與數據分析', '负责店铺的日常运营与数据分析'],
    ['already simplified 运营', 'already simplified 运营'],
  ])('toSimplified(%s)', (input, expected) => expect(toSimplified(input)).toBe(expected));

  test('full-width forms become half-width', () => {
    expect(toHalfWidth('ＰＳ、Ｃ４Ｄ：１５－２５Ｋ　ok')).toBe('PS、C4D:15-25K ok');
  });

  test('pinyin notes inserted after characters are removed, real parentheses stay', () => {
    expect(stripPinyinNotes('電商運(yùn)營(yíng)團(tuán)隊(duì)')).toBe('電商運營團隊');
    expect(stripPinyinNotes('熟悉PS(Photoshop)与AI（Illustrator）')).toBe('熟悉PS(Photoshop)与AI（Illustrator）');
  });

  test('cleanDisplay folds spaces and drops invisible characters', () => {
    expect(cleanDisplay(' 负责\u200b 店铺\u00a0\u00a0运营\t ')).toBe('负责 店铺 运营');
  });

  // A page can reverse how a title displays with U+202E (RIGHT-TO-LEFT OVERRIDE) and its kin.
  test.each([
    ['\u202e运营专员\u202c', '运营专员'],
    ['店长\u202d（急招）\u202c', '店长（急招）'],
    ['\u2067美工\u2069 \u2066designer\u2069', '美工 designer'],
    ['客服\u200e主管\u200f', '客服主管'],
    ['\u202atext\u202b 文本\u202c\u061c', 'text 文本'],
  ])('bidi controls are removed: %j', (input, expected) => {
    expect(cleanDisplay(input)).toBe(expected);
  });

  test.each([
    ['👩\u200d💻 前端工程师'], // woman technologist
    ['👨\u200d👩\u200d👧 家庭友好'], // family
    ['🏳\ufe0f\u200d🌈 包容'], // rainbow flag: flag, VS16, ZWJ, rainbow
    ['👩🏽\u200d🍳 厨师'], // with a skin-tone modifier
    ['❤\ufe0f\u200d🔥 热爱'],
  ])('emoji joined by ZWJ stay whole: %j', (input) => {
    expect(cleanDisplay(input)).toBe(input);
  });

  test('a zero-width joiner outside an emoji sequence is still removed', () => {
    expect(cleanDisplay('运\u200d营 a\u200db 👩\u200d')).toBe('运营 ab 👩');
  });

  test('normalizeForMatch combines all steps', () => {
    expect(normalizeForMatch('負責ＴＭＡＬＬ店鋪運(yùn)營(yíng)')).toBe('负责tmall店铺运营');
  });

  test('textKey ignores punctuation, spacing, width and script', () => {
    expect(textKey('1、負責店鋪運營；')).toBe(textKey('1. 负责 店铺运营;'));
  });
});
