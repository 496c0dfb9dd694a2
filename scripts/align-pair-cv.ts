/**
 * Experiment (issue 11, stop 23): can a small learned pair scorer, re-scoring the comparison's
 * (duty, item) pairs from features the code already computes, carry over to ads nobody read?
 * Leave-one-set-out over judged sets of disjoint ads (align-dev, blind-a, blind-b, blind-c,
 * blind-d: 157 ads; blind-1/blind-2 are the same 49 ads and judgements as blind-a + blind-b, cut
 * by judge, so they are not folds of their own), against today's comparison on the same folds.
 * Nothing here ships: the answer was no (README "Duty comparison", stop-23 paragraph).
 *
 *   npx tsx scripts/align-pair-cv.ts [DIR_OF_BLIND_SETS]     (default /work/notes/alignblind)
 *
 * Reads ../shared/eval/align-dev.jsonl, DIR/blind-{a,b,c,d}.jsonl (align-dev's format) and, for the
 * "silver" duty profiles (align-silver.ts), the unjudged ads of ../shared/eval/roles-*.jsonl. Prints
 * per-fold figures only, never ad text. Switches (environment):
 *   CV_MODE=both|filter|add   the model may add and drop pairs / only drop today's / only add
 *   CV_LEARNER=gbm            boosted stumps instead of logistic regression
 *   CV_FEATURES=a,b,...       a subset of the features (names printed on the first line)
 *   CV_NO_DEV=1               fit on the blind sets only (the phrasings were written from align-dev)
 *   CV_PRUNE=pattern|duty     drop patterns / duties mostly wrong on the training sets
 *   CV_DIAG=1                 how right today's pairs and the other candidates are, by feature band
 *   CV_KINDS=1                wrong and missed pairs on items that cover another duty, or none
 *   CV_WEIGHTS=1, CV_L2, CV_ROUNDS, CV_MIN_SIM, CV_CONTRAST   learner details
 * Every threshold and cut is chosen on the training sets (by F1), never on the held-out one.
 */
import '../lib/text/opencc';
import { resolve } from 'node:path';
import { figuresOf, itemIndexer, mapDuties, readAlignRecords, scoreAd, type AlignRecord, type Figures, type Reading } from '../bench/align-gold';
import { index, prepare } from '../bench/align-runs';
import { pairFeatures, type PairCandidate } from './align-pair-features';
import { cosine, silverAds, silverProfiles } from './align-silver';
import { boostProb, fit, fitBoost, linProb, type Boost, type Model } from './align-pair-learners';
import { kinds, prune } from './align-pair-checks';
import { splitClauses } from '../lib/roles/clauses';
import { itemVector, normalizedItemTerms } from '../lib/roles/align';
import { unitVector, type Vector } from '../lib/roles/features';

const blindDir = resolve(process.argv[2] ?? '/work/notes/alignblind');
const SETS: [string, AlignRecord[]][] = [
  ['align-dev', readAlignRecords(resolve('../shared/eval'))],
  ...(['blind-a', 'blind-b', 'blind-c', 'blind-d'] as const).map((n) => [n, readAlignRecords(blindDir, `${n}.jsonl`)] as [string, AlignRecord[]]),
];

interface Ad {
  set: string;
  record: AlignRecord;
  items: string[];
  clauseVecs: Vector[][];
  cands: (PairCandidate & { set: string; label: number; key: string | null })[];
}

