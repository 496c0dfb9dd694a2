import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';

/**
 * Text normalisation shared by extraction, matching and duplicate detection.
 * Display always keeps the original text; these functions produce the form we compare.
 */

let t2s: ConverterFunction | null = null;
// The splitter asks for the same lines several times (heading test, content evidence, fields);
// OpenCC costs about 0.15 µs a character, so recent results are kept.
const memo = new Map<string, string>();
const MEMO_SIZE = 4000;
const MEMO_MAX_LEN = 4000;

/** Forgets remembered conversions (benchmarks start each run cold). */
export function clearTextCache(): void {
  memo.clear();
}

/** Traditional -> Simplified Chinese (OpenCC's HK variants + phrase tables; also covers TW text). */
export function toSimplified(text: string): string {
  // Fast path: text without CJK ideographs has nothing to convert.
  if (!/[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f]/.test(text)) return text;
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  t2s ??= ConverterFactory(fromHk, toCn);
  const out = t2s(text);
  if (text.length <= MEMO_MAX_LEN) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, out);
  }
  return out;
}

/** Full-width ASCII forms (Ａ１，：) and the ideographic space -> their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

// Document-sharing sites insert the pinyin of some characters after them: 運營(yíng).
// A parenthesised Latin syllable with at least one tone mark is never meaningful job-ad text.
const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const PINYIN_NOTE = new RegExp(`[(（][a-z${TONE}]*[${TONE}][a-z${TONE}]*[)）]`, 'gi');
export function stripPinyinNotes(text: string): string {
  return text.replace(PINYIN_NOTE, '');
}

// Invisible characters that pages and PDFs leave behind.
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]/g;

/** Clean text for display: invisible characters and pinyin notes gone, spaces folded. */
// Anything cleanDisplay changes besides trimming: a cheap test lets clean text through untouched.
const NEEDS_CLEANING = /[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad\u00a0\t\f\v(（]| {2}/;

export function cleanDisplay(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return stripPinyinNotes(text.replace(INVISIBLE, ''))
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .trim();
}

/** The comparison form: clean, half-width, Simplified, lower-case. */
export function normalizeForMatch(text: string): string {
  return toSimplified(toHalfWidth(cleanDisplay(text))).toLowerCase();
}

/**
 * A compact key for "is this the same text": comparison form with every space and punctuation
 * mark removed, so re-formatted copies of one posting compare equal.
 */
export function textKey(text: string): string {
  return normalizeForMatch(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}
