import { describe, expect, test } from 'vitest';
import { compileMark, markKey, markMatches } from '@/lib/roles/marks';
import { normalizeForMatch } from '@/lib/text/normalize';

const mark = (text: string) => compileMark({ text, polarity: 'covers' })!;
const matches = (m: string, clause: string) => markMatches(mark(m), normalizeForMatch(clause));

describe('marks', () => {
  test('the key ignores punctuation, spaces, width and script', () => {
    expect(markKey('負責 招聘，面試！')).toBe(markKey('负责招聘面试'));
    expect(compileMark({ text: '，。', polarity: 'not' })).toBeNull();
  });

  test('the same sentence, or nearly, matches', () => {
    expect(matches('负责抖音店铺的达人对接与寄样', '负责抖音店铺的达人对接与寄样。')).toBe(true);
    expect(matches('负责抖音店铺的达人对接与寄样', '负责快手店铺的达人对接与寄样')).toBe(true);
  });

  test('a clause holding the marked sentence matches', () => {
    expect(matches('对接达人寄样', '每周对接达人寄样并跟进')).toBe(true);
  });

  test('a sentence sharing only a few words does not', () => {
    expect(matches('负责抖音店铺的达人对接与寄样', '负责抖音店铺的日常运营')).toBe(false);
    // A piece of a marked sentence does not inherit the mark.
    expect(matches('负责达人对接、直播排期和售后处理', '负责达人对接')).toBe(false);
  });
});