function adsOf(set: string, records: AlignRecord[]): Ad[] {
  return prepare(records).map(({ record, result }) => {
    const role = index.roles.get(record.role)!;
    const toCurrent = mapDuties(record.duties, role.duties);
    const toSnapshot = new Map<string, string>();
    for (const [s, c] of toCurrent) if (c) toSnapshot.set(c, s);
    const items = result.postings.flatMap((p) => p.duties);
    const idx = itemIndexer(record.items, items);
    const gold = new Set(record.gold_ids.map(([d, , i]) => `${d}\u0000${i}`));
    const cands: Ad['cands'] = [];
    let offset = 0;
    for (const p of result.postings) {
      for (const c of pairFeatures(index, role, p.duties)) {
        const duty = toSnapshot.get(c.dutyId);
        const item = idx(c.itemIndex + offset, p.duties[c.itemIndex]!);
        const key = duty && item >= 0 ? `${duty}\u0000${item}` : null;
        cands.push({ ...c, set, itemIndex: c.itemIndex + offset, label: key && gold.has(key) ? 1 : 0, key });
      }
      offset += p.duties.length;
    }
    const clauseVecs = items.map((it) => splitClauses(it).map((c) => unitVector(normalizedItemTerms(c.norm), index.itemIdf)));
    return { set, record, items, clauseVecs, cands };
  });
}

function figures(ads: Ad[], pick: (ad: Ad) => Ad['cands'], reading: Reading = 'main'): Figures {
  return figuresOf(
    ads.map((ad) => {
      const role = index.roles.get(ad.record.role)!;
      const pairs = pick(ad).map((c) => ({ dutyId: c.dutyId, itemIndex: c.itemIndex, item: ad.items[c.itemIndex]! }));
      return scoreAd(ad.record, role.duties, { items: ad.items, pairs });
    }),
    reading,
  );
}

const GBM = process.env.CV_LEARNER === 'gbm';
const prob = (m: Model, x: number[]) => (GBM ? boostProb(m as unknown as Boost, x) : linProb(m, x));

const f3 = (x: number) => x.toFixed(3);
const show = (f: Figures) => `P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} err ${f3(f.coverageError)}`;

const all: Ad[] = SETS.flatMap(([n, r]) => adsOf(n, r));
const judged = new Set(all.map((a) => a.record.id));
const silver = silverProfiles(silverAds(index, resolve('../shared/eval')), judged, Number(process.env.CV_CONTRAST ?? 0.5));
console.log(`silver profiles: ${silver.size} duties`);
for (const ad of all) {
  const role = index.roles.get(ad.record.role)!;
  const best = new Map<string, number>();
  ad.clauseVecs.forEach((vs, i) => {
    for (const d of role.duties) best.set(`${d.id}\u0000${i}`, Math.max(0, ...vs.map((v) => cosine(v, silver.get(d.id) ?? new Map()))));
  });
  for (const c of ad.cands) {
    const s = best.get(`${c.dutyId}\u0000${c.itemIndex}`) ?? 0;
    const rowMax = Math.max(...role.duties.map((d) => best.get(`${d.id}\u0000${c.itemIndex}`) ?? 0));
    const rival = Math.max(0, ...role.duties.filter((d) => d.id !== c.dutyId).map((d) => best.get(`${d.id}\u0000${c.itemIndex}`) ?? 0));
    c.x.push(s, s > 0 && s >= rowMax - 1e-9 ? 1 : 0, c.phrasing ? 0 : s, s - rival);
  }
}
const featureNames = [...all[0]!.cands[0]!.names, 'silver', 'silverTop', 'silverNonPhr', 'silverMargin'];
console.log(`${all.length} ads, ${all.reduce((s, a) => s + a.cands.length, 0)} candidate pairs, features: ${featureNames.join(' ')}`);

