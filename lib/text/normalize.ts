import { ConverterFactory, type ConverterFunction, type DictGroup } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';

/**
 * Text normalisation shared by extraction, matching and duplicate detection.
 * Display always keeps the original text; these functions produce the form we compare.
 */

let t2s: ConverterFunction | null = null;
let triggers: Set<string> | null = null;
// The splitter asks for the same lines several times (heading test, content evidence, fields);
// OpenCC costs about 0.15 µs a character, so recent results are kept.
const memo = new Map<string, string>();
const MEMO_SIZE = 4000;
const MEMO_MAX_LEN = 4000;

/** Forgets remembered conversions (benchmarks start each run cold). */
export function clearTextCache(): void {
  memo.clear();
}

type Entry = [from: string, to: string];
function entriesOf(groups: readonly DictGroup[]): Entry[] {
  return groups.flatMap((group) =>
    group.flatMap((dict) =>
      typeof dict === 'string'
        ? dict.split('|').map((e): Entry => {
            const [from = '', to = ''] = e.split(' ');
            return [from, to];
          })
        : dict.map(([from, to]): Entry => [from, to.split(' ')[0] ?? '']),
    ),
  );
}

/**
 * The characters whose presence can make the conversion change a text. The chain is HK variants
 * (户 -> 戶) then Traditional -> Simplified (戶 -> 户), so a character counts when the chain as a
 * whole changes it, or when it is the changing part of a phrase entry (一目瞭然 -> 一目了然 is
 * caught by 瞭). A text with none of them converts to itself, which is nearly every Simplified job
 * ad, so it skips the phrase-trie walk. test/text/opencc-fastpath.test.ts holds it to OpenCC.
 */
function triggerChars(): Set<string> {
  const set = new Set<string>();
  const first = entriesOf(fromHk);
  const second = entriesOf(toCn);
  const chars1 = new Map(first.filter(([f]) => [...f].length === 1));
  const chars2 = new Map(second.filter(([f]) => [...f].length === 1));
  // What phrase entries turn each of their changing characters into ('' when lengths differ).
  const phraseDiff = new Map<string, Set<string>>();
  for (const [from, to] of [...first, ...second]) {
    if ([...from].length === 1 || from === to) continue;
    const a = [...from];
    const b = [...to];
    a.forEach((c, i) => {
      const out = a.length === b.length ? b[i]! : '';
      if (out !== c) (phraseDiff.get(c) ?? phraseDiff.set(c, new Set()).get(c)!).add(out);
    });
  }
  for (const c of phraseDiff.keys()) set.add(c);
  // 户 -> 戶 -> 户 is no change, unless some phrase would turn 戶 into anything but 户.
  const phraseChanges = (mid: string, back: string) => [...(phraseDiff.get(mid) ?? [])].some((out) => out !== back);
  for (const [c, mid] of chars1) if ((chars2.get(mid) ?? mid) !== c || phraseChanges(mid, c)) set.add(c);
  for (const [c, out] of chars2) if (out !== c) set.add(c);
  return set;
}

/** Traditional -> Simplified Chinese (OpenCC's HK variants + phrase tables; also covers TW text). */
export function toSimplified(text: string): string {
  // Fast path: text without CJK ideographs has nothing to convert.
  if (!/[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f]/.test(text)) return text;
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  triggers ??= triggerChars();
  let needed = false;
  for (const ch of text) {
    if (triggers.has(ch)) {
      needed = true;
      break;
    }
  }
  let out = text;
  if (needed) {
    t2s ??= ConverterFactory(fromHk, toCn);
    out = t2s(text);
  }
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

// Invisible characters that pages and PDFs leave behind: zero-width spaces and joiners, soft
// hyphens, line/paragraph separators, and the bidi controls (LRM/RLM/ALM, the embeddings and
// overrides U+202A-202E, the isolates U+2066-2069), with which a page can make a title display
// reversed. A zero-width joiner between two emoji is kept: it makes one emoji of them (👩‍💻).
const INVISIBLE = '\\u200b-\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2069\\ufeff\\u00ad\\u061c';
const STRIP = new RegExp(
  `((?<=\\p{Extended_Pictographic}(?:\\ufe0f|\\p{Emoji_Modifier})?)\\u200d(?=\\p{Extended_Pictographic}))|[${INVISIBLE}]`,
  'gu',
);

function removeInvisible(text: string): string {
  return text.replace(STRIP, (_, emojiJoiner: string | undefined) => emojiJoiner ?? '');
}

/** Clean text for display: invisible characters and pinyin notes gone, spaces folded. */
// Anything cleanDisplay changes besides trimming: a cheap test lets clean text through untouched.
const NEEDS_CLEANING = new RegExp(`[${INVISIBLE}\\u00a0\\t\\f\\v(（]| {2}`);

export function cleanDisplay(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return stripPinyinNotes(removeInvisible(text))
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
