import { cleanItem } from '../text/items';
import { normalizeForMatch } from '../text/normalize';

/**
 * An ad's duty item split into the clauses it is made of, so each activity it names is compared on
 * its own: "负责入库上架、拣货、打包，发货、退货" is five activities, and compared whole every one
 * of them is diluted by the other four. Two levels:
 * - a clause: the text between sentence and comma punctuation (。；，：, line breaks); a verb and
 *   its object are nearly always inside one clause, so phrasings match per clause. A bracketed
 *   aside is lifted out into a clause of its own and the sentence around it closes up
 *   ("更新各平台（抖音、小红书）的内容" reads "更新各平台的内容" + "抖音、小红书");
 * - its parts: the clause cut at 、 and at list words (包括/如/例如…/等), the smallest units
 *   shown to the user as "the words that matched".
 * `text` is the original wording (for display), `norm` the comparison form (lower case,
 * Simplified, half-width), cut from the same places.
 */

export interface Clause {
  /** The clause as the ad wrote it (trimmed). */
  text: string;
  /** Comparison form of `text`. */
  norm: string;
  /** The clause's list parts (at least one: the clause itself when it is not a list). */
  parts: { text: string; norm: string }[];
}

// Excel exports leave `_x000d_` (a carriage return) in cells.
const EXCEL_CR = /_x000d_/gi;
// Sentence and clause punctuation, full and half width. A half-width comma, colon or full stop
// splits only when it is not inside a number (1,000 / 10:00 / 3.5); a half-width comma with no
// space before a Latin word lists names ("Nginx,Docker"), it does not end a clause.
const SPLIT_CLAUSES = /[。；;！!？?\n\r\t，：【】[\]「」“”"|]+|,(?![\da-z])|:(?!\d)|\.(?!\d)(?=\s|$|[\u4e00-\u9fff])|\s{2,}/iu;
// Inside a clause, list separators: 、 and the words that open or close an enumeration. English
// lists: ", and", " and ", " or ", "/".
const SPLIT_PARTS = /、|包括但不限于|包括|包含|例如|比如|诸如|等等|\band\b|\bor\b|\bincluding\b|\bsuch as\b/iu;

// A clause longer than this is not one activity; long runs of text without punctuation are cut.
const MAX_CLAUSE = 80;
// An item longer than this is a paragraph, not a duty; its start says what it is about.
const MAX_ITEM = 1200;
const MAX_CLAUSES = 40;

function chunks(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out;
}

const trimPiece = (s: string) => s.replace(/^[\s\-–—·•*>、,，.。…]+|[\s\-–—·•*、,，…]+$/gu, '').replace(/等$/u, '').trim();

function piece(text: string): { text: string; norm: string } | null {
  const t = trimPiece(text);
  if (!t) return null;
  const norm = normalizeForMatch(t);
  return /[\p{L}\p{N}]/u.test(norm) ? { text: t, norm } : null;
}

// A bracketed aside (not nested), full or half width; an unclosed bracket is just punctuation.
const ASIDE = /[（(]([^（()）]{0,80})[）)]/gu;

/** The clauses of one duty item, in order. Empty for an item with no words (junk). */
export function splitClauses(item: string): Clause[] {
  const cleaned = cleanItem(item.slice(0, MAX_ITEM).replace(EXCEL_CR, ' '));
  const asides: string[] = [];
  const main = cleaned.replace(ASIDE, (_, inner: string) => (asides.push(inner), '')).replace(/[（）()]/gu, '，');
  const out: Clause[] = [];
  for (const raw of [main, ...asides].flatMap((t) => t.split(SPLIT_CLAUSES))) {
    for (const text of chunks(raw, MAX_CLAUSE)) {
      const clause = piece(text);
      if (!clause) continue;
      const parts = clause.text
        .split(SPLIT_PARTS)
        .map(piece)
        .filter((p): p is { text: string; norm: string } => p !== null);
      out.push({ ...clause, parts: parts.length ? parts : [clause] });
      if (out.length >= MAX_CLAUSES) return out;
    }
  }
  return out;
}

