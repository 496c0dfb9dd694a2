import { toHalfWidth, toSimplified } from '../../text/normalize';

/**
 * The JD check's comparison form of one item, with a map back to the original text so a flag can
 * point at the words as written. Rules read the comparison form: Simplified, half-width,
 * lower-case, every white space one plain space, and with the characters that carry no text
 * removed (zero-width and bidi controls, and the literal "_x000d_" that spreadsheet exports leave
 * where a carriage return was). Removing them keeps "性\u200b别：男" and "公\u200c司" readable.
 */
export interface JdText {
  norm: string;
  /** Original offset of norm[i] (one extra entry for the end); null when they are the same. */
  offsets: number[] | null;
  /** False when OpenCC changed the length: offsets no longer hold, flags show the norm's words. */
  aligned: boolean;
}

const DROP = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/;
const SPREADSHEET_CR = /_x000d_/i;
const SPACE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]/g;

/** Width, white space and case: changes that keep every character in its place. */
function foldInPlace(text: string): string {
  const folded = toHalfWidth(text).replace(SPACE, ' ');
  const lower = folded.toLowerCase();
  return lower.length === folded.length ? lower : folded;
}

/** Drops the characters that carry no text, remembering where each kept one came from. */
function dropInvisible(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/^_x000d_$/i.test(text.slice(i, i + 7))) {
      out += ' ';
      offsets.push(i);
      i += 6;
      continue;
    }
    if (DROP.test(text[i]!)) continue;
    out += text[i];
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

export function jdText(text: string): JdText {
  const needsDrop = DROP.test(text) || SPREADSHEET_CR.test(text);
  const { text: kept, offsets } = needsDrop ? dropInvisible(text) : { text, offsets: null };
  const folded = foldInPlace(kept);
  const norm = toSimplified(folded);
  return { norm, offsets, aligned: norm.length === folded.length };
}

/** The original offsets and words of a stretch of the comparison form. */
export function span(t: JdText, original: string, start: number, end: number): { start: number; end: number; match: string } {
  if (!t.aligned) return { start, end, match: t.norm.slice(start, end).trim() };
  const at = (i: number) => (t.offsets ? t.offsets[i]! : i);
  const s = at(start);
  const e = end > start ? at(end - 1) + 1 : s;
  return { start: s, end: e, match: original.slice(s, e).trim() };
}
