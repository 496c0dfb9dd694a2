import { OPENCC_PHRASE_ONLY, OPENCC_RISKY_PHRASES, OPENCC_TRIGGER_DELTAS } from './opencc-triggers';

/**
 * Text normalisation shared by extraction, matching and duplicate detection.
 * Display always keeps the original text; these functions produce the form we compare.
 */

type Converter = (text: string) => string;
// OpenCC's converter, built on first use from what opencc.ts installs. Its dictionaries are ~27 KB
// gzip that the popup loads only for a text that needs them (platform/popup/converter.ts); every
// other entry (background, library, CLI, tests) imports opencc.ts first thing.
let makeConverter: (() => Converter) | null = null;
let t2s: Converter | null = null;
let whenMissing: (() => void) | null = null;
// The trigger characters as a table by UTF-16 code (those outside the BMP in a map): 1 a trigger,
// 2 a phrase-only one. A typed-array read per character is several times faster than iterating
// the string and asking a Set.
let triggers: { bmp: Uint8Array; astral: Map<number, number>; risky: RegExp } | null = null;
// The splitter asks for the same lines several times (heading test, content evidence, fields);
// OpenCC costs about 0.15 µs a character, so recent results are kept.
const memo = new Map<string, string>();
const MEMO_SIZE = 4000;
const MEMO_MAX_LEN = 4000;

/** Forgets remembered conversions (benchmarks start each run cold). */
export function clearTextCache(): void {
  memo.clear();
}

/** Installs (or, null, removes: tests) the Traditional -> Simplified converter (opencc.ts). */
export function installConverter(make: (() => Converter) | null): void {
  makeConverter = make;
  t2s = null;
  memo.clear();
}

export const converterInstalled = (): boolean => makeConverter !== null;

/**
 * What toSimplified does with a text that needs the converter when none is installed: the popup
 * starts over with it (platform/popup/converter.ts), the text is returned as it is meanwhile.
 * With no handler it throws: an entry that forgot to install it fails loudly.
 */
export function onConverterMissing(handler: (() => void) | null): void {
  whenMissing = handler;
}

/** The characters whose presence can make the conversion change a text (opencc-derive.ts). */
export function openccTriggers(): Set<string> {
  const set = new Set<string>();
  let point = 0;
  for (const delta of OPENCC_TRIGGER_DELTAS.split(',')) set.add(String.fromCodePoint((point += parseInt(delta, 36))));
  return set;
}

function triggerTable(): NonNullable<typeof triggers> {
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  for (const ch of openccTriggers()) {
    const point = ch.codePointAt(0)!;
    const kind = OPENCC_PHRASE_ONLY.includes(ch) ? 2 : 1;
    if (point < 0x10000) bmp[point] = kind;
    else astral.set(point, kind);
  }
  return { bmp, astral, risky: new RegExp(OPENCC_RISKY_PHRASES, 'u') };
}

/**
 * Whether OpenCC could change this text: it holds a trigger character, or only phrase-only ones
 * (吃, 么, 覆…) inside a phrase OpenCC changes (opencc-derive.ts phraseOnlyRisk). A text for which
 * this is false converts to itself (test/text/opencc-fastpath.test.ts).
 */
export function needsConversion(text: string): boolean {
  // Fast path: text without CJK ideographs has nothing to convert.
  if (!/[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f]/.test(text)) return false;
  // Derived from the dictionaries ahead of time (opencc-triggers.ts): deriving it here took
  // 10-50 ms of every popup open, before the first posting could be read.
  triggers ??= triggerTable();
  const { bmp, astral, risky } = triggers;
  let phraseOnly = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = bmp[c] || (c >= 0xd800 && c < 0xdc00 ? (astral.get(text.codePointAt(i)!) ?? 0) : 0);
    if (kind === 1) return true;
    if (kind === 2) phraseOnly = true;
  }
  return phraseOnly && risky.test(text);
}

/** Traditional -> Simplified Chinese (OpenCC's HK variants + phrase tables; also covers TW text). */
export function toSimplified(text: string): string {
  // Text OpenCC would give back unchanged is its own answer (checking is cheaper than remembering it).
  if (!needsConversion(text)) return text;
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  if (!makeConverter) {
    if (!whenMissing) throw new Error('toSimplified: no converter installed (import lib/text/opencc.ts first)');
    whenMissing();
    return text;
  }
  t2s ??= makeConverter();
  const out = t2s(text);
  if (text.length <= MEMO_MAX_LEN) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, out);
  }
  return out;
}

/** Full-width ASCII forms (Ａ１，：) and the ideographic space -> their half-width forms. */
export function toHalfWidth(text: string): string {
  // A loop over the codes, not a replace with a callback per mark (Chinese text has many ，：).
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += text.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
      from = i + 1;
    }
  }
  return from ? out + text.slice(from) : text;
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
