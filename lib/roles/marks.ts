import { normalizeForMatch } from '../text/normalize';

/**
 * What the user taught the comparison: "this sentence covers duty X" or "this is not X". A mark
 * is kept on the duty in the role's row (`duty.marks`), beside its phrasings, and a later ad's clause
 * that says the same thing, in the same or nearly the same words, is read the same way.
 *
 * "Nearly the same": the Dice overlap of the two texts' character bigrams is at least
 * MARK_SIMILARITY, or the one wholly contains the other (a marked clause inside a longer item).
 * Ads of one employer repeat their sentences with small changes (a platform name, a number), which
 * this catches, while a sentence that only shares a few words with the mark does not match it.
 */

export const MARK_SIMILARITY = 0.7;
// A contained mark must be long enough to be a sentence, not a word that turns up anywhere.
const MIN_CONTAINED = 6;

export interface DutyMarkLike {
  text: string;
  polarity: 'covers' | 'not';
}

export interface CompiledMark {
  norm: string;
  bigrams: Set<string>;
  polarity: 'covers' | 'not';
}

/** The comparison form of a marked sentence: normalised, without spaces and punctuation. */
export function markKey(text: string): string {
  return normalizeForMatch(text.replace(/_x000d_/gi, ' ')).replace(/[\s\p{P}\p{S}]+/gu, '');
}

function bigramsOf(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  if (key.length === 1) out.add(key);
  return out;
}

export function compileMark(m: Pick<DutyMarkLike, 'text' | 'polarity'>): CompiledMark | null {
  const norm = markKey(m.text);
  return norm ? { norm, bigrams: bigramsOf(norm), polarity: m.polarity } : null;
}

/**
 * Whether a text (an item or one of its clauses, in comparison form) says what the mark says. A
 * clause that is only a piece of a marked sentence does not inherit the mark: the sentence may
 * name several activities, and the mark was about it as a whole.
 */
export function markMatches(mark: CompiledMark, clauseNorm: string): boolean {
  const key = clauseNorm.replace(/[\s\p{P}\p{S}]+/gu, '');
  if (!key) return false;
  if (key === mark.norm) return true;
  if (mark.norm.length >= MIN_CONTAINED && key.includes(mark.norm)) return true;
  const b = bigramsOf(key);
  let shared = 0;
  for (const g of b) if (mark.bigrams.has(g)) shared += 1;
  return (2 * shared) / (b.size + mark.bigrams.size) >= MARK_SIMILARITY;
}
