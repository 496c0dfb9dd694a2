import type { PartContext } from './run-parts';
import { extractFromText } from '../lib/extract/index';
import { compareReports } from '../lib/cli/commands/compare';
import { builtinMatcherIndex } from '../lib/roles/builtin-index';
import { COVER_THRESHOLD as ALIGN_THRESHOLD } from '../lib/roles/cover';
import { figuresOf, readAlignRecords, scoreAd, splitKey, type AdScore, type AlignRecord, type Figures, type Reading, type Reported } from './align-gold';

/**
 * Duty alignment on ../shared/eval/align-dev.jsonl (issue #11), scored as align-dev.md says: each
 * ad's text through the path of `compare FILE --role R --title T --json` (extractFromText with the
 * title, then compareWithRole for every posting); every `covered` entry is one reported pair.
 * Prints pair precision / recall / F1 (micro), duty-level recall and the per-ad coverage error for
 * the main, strict and lenient readings, a bootstrap interval, per-role figures, the threshold
 * calibrated on one half of the ads and measured on the other (both ways), and the misses by id.
 */

const index = builtinMatcherIndex();

function reportedFor(r: AlignRecord, threshold?: number): Reported {
  const reports = compareReports(index, r.role, extractFromText(r.text, { title: r.title }), threshold);
  return {
    items: reports.flatMap((x) => x.posting.duties),
    // Several postings: later postings' item indexes would collide, so each is offset.
    pairs: reports.flatMap((x, n) => {
      const offset = reports.slice(0, n).reduce((s, y) => s + y.posting.duties.length, 0);
      return x.comparison.covered.map((c) => ({ dutyId: c.dutyId, itemIndex: c.itemIndex + offset, item: c.item, clause: c.clause, via: c.via }));
    }),
  };
}

function scoreAll(records: readonly AlignRecord[], threshold?: number): AdScore[] {
  return records.map((r) => scoreAd(r, index.roles.get(r.role)?.duties ?? [], reportedFor(r, threshold)));
}

const f3 = (x: number) => x.toFixed(3);
function line(label: string, f: Figures): string {
  return `${label.padEnd(8)} P ${f3(f.precision)} (${f.tp}/${f.reported})  R ${f3(f.recall)} (${f.tp}/${f.gold})  F1 ${f3(f.f1)}  duty recall ${f3(f.dutyRecall)}  coverage error ${f3(f.coverageError)}`;
}

// A small deterministic generator for the bootstrap (mulberry32).
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bootstrap(ads: readonly AdScore[], rounds = 1000): string {
  const next = rng(20250214);
  const stats: Record<'precision' | 'recall' | 'f1', number[]> = { precision: [], recall: [], f1: [] };
  for (let b = 0; b < rounds; b++) {
    const f = figuresOf(Array.from({ length: ads.length }, () => ads[Math.floor(next() * ads.length)]!), 'main');
    stats.precision.push(f.precision);
    stats.recall.push(f.recall);
    stats.f1.push(f.f1);
  }
  const ci = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    return `${f3(xs[Math.floor(rounds * 0.025)]!)}-${f3(xs[Math.floor(rounds * 0.975)]!)}`;
  };
  return `bootstrap 95% (main, over ads): P ${ci(stats.precision)}  R ${ci(stats.recall)}  F1 ${ci(stats.f1)}`;
}

const GRID = Array.from({ length: 61 }, (_, i) => 0.1 + i / 100);

/** The threshold that maximises main-reading F1 on a set of ads (the highest among equals). */
function calibrate(byThreshold: Map<number, AdScore[]>, ids: Set<string>): { threshold: number; f1: number } {
  let best = { threshold: ALIGN_THRESHOLD, f1: -1 };
  for (const [t, ads] of byThreshold) {
    const f = figuresOf(ads.filter((a) => ids.has(a.id)), 'main').f1;
    if (f >= best.f1 - 1e-12) best = { threshold: t, f1: f };
  }
  return best;
}

