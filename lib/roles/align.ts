import { stripItemMarker } from '../text/items';
import { normalizeForMatch } from '../text/normalize';
import { countTerms, dot, termsOfNormalized, unit, weigh, type Vector } from './features';
import type { DutyVector, MatcherIndex } from './matcher-index';

/**
 * Item <-> duty similarity: cosine of idf-weighted term vectors, the idf taken over every
 * statement in the library so words shared by all duties (负责, 工作) weigh little and the words
 * that tell duties apart (详情页, 对账, 盘点) weigh most.
 *
 * SIMILARITY_THRESHOLD: an item "covers" a duty at or above it. Measured on the real postings of
 * ../shared/eval/roles-dev.jsonl (bench/eval-roles.ts prints the "duty alignment" block): for the
 * duty items of postings labelled with one role, the share whose best similarity to that role's
 * duties reaches the threshold, against the share reaching it with the duties of a role from
 * another department (a cover there is always false):
 *   0.14: 74% own / 9.1% unrelated   0.18: 56% / 3.6%   0.20: 47% / 2.2%   0.22: 38% / 1.5%
 * The unrelated rate misses a cover of the wrong duty of the right role, so a systematic sample of
 * (item, duty) pairs (every 7th pair of the non-tech postings) was also read by hand: about half
 * of the pairs in 0.14-0.18 were right, 57% in 0.18-0.22, 71% in 0.22-0.30, all above 0.30; so
 * covers at >= 0.18 are ~71% right and at >= 0.22 ~80%. 0.20 keeps about three in four covers
 * right while still finding a duty for about half of an ad's items.
 */
export const SIMILARITY_THRESHOLD = 0.2;

const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * Item terms: the matcher's terms plus single characters. Postings and duties say the same thing
 * in different words (客户服务 / 客服, 上架 / 上新); shared characters catch part of that, which
 * raised the own-role cover rate by 4 points at the same false-cover rate.
 */
export function itemTerms(text: string): string[] {
  const norm = normalizeForMatch(stripItemMarker(text));
  const out = termsOfNormalized(norm);
  for (const ch of norm) if (CJK_CHAR.test(ch)) out.push(`1:${ch}`);
  return out;
}

export function itemVector(index: MatcherIndex, text: string): Vector {
  return unit(weigh(countTerms(itemTerms(text)), index.itemIdf));
}

export interface ItemMatch {
  dutyId: string;
  itemIndex: number;
  item: string;
  similarity: number;
}

/**
 * For each duty, the posting item that resembles it most (when at or above the threshold); and
 * the items that resemble no duty. Ties go to the earlier item, so the output is deterministic.
 */
export function alignItems(
  items: readonly string[],
  duties: readonly DutyVector[],
  index: MatcherIndex,
  threshold = SIMILARITY_THRESHOLD,
): { covered: ItemMatch[]; missing: string[]; extra: { itemIndex: number; item: string }[] } {
  const vectors = items.map((item) => itemVector(index, item));
  const covered: ItemMatch[] = [];
  const missing: string[] = [];
  const used = new Set<number>();
  for (const duty of duties) {
    let best = -1;
    let bestSim = 0;
    vectors.forEach((v, i) => {
      const sim = dot(v, duty.vector);
      if (sim > bestSim + 1e-12) {
        best = i;
        bestSim = sim;
      }
    });
    if (best >= 0 && bestSim >= threshold) {
      covered.push({ dutyId: duty.id, itemIndex: best, item: items[best]!, similarity: round3(bestSim) });
      used.add(best);
    } else {
      missing.push(duty.id);
    }
  }
  // An item can cover a duty without being the best item for it; it is not "extra" then either.
  const extra = items
    .map((item, itemIndex) => ({ item, itemIndex }))
    .filter(({ itemIndex }) => !used.has(itemIndex) && !duties.some((d) => dot(vectors[itemIndex]!, d.vector) >= threshold));
  return { covered, missing, extra };
}

/** Best similarity of one item to any of the duties (for measuring the threshold). */
export function bestSimilarity(index: MatcherIndex, item: string, duties: readonly DutyVector[]): number {
  const v = itemVector(index, item);
  let best = 0;
  for (const d of duties) best = Math.max(best, dot(v, d.vector));
  return best;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
