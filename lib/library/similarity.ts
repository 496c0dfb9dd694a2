import { stripItemMarker } from '../text/items';
import { textKey } from '../text/normalize';

/**
 * Near-identical items ("负责店铺首页设计" / "1、負責店鋪的首頁設計；") must count once in the
 * competitor statistics. The measure is the Jaccard index of character bigrams of the items'
 * textKey (no numbering, punctuation, spaces, width or script differences): deterministic, no
 * segmenter, and Chinese job-ad phrases are built from two-character words, so shared bigrams
 * are shared words.
 *
 * CLUSTER_THRESHOLD = 0.5. On the pairs in test/library/similarity.test.ts, rewrites of one
 * statement (numbering, 的/和/等工作 padding, punctuation, Traditional script, a short trailing
 * clause) score 0.58-1.0, while distinct statements that share most of their words ("负责店铺日常
 * 运营" / "负责店铺日常推广", "本科及以上学历" / "大专及以上学历") score at most 0.43. 0.5 sits in
 * that gap. A trailing clause as long as the statement itself falls below it, which is the safe
 * side: two rows in a chart rather than two different duties counted as one.
 */
export const CLUSTER_THRESHOLD = 0.5;

// Words every duty line is padded with ("负责…的…等工作"): dropped so the bigrams left are the
// statement's content. 及时 keeps its 及.
const FILLER = /负责|工作|的|和|与|并且|并|及(?!时)|等/g;

/** The bigram set of an item (a single-character item is its own "bigram"). */
export function bigrams(text: string): Set<string> {
  const key = textKey(stripItemMarker(text)).replace(FILLER, '');
  const out = new Set<string>();
  if (key.length === 1) out.add(key);
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

export function similarity(a: string, b: string): number {
  return jaccard(bigrams(a), bigrams(b));
}

export interface ClusterInput<T> {
  text: string;
  /** textKey(stripItemMarker(text)) when the caller already has it (stats-rows.ts stores it). */
  key?: string;
  ref: T;
}

export interface Cluster<T> {
  /** The most frequent wording in the cluster (ties: the earliest in sort order). */
  label: string;
  /** Distinct wordings, most frequent first. */
  variants: string[];
  members: ClusterInput<T>[];
}

/** Items sharing one textKey, as the clustering visits them: how many, and the first one's wording. */
export interface KeyGroup {
  key: string;
  size: number;
  /** The group's first item's text (in the order the items were listed). */
  text: string;
  /** bigrams(key), when the caller keeps them (the statistics' totals do: a key's bigrams cost a script conversion). */
  grams?: readonly string[];
}

export interface GroupCluster {
  /** The most frequent wording in the cluster (ties: the earliest in sort order). */
  label: string;
  /** Distinct wordings, most frequent first. */
  variants: string[];
  /** Indices into the groups passed, in the order they joined. */
  groups: number[];
}

/**
 * Greedy, order-independent clustering: identical keys are grouped first, groups are visited most
 * frequent first (then by key), and each joins the existing cluster whose label it resembles most
 * if that reaches the threshold. Comparing with the label rather than any member stops chains
 * (A~B, B~C, A!~C) from merging unrelated items. Candidate clusters come from an inverted index
 * of the labels' bigrams, so the cost stays near linear in the number of items.
 */
export function clusterItems<T>(items: readonly ClusterInput<T>[], threshold = CLUSTER_THRESHOLD): Cluster<T>[] {
  const groups = new Map<string, ClusterInput<T>[]>();
  for (const item of items) {
    const key = item.key ?? textKey(stripItemMarker(item.text));
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const lists = [...groups.values()];
  const clusters = clusterGroups([...groups].map(([key, m]) => ({ key, size: m.length, text: m[0]!.text })), threshold);
  return clusters.map((c) => ({ label: c.label, variants: c.variants, members: c.groups.flatMap((g) => lists[g]!) }));
}

/**
 * clusterItems over groups already made (the statistics' running totals keep one per key): the
 * same clusters, without the items. Non-empty keys, each once.
 */
export function clusterGroups(groups: readonly KeyGroup[], threshold = CLUSTER_THRESHOLD): GroupCluster[] {
  const ordered = groups.map((_, i) => i).sort((i, j) => {
    const [a, b] = [groups[i]!, groups[j]!];
    return b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });

  interface Working { label: string; grams: Set<string>; members: number[] }
  const clusters: Working[] = [];
  const postingsOfGram = new Map<string, number[]>();
  // Shared bigrams per candidate cluster, counted in a typed array (reset through `touched`, the
  // candidates in the order first met): a Map per item was most of a big role's statistics.
  let shared = new Int32Array(64);
  const touched: number[] = [];
  for (const g of ordered) {
    const { key, text, grams: kept } = groups[g]!;
    const grams = kept ? new Set(kept) : bigrams(key);
    if (shared.length < clusters.length) shared = new Int32Array(clusters.length * 2);
    for (const gram of grams) {
      const list = postingsOfGram.get(gram);
      if (!list) continue;
      for (const c of list) if (shared[c]!++ === 0) touched.push(c);
    }
    let best = -1;
    let bestScore = 0;
    for (const c of touched) {
      const n = shared[c]!;
      shared[c] = 0;
      const score = n / (grams.size + clusters[c]!.grams.size - n);
      if (score > bestScore || (score === bestScore && c < best)) [best, bestScore] = [c, score];
    }
    touched.length = 0;
    if (best >= 0 && bestScore >= threshold) {
      clusters[best]!.members.push(g);
      continue;
    }
    const id = clusters.length;
    clusters.push({ label: text, grams, members: [g] });
    for (const gram of grams) {
      const list = postingsOfGram.get(gram);
      if (list) list.push(id);
      else postingsOfGram.set(gram, [id]);
    }
  }
  return clusters.map((c) => ({
    label: cleanLabel(c.label),
    variants: c.members.map((g) => cleanLabel(groups[g]!.text)),
    groups: c.members,
  }));
}

/** An item as a chart label: without its numbering and the trailing ；。 of a list line. */
export function cleanLabel(text: string): string {
  return stripItemMarker(text.trim()).replace(/[；;。，,、\s]+$/u, '');
}
