import type { Figures } from '../bench/align-gold';

/**
 * Two checks of scripts/align-pair-cv.ts (an experiment, issue 11) on its folds: pruning patterns or
 * duties mostly wrong on the training sets, and where the wrong and missed pairs are. Counts only.
 */

interface Cand {
  key: string | null;
  label: number;
  phrasing: boolean;
  dutyId: string;
  pattern?: string;
  itemIndex: number;
}
interface Ad<C extends Cand = Cand> {
  set: string;
  cands: C[];
}
interface Folds<C extends Cand, A extends Ad<C>> {
  sets: string[];
  all: A[];
  figures: (ads: A[], pick: (ad: A) => C[]) => Figures;
  show: (f: Figures) => string;
}

const f3 = (x: number) => x.toFixed(3);
const mean = (fs: Figures[], k: keyof Figures) => fs.reduce((s, f) => s + f[k], 0) / fs.length;

/**
 * Drop the phrasing pairs of a pattern (or a duty) whose matches were mostly wrong on the training
 * sets (at least `min` matches there, precision under `cut`). Cut and min are chosen on the training
 * sets by F1, each training set pruned by the counts of the others (cross-fitted).
 */
export function prune<C extends Cand, A extends Ad<C>>(by: 'pattern' | 'duty', { sets, all, figures, show }: Folds<C, A>): void {
  const keyOf = (c: Cand) => (by === 'duty' ? c.dutyId : `${c.dutyId} ${c.pattern}`);
  const counts = (ads: A[]) => {
    const m = new Map<string, [number, number]>();
    for (const c of ads.flatMap((a) => a.cands.filter((x) => x.key && x.phrasing))) {
      const v = m.get(keyOf(c)) ?? [0, 0];
      v[0] += c.label;
      v[1] += 1;
      m.set(keyOf(c), v);
    }
    return m;
  };
  const pruned = (m: Map<string, [number, number]>, cut: number, min: number) =>
    new Set([...m].filter(([, [a, n]]) => n >= min && a / n < cut).map(([k]) => k));
  const keep = (drop: Set<string>) => (ad: A) => ad.cands.filter((c) => c.phrasing && !drop.has(keyOf(c)));
  const today: Figures[] = [];
  const after: Figures[] = [];
  for (const held of sets) {
    const train = all.filter((a) => a.set !== held);
    const test = all.filter((a) => a.set === held);
    let best = { cut: 0, min: 99, f1: -1 };
    for (const cut of [0.34, 0.5, 0.6, 0.67]) {
      for (const min of [2, 3, 4, 6]) {
        const per = sets
          .filter((n) => n !== held)
          .map((n) => figures(train.filter((a) => a.set === n), keep(pruned(counts(train.filter((a) => a.set !== n)), cut, min))));
        const f1 = per.reduce((s, f) => s + f.f1, 0) / per.length;
        if (f1 > best.f1 + 1e-9) best = { cut, min, f1 };
      }
    }
    const drop = pruned(counts(train), best.cut, best.min);
    today.push(figures(test, (ad) => ad.cands.filter((c) => c.phrasing)));
    after.push(figures(test, keep(drop)));
    console.log(`prune ${by} ${held.padEnd(10)} cut ${best.cut} min ${best.min} (${drop.size} dropped)  today ${show(today.at(-1)!)}  pruned ${show(after.at(-1)!)}`);
  }
  for (const [k, fs] of [['today', today], ['pruned', after]] as const) {
    console.log(`mean ${k} P ${f3(mean(fs, 'precision'))} R ${f3(mean(fs, 'recall'))} F1 ${f3(mean(fs, 'f1'))} err ${f3(mean(fs, 'coverageError'))}`);
  }
}

/** Wrong pairs on items judged to cover another duty (a sibling) or none; missed pairs on items reported for another duty, or none. */
export function kinds(sets: string[], all: Ad[]): void {
  for (const held of sets) {
    let fpSib = 0;
    let fpNone = 0;
    let fnSib = 0;
    let fnNone = 0;
    for (const ad of all.filter((a) => a.set === held)) {
      const cs = ad.cands.filter((c) => c.key);
      const goldItems = new Set(cs.filter((c) => c.label).map((c) => c.itemIndex));
      const repItems = new Set(cs.filter((c) => c.phrasing).map((c) => c.itemIndex));
      for (const c of cs) {
        if (c.phrasing && !c.label) goldItems.has(c.itemIndex) ? fpSib++ : fpNone++;
        if (!c.phrasing && c.label) repItems.has(c.itemIndex) ? fnSib++ : fnNone++;
      }
    }
    console.log(`${held.padEnd(10)} wrong pairs: item covers another duty ${fpSib}, no duty ${fpNone}; missed pairs: item reported for another duty ${fnSib}, for none ${fnNone}`);
  }
}