type Cand = Ad['cands'][number];
// Fold-dependent features, counted on the training sets only: how often this duty's (and this
// pattern's) phrasing matches were right, and how often the duty is covered at all.
interface Stats { dutyPrec: Map<string, number>; patPrec: Map<string, number>; dutyRate: Map<string, number> }
let stats: Stats = { dutyPrec: new Map(), patPrec: new Map(), dutyRate: new Map() };
function statsOf(ads: Ad[]): Stats {
  const cs = ads.flatMap((a) => a.cands.filter((c) => c.key));
  const count = (keyOf: (c: Cand) => string | undefined, sel: (c: Cand) => boolean) => {
    const m = new Map<string, [number, number]>();
    for (const c of cs) {
      const k = keyOf(c);
      if (!k || !sel(c)) continue;
      const v = m.get(k) ?? [0, 0];
      v[0] += c.label;
      v[1] += 1;
      m.set(k, v);
    }
    return m;
  };
  const phr = cs.filter((c) => c.phrasing);
  const prior = phr.filter((c) => c.label).length / phr.length;
  const smooth = (m: Map<string, [number, number]>, p: number, k: number) => new Map([...m].map(([key, [a, n]]) => [key, (a + k * p) / (n + k)]));
  const goldRate = cs.filter((c) => c.label).length / cs.length;
  return {
    dutyPrec: smooth(count((c) => c.dutyId, (c) => c.phrasing), prior, 4),
    patPrec: smooth(count((c) => (c.pattern ? `${c.dutyId} ${c.pattern}` : undefined), (c) => c.phrasing), prior, 4),
    dutyRate: smooth(count((c) => c.dutyId, () => true), goldRate, 20),
  };
}
// Nearest judged items (a fuzzy stand-in for the user's marks): per set and duty, the vectors of
// items judged to cover it, and of items today reports for it that were judged not to.
const itemVecs = new Map(all.map((a) => [a, a.items.map((it) => itemVector(index, it))]));
const judgedBy = new Map<string, Map<string, { v: Vector; label: number }[]>>();
for (const a of all) {
  const bySet = judgedBy.get(a.set) ?? new Map();
  judgedBy.set(a.set, bySet);
  for (const c of a.cands) {
    if (!c.key || !(c.label || c.phrasing)) continue;
    const list = bySet.get(c.dutyId) ?? [];
    list.push({ v: itemVecs.get(a)![c.itemIndex]!, label: c.label });
    bySet.set(c.dutyId, list);
  }
}
const knnCache = new Map<string, [number, number]>();
let knnSets: string[] = [];
function knn(c: Cand, ad: Ad, sets: string[]): [number, number] {
  const k = `${sets.join()}|${ad.record.id}|${c.dutyId}|${c.itemIndex}`;
  const hit = knnCache.get(k);
  if (hit) return hit;
  const v = itemVecs.get(ad)![c.itemIndex]!;
  let pos = 0;
  let neg = 0;
  for (const s of sets) for (const e of judgedBy.get(s)?.get(c.dutyId) ?? []) {
    const x = cosine(v, e.v);
    if (e.label) pos = Math.max(pos, x);
    else neg = Math.max(neg, x);
  }
  knnCache.set(k, [pos, neg]);
  return [pos, neg];
}
const adOf = new Map<Cand, Ad>();
for (const a of all) for (const c of a.cands) adOf.set(c, a);
const extraNames = ['dutyPrec', 'patPrec', 'dutyRate', 'knnPos', 'knnNeg'];
function extra(c: Cand, st: Stats): number[] {
  const phrPrior = 0.8;
  return [
    c.phrasing ? (st.dutyPrec.get(c.dutyId) ?? phrPrior) : 0,
    c.phrasing ? (st.patPrec.get(`${c.dutyId} ${c.pattern}`) ?? st.dutyPrec.get(c.dutyId) ?? phrPrior) : 0,
    st.dutyRate.get(c.dutyId) ?? 0.05,
    ...knn(c, adOf.get(c)!, knnSets.filter((n) => n !== c.set)),
  ];
}
const names = [...featureNames, ...extraNames];
const variantCols = (process.env.CV_FEATURES?.split(',') ?? names).map((n) => names.indexOf(n));
// Training rows get the stats of the other training sets (cross-fitted), test rows those of all.
const statsFor = new Map<string, Stats>();
const row = (c: Cand & { set?: string }) => {
  const x = [...c.x, ...extra(c, statsFor.get(c.set!) ?? stats)];
  return variantCols.map((j) => x[j]!);
};
const MIN_SIM = Number(process.env.CV_MIN_SIM ?? 0);
// filter: the model may only drop today's pairs; add: only add pairs today does not report; both.
const MODE = process.env.CV_MODE ?? 'both';
const eligible = (c: Cand) => (MODE === 'filter' ? c.phrasing : MODE === 'add' ? !c.phrasing && c.sim >= MIN_SIM : c.phrasing || c.sim >= MIN_SIM);
const kept = (c: Cand, m: Model, t: number) => (eligible(c) ? prob(m, row(c)) >= t : MODE === 'add' && c.phrasing);