/** Halves stratified by role: within each role, ads in id order alternate between A and B. */
function halves(records: readonly AlignRecord[]): [Set<string>, Set<string>] {
  const a = new Set<string>();
  const b = new Set<string>();
  const roles = [...new Set(records.map((r) => r.role))];
  for (const role of roles) {
    records
      .filter((r) => r.role === role)
      .map((r) => r.id)
      .sort()
      .forEach((id, i) => (i % 2 ? b : a).add(id));
  }
  return [a, b];
}

function misses(ads: readonly AdScore[], records: readonly AlignRecord[]): void {
  const items = new Map(records.map((r) => [r.id, r.items]));
  const cut = (s: string) => (s.length > 36 ? `${s.slice(0, 35)}…` : s).replace(/\s+/g, ' ');
  const show = (id: string, k: string) => {
    const [duty, i] = splitKey(k);
    return `${duty.replace(/^[^.]+\./, '')}<-#${i} ${cut(items.get(id)![i]!)}`;
  };
  console.log('misses by ad (main reading): "-" a gold pair not reported, "+" a reported pair not in gold');
  for (const a of ads) {
    const missed = [...a.gold.main].filter((k) => !a.reported.has(k));
    const wrong = [...a.reported].filter((k) => !a.gold.main.has(k));
    if (!missed.length && !wrong.length) continue;
    console.log(`  ${a.id} (${a.role})`);
    for (const k of missed) console.log(`    - ${show(a.id, k)}`);
    for (const k of wrong) console.log(`    + ${show(a.id, k)}  [${a.why.get(k) ?? ''}]`);
  }
}

export default async function evalAlign(ctx: PartContext): Promise<void> {
  if (!ctx.evalDir) return console.log('no eval data: skipped');
  const records = readAlignRecords(ctx.evalDir);
  const ads = scoreAll(records);
  const unmapped = ads.reduce((s, a) => s + a.unmappedGold, 0);
  const unjudged = ads.reduce((s, a) => s + a.unjudged, 0);
  console.log(
    `pipeline: extractFromText + compareWithRole (as compare --json); ${records.length} ads, threshold ${ALIGN_THRESHOLD}; ` +
      `unmapped gold pairs ${unmapped}, unjudged reported pairs ${unjudged}`,
  );
  for (const reading of ['main', 'strict', 'lenient'] as Reading[]) console.log(line(reading, figuresOf(ads, reading)));
  console.log(bootstrap(ads));

  console.log('per role (main):');
  for (const role of [...new Set(ads.map((a) => a.role))]) {
    console.log(`  ${line(role.padEnd(22), figuresOf(ads.filter((a) => a.role === role), 'main'))}`);
  }

  const byThreshold = new Map(GRID.map((t) => [t, scoreAll(records, t)]));
  const [a, b] = halves(records);
  for (const [fit, test, label] of [[a, b, 'A -> B'], [b, a, 'B -> A']] as const) {
    const c = calibrate(byThreshold, fit);
    const measured = figuresOf(byThreshold.get(c.threshold)!.filter((x) => test.has(x.id)), 'main');
    console.log(`split half ${label}: calibrated threshold ${c.threshold.toFixed(2)} (F1 ${f3(c.f1)} on ${fit.size} ads); on the other ${test.size}: ${line('', measured)}`);
    const inUse = figuresOf(ads.filter((x) => test.has(x.id)), 'main');
    console.log(`  (threshold in use on the same ${test.size}: ${line('', inUse)})`);
  }
  const all = calibrate(byThreshold, new Set(records.map((r) => r.id)));
  const plateau = GRID.filter((t) => figuresOf(byThreshold.get(t)!, 'main').f1 >= all.f1 - 0.005);
  console.log(
    `calibrated on all ads: threshold ${all.threshold.toFixed(2)} (F1 ${f3(all.f1)}); within 0.005 of it: ${plateau[0]?.toFixed(2)}-${plateau[plateau.length - 1]?.toFixed(2)}`,
  );
  misses(ads, records);
}
