import { stripItemMarker } from '../text/items';
import { normalizeForMatch } from '../text/normalize';
import { dot, termsOfNormalized, unitVector, type Vector } from './features';
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
  // An item longer than this is not one duty; its start says what it is about.
  return normalizedItemTerms(normalizeForMatch(stripItemMarker(text.slice(0, 1000))));
}

/** itemTerms of text already in comparison form (a clause). */
export function normalizedItemTerms(norm: string): string[] {
  const out = termsOfNormalized(norm);
  for (const ch of norm) if (CJK_CHAR.test(ch)) out.push(`1:${ch}`);
  return out;
}

export function itemVector(index: MatcherIndex, text: string): Vector {
  return unitVector(itemTerms(text), index.itemIdf);
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
// Per duty list, term -> (duty, weight): an item is compared with every duty in one pass.
const dutyTermIndex = new WeakMap<readonly DutyVector[], Map<string, { duty: number; weight: number }[]>>();
function termIndexOf(duties: readonly DutyVector[]) {
  let map = dutyTermIndex.get(duties);
  if (!map) {
    map = new Map();
    duties.forEach((d, i) => {
      for (const [t, w] of d.vector) {
        const list = map!.get(t) ?? [];
        list.push({ duty: i, weight: w });
        map!.set(t, list);
      }
    });
    dutyTermIndex.set(duties, map);
  }
  return map;
}

/** sims[item][duty]: cosine of each item with each duty. */
export function similarityMatrix(items: readonly string[], duties: readonly DutyVector[], index: MatcherIndex): Float64Array[] {
  const terms = termIndexOf(duties);
  return items.map((item) => {
    const row = new Float64Array(duties.length);
    for (const [t, x] of itemVector(index, item)) for (const p of terms.get(t) ?? []) row[p.duty]! += x * p.weight;
    return row;
  });
}

export function alignItems(
  items: readonly string[],
  duties: readonly DutyVector[],
  index: MatcherIndex,
  threshold = SIMILARITY_THRESHOLD,
): { covered: ItemMatch[]; missing: string[]; extra: { itemIndex: number; item: string }[] } {
  const sims = similarityMatrix(items, duties, index);
  const covered: ItemMatch[] = [];
  const missing: string[] = [];
  duties.forEach((duty, d) => {
    let best = -1;
    let bestSim = 0;
    sims.forEach((row, i) => {
      if (row[d]! > bestSim + 1e-12) {
        best = i;
        bestSim = row[d]!;
      }
    });
    if (best >= 0 && bestSim >= threshold) {
      covered.push({ dutyId: duty.id, itemIndex: best, item: items[best]!, similarity: round3(bestSim) });
    } else {
      missing.push(duty.id);
    }
  });
  // An item can cover a duty without being the best item for it; it is not "extra" then either.
  const extra = items
    .map((item, itemIndex) => ({ item, itemIndex }))
    .filter(({ itemIndex }) => !sims[itemIndex]!.some((sim) => sim >= threshold));
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