const summary: { base: Figures[]; model: Figures[] } = { base: [], model: [] };
for (const [held] of SETS) {
  // CV_NO_DEV: fit on the blind sets only (the phrasings were written from align-dev, so its pairs
  // are more often right than on ads nobody read).
  const train = all.filter((a) => a.set !== held && !(process.env.CV_NO_DEV && a.set === 'align-dev'));
  const test = all.filter((a) => a.set === held);
  stats = statsOf(train);
  knnSets = [...new Set(train.map((a) => a.set))];
  statsFor.clear();
  for (const [n] of SETS) if (n !== held && train.some((a) => a.set === n)) statsFor.set(n, statsOf(train.filter((a) => a.set !== n)));
  const tc = train.flatMap((a) => a.cands).filter((c) => c.key !== null && eligible(c));
  const m = GBM ? (fitBoost(tc.map(row), tc.map((c) => c.label)) as unknown as Model) : fit(tc.map(row), tc.map((c) => c.label), Number(process.env.CV_L2 ?? 1e-2));
  // The decision threshold: the best main F1 on the training sets.
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t <= 0.95; t += 0.025) {
    const f = figures(train, (ad) => ad.cands.filter((c) => kept(c, m, t)));
    if (f.f1 > best.f1) best = { t, f1: f.f1 };
  }
  const base = figures(test, (ad) => ad.cands.filter((c) => c.phrasing));
  const got = figures(test, (ad) => ad.cands.filter((c) => kept(c, m, best.t)));
  // Ranking check: the model's top N candidates, N = today's reported pairs on this fold.
  const scored = test.flatMap((a) => a.cands.filter((c) => c.key).map((c) => ({ c, p: prob(m, row(c)) })));
  const n = scored.filter((x) => x.c.phrasing).length;
  const topN = [...scored].sort((x, y) => y.p - x.p).slice(0, n);
  const aucOf = (xs: typeof scored) => {
    const pos = xs.filter((x) => x.c.label), neg = xs.filter((x) => !x.c.label);
    let w = 0;
    for (const a of pos) for (const b of neg) w += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
    return w / Math.max(1, pos.length * neg.length);
  };
  console.log(`   ranking: today ${scored.filter((x) => x.c.phrasing && x.c.label).length}/${n} right; model's top ${n}: ${topN.filter((x) => x.c.label).length}; AUC among today's pairs ${aucOf(scored.filter((x) => x.c.phrasing)).toFixed(3)}`);
  summary.base.push(base);
  summary.model.push(got);
  console.log(`${held.padEnd(10)} today ${show(base)}   model(t ${best.t.toFixed(3)}) ${show(got)}`);
  if (process.env.CV_WEIGHTS) console.log('   ', variantCols.map((c, j) => names[c] + ' ' + m.w[j]!.toFixed(2)).join('  '));
}
const mean = (fs: Figures[], k: keyof Figures) => fs.reduce((s, f) => s + f[k], 0) / fs.length;
for (const k of ['base', 'model'] as const) {
  const fs = summary[k];
  console.log(`mean ${k.padEnd(6)} P ${f3(mean(fs, 'precision'))} R ${f3(mean(fs, 'recall'))} F1 ${f3(mean(fs, 'f1'))} err ${f3(mean(fs, 'coverageError'))}`);
}
const blind = (fs: Figures[]) => fs.slice(1);
for (const k of ['base', 'model'] as const) {
  const fs = blind(summary[k]);
  console.log(`blind-only mean ${k.padEnd(6)} P ${f3(mean(fs, 'precision'))} R ${f3(mean(fs, 'recall'))} F1 ${f3(mean(fs, 'f1'))}`);
}

