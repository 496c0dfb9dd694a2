import { toSimplified } from '../../text/normalize';

/**
 * The JD check's comparison form of one item, with a map back to the original text so a flag can
 * point at the words as written. Rules read the comparison form: Simplified, half-width,
 * lower-case, every white space one plain space, and with the characters that carry no text
 * removed (zero-width and bidi controls, and the literal "_x000d_" that spreadsheet exports leave
 * where a carriage return was). Removing them keeps "性\u200b别：男" and "公\u200c司" readable.
 */
export interface JdText {
  norm: string;
  /** Original offset of norm[i]; one extra entry for the end. */
  offsets: number[];
}

const DROP = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/;
const SPREADSHEET_CR = '_x000d_';

export function jdText(text: string): JdText {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(SPREADSHEET_CR, i) || text.startsWith(SPREADSHEET_CR.toUpperCase(), i)) {
      folded += ' ';
      offsets.push(i);
      i += SPREADSHEET_CR.length - 1;
      continue;
    }
    const ch = text[i]!;
    if (DROP.test(ch)) continue;
    const code = ch.charCodeAt(0);
    let out = ch;
    if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
    else if (/\s/.test(ch)) out = ' ';
    else {
      const lower = ch.toLowerCase();
      if (lower.length === 1) out = lower;
    }
    folded += out;
    offsets.push(i);
  }
  offsets.push(text.length);
  // OpenCC maps a few phrases to a different length; then offsets no longer hold, and a flag
  // shows the comparison form of its words instead (see span()).
  const simplified = toSimplified(folded);
  if (simplified.length === folded.length) return { norm: simplified, offsets };
  return { norm: simplified, offsets: [] };
}

/** The original offsets and words of a stretch of the comparison form. */
export function span(t: JdText, original: string, start: number, end: number): { start: number; end: number; match: string } {
  if (t.offsets.length === 0) return { start, end, match: t.norm.slice(start, end).trim() };
  const s = t.offsets[start]!;
  const e = end > start ? t.offsets[end - 1]! + 1 : s;
  return { start: s, end: e, match: original.slice(s, e).trim() };
}
