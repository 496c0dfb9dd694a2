import { CLUSTER_THRESHOLD, cleanLabel, clusterGroups, type KeyGroup } from './similarity';
import type { ClusterCount, StatsOptions } from './stats';
import type { ExtraTotals } from './stats-totals';

/**
 * The recurring extra items of a role's running totals (stats-totals.ts), clustered as
 * clusterGroups (similarity.ts) clusters their groups, and kept: each group's cluster, named by the
 * key of the group that founded it. A change that moves a few groups (a posting saved, edited,
 * deleted) is worked into the kept clustering when it provably gives what clustering every group
 * again gives, and the groups are clustered again otherwise.
 *
 * Why the shortcut is exact: the clustering visits groups by size (then key); a group joins the
 * best-matching founder visited before it, or founds a cluster. Whether a group founds, and whom
 * it joins, depends only on the founders before it. So when (1) no founder's place among the
 * other groups moves and none goes, (2) each changed group, at its new place, is decided against
 * the founders before that place (it may found a cluster itself), and (3) no group after a new
 * founder that was not decided in (2) reaches the threshold with it, every other group is decided
 * as before, against the same founders in the same order.
 */

/**
 * Sets e.clusterOf: from the kept one and the groups whose size changed (key -> size before), or
 * afresh. Says which it was.
 */
export function clusterExtras(e: ExtraTotals, changed?: ReadonlyMap<string, number>): 'kept' | 'carried' | 'afresh' {
  if (e.clusterOf && changed?.size === 0) return 'kept';
  const kept = e.clusterOf && changed ? carried(e, e.clusterOf, changed) : null;
  if (kept) return ((e.clusterOf = kept), 'carried');
  const keys = [...e.groups.keys()];
  const groups: KeyGroup[] = keys.map((key) => {
    const [size, , text, grams] = e.groups.get(key)!;
    return { key, size, text, grams };
  });
  const clusterOf = new Map<string, string>();
  for (const c of clusterGroups(groups)) for (const g of c.groups) clusterOf.set(keys[g]!, keys[c.groups[0]!]!);
  e.clusterOf = clusterOf;
  return 'afresh';
}

type Place = [size: number, key: string];
/** The clustering's visiting order: bigger groups first, then by key. */
const order = (a: Place, b: Place) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

function score(a: ReadonlySet<string>, b: readonly string[]): number {
  let shared = 0;
  for (const g of b) if (a.has(g)) shared++;
  return shared / (a.size + b.length - shared);
}

/** The kept clustering with the changed groups worked in, or null when that cannot be shown exact. */
function carried(e: ExtraTotals, before: ReadonlyMap<string, string>, changed: ReadonlyMap<string, number>): Map<string, string> | null {
  const sizeNow = (k: string) => e.groups.get(k)?.[0] ?? 0;
  const sizeThen = (k: string) => changed.get(k) ?? sizeNow(k);
  const gramsOf = (k: string) => e.groups.get(k)![3];
  const next = new Map(before);
  // (1) A changed founder keeps its place among every other group, and stays.
  for (const [k, then] of changed) {
    if (then === 0 || before.get(k) !== k) continue;
    const now = sizeNow(k);
    if (now === 0) return null;
    for (const x of new Set([...e.groups.keys(), ...changed.keys()])) {
      if (x === k) continue;
      if (Math.sign(order([then, k], [sizeThen(x), x])) !== Math.sign(order([now, k], [sizeNow(x), x]))) return null;
    }
  }
  // (2) Each changed group (not a founder kept in (1)) decided at its new place, in visiting order.
  const founders = [...e.groups.keys()].filter((k) => before.get(k) === k);
  const todo = [...changed.keys()].filter((k) => sizeNow(k) > 0 && !(changed.get(k)! > 0 && before.get(k) === k));
  todo.sort((a, b) => order([sizeNow(a), a], [sizeNow(b), b]));
  for (const k of changed.keys()) if (sizeNow(k) === 0) next.delete(k);
  const fresh: string[] = [];
  for (const k of todo) {
    const place: Place = [sizeNow(k), k];
    const grams = new Set(gramsOf(k));
    const earlier = [...founders, ...fresh].filter((f) => order([sizeNow(f), f], place) < 0).sort((a, b) => order([sizeNow(a), a], [sizeNow(b), b]));
    let best: string | null = null;
    let bestScore = 0;
    for (const f of earlier) {
      const s = score(grams, gramsOf(f));
      if (s > bestScore) [best, bestScore] = [f, s];
    }
    if (best !== null && bestScore >= CLUSTER_THRESHOLD) next.set(k, best);
    else (next.set(k, k), fresh.push(k));
  }
  // (3) No group after a new founder, other than those just decided, reaches it.
  const decided = new Set(todo);
  for (const f of fresh) {
    const place: Place = [sizeNow(f), f];
    const grams = new Set(gramsOf(f));
    for (const h of e.groups.keys()) {
      if (decided.has(h) || order(place, [sizeNow(h), h]) >= 0) continue;
      if (score(grams, gramsOf(h)) >= CLUSTER_THRESHOLD) return null;
    }
  }
  for (const k of e.groups.keys()) if (!next.has(k)) return null;
  return next;
}

/** The clusters of e.clusterOf as clusterGroups gives them, with distinct postings counted; the top ones. */
export function topClusters(e: ExtraTotals, n: number, options: StatsOptions): ClusterCount[] {
  if (!e.clusterOf) clusterExtras(e);
  const clusterOf = e.clusterOf!;
  const members = new Map<string, string[]>();
  for (const key of e.groups.keys()) {
    const f = clusterOf.get(key)!;
    (members.get(f) ?? members.set(f, []).get(f)!).push(key);
  }
  const place = (k: string): Place => [e.groups.get(k)![0], k];
  const founders = [...members.keys()].sort((a, b) => order(place(a), place(b)));
  const counts = new Map<string, number>();
  for (const f of founders) counts.set(f, members.get(f)!.reduce((sum, k) => sum + e.groups.get(k)![1], 0));
  // A posting with two or more keys in one cluster was counted once for each.
  for (const [combo, times] of e.combos) {
    const seen = new Map<string, number>();
    for (const key of combo.split('\u0001')) {
      const f = clusterOf.get(key)!;
      seen.set(f, (seen.get(f) ?? 0) + 1);
    }
    for (const [f, k] of seen) if (k > 1) counts.set(f, counts.get(f)! - (k - 1) * times);
  }
  const min = options.minExtraCount ?? 2;
  return founders
    .map((f) => ({ f, count: counts.get(f)! }))
    .filter(({ count }) => count >= min)
    .sort((a, b) => b.count - a.count) // stable: ties keep the clustering's deterministic order
    .slice(0, options.maxExtras ?? 20)
    .map(({ f, count }) => ({
      label: cleanLabel(e.groups.get(f)![2]),
      variants: members.get(f)!.sort((a, b) => order(place(a), place(b))).map((k) => cleanLabel(e.groups.get(k)![2])),
      count,
      share: n ? count / n : 0,
    }));
}