if (process.env.CV_DIAG) {
  for (const [held] of SETS) {
    const ads = all.filter((a) => a.set === held);
    console.log(`${held} today by reading: ${(['main', 'strict', 'lenient'] as const).map((r) => `${r} ${show(figures(ads, (ad) => ad.cands.filter((c) => c.phrasing), r))}`).join('; ')}`);
    const cs = all.filter((a) => a.set === held).flatMap((a) => a.cands.filter((c) => c.key));
    const goldN = all.filter((a) => a.set === held).reduce((s, a) => s + a.record.gold_ids.length, 0);
    const phr = cs.filter((c) => c.phrasing);
    const non = cs.filter((c) => !c.phrasing);
    const rate = (xs: typeof cs) => `${xs.filter((c) => c.label).length}/${xs.length}`;
    const by = (name: string, lo: number, hi: number, xs: typeof cs) => rate(xs.filter((c) => c.x[featureNames.indexOf(name)]! >= lo && c.x[featureNames.indexOf(name)]! < hi));
    console.log(`${held}: gold ${goldN}, labelled candidates ${cs.filter((c) => c.label).length}; phr ${rate(phr)} single ${by('phrSingle', 1, 2, phr)} multi ${by('phrMulti', 1, 2, phr)}`);
    console.log(`   non-phr by sim: ${[0, 0.1, 0.2, 0.3, 0.4, 0.6].map((lo, k, a) => `[${lo}) ${by('sim', lo, a[k + 1] ?? 9, non)}`).join(' ')}`);
    console.log(`   non-phr by partial: ${[0, 0.01, 0.5, 0.67].map((lo, k, a) => `[${lo}) ${by('partial', lo, a[k + 1] ?? 9, non)}`).join(' ')}`);
    knnSets = SETS.map(([n]) => n);
    const knnBand = (lo: number, hi: number, xs: typeof cs, j: 0 | 1) => rate(xs.filter((c) => { const k = knn(c, adOf.get(c)!, knnSets.filter((n) => n !== held))[j]; return k >= lo && k < hi; }));
    console.log(`   non-phr by nearest judged cover (other sets): ${[0, 0.3, 0.5, 0.7, 0.9].map((lo, k, a) => `[${lo}) ${knnBand(lo, a[k + 1] ?? 9, non, 0)}`).join(' ')}`);
    console.log(`   phr by nearest judged wrong pair (other sets): ${[0, 0.3, 0.5, 0.7, 0.9].map((lo, k, a) => `[${lo}) ${knnBand(lo, a[k + 1] ?? 9, phr, 1)}`).join(' ')}`);
    console.log(`   non-phr by silver: ${[0, 0.1, 0.2, 0.3, 0.4, 0.5].map((lo, k, a) => `[${lo}) ${by('silver', lo, a[k + 1] ?? 9, non)}`).join(' ')}`);
    console.log(`   phr by silver: ${[0, 0.1, 0.2, 0.3, 0.4, 0.5].map((lo, k, a) => `[${lo}) ${by('silver', lo, a[k + 1] ?? 9, phr)}`).join(' ')}`);
    console.log(`   non-phr by vocab: ${[0, 0.2, 0.4, 0.6].map((lo, k, a) => `[${lo}) ${by('vocab', lo, a[k + 1] ?? 9, non)}`).join(' ')}`);
    console.log(`   phr by nDutiesItem: ${[0, 1, 1.5, 2].map((lo, k, a) => `[${lo}) ${by('nDutiesItem', lo, a[k + 1] ?? 9, phr)}`).join(' ')}  by sim: ${[0, 0.1, 0.2, 0.3, 0.5].map((lo, k, a) => `[${lo}) ${by('sim', lo, a[k + 1] ?? 9, phr)}`).join(' ')}`);
  }
}

if (process.env.CV_PRUNE) prune(process.env.CV_PRUNE === 'duty' ? 'duty' : 'pattern', { sets: SETS.map(([n]) => n), all, figures, show });
if (process.env.CV_KINDS) kinds(SETS.map(([n]) => n), all);
