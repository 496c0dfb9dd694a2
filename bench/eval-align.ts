import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PartContext } from './run-parts';
import { figuresOf, readAlignRecords, splitKey, type AdScore, type AlignRecord, type Figures, type Reading } from './align-gold';
import { ablations, calibrate, halves, IN_USE, prepare, run, runBefore, type Prepared, type Settings } from './align-runs';
import { readSelfCheck } from './align-selfcheck';

/**
 * Duty alignment on ../shared/eval/align-dev.jsonl (issue #11), scored as align-dev.md says: each
 * ad's text through the path of `compare FILE --role R --title T --json` (extractFromText with the
 * title, then compareWithRole for every posting); every `covered` entry is one reported pair.
 * Prints pair precision / recall / F1 (micro), duty-level recall and the per-ad coverage error for
 * the main, strict and lenient readings, a bootstrap interval, per-role figures, what each
 * mechanism earns, the settings calibrated on one half of the ads and measured on the other (both
 * ways), and the misses by id. `npm run eval -- align`; ALIGN_GOLD=file.jsonl scores another file
 * of the same format (e.g. a second, independently judged set).
 */

const f3 = (x: number) => x.toFixed(3);
function line(label: string, f: Figures): string {
  return `${label.padEnd(8)} P ${f3(f.precision)} (${f.tp}/${f.reported})  R ${f3(f.recall)} (${f.tp}/${f.gold})  F1 ${f3(f.f1)}  duty recall ${f3(f.dutyRecall)}  coverage error ${f3(f.coverageError)}`;
}
const describe = (s: Settings) => `span ${s.span}, bare threshold ${s.bareThreshold}`;

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

function splitHalf(prepared: readonly Prepared[], records: readonly AlignRecord[]): void {
  const [a, b] = halves(records);
  for (const [fit, test, label] of [[a, b, 'A -> B'], [b, a, 'B -> A']] as const) {
    const c = calibrate(prepared, fit);
    const held = prepared.filter((p) => test.has(p.record.id));
    console.log(`split half ${label}: calibrated on ${fit.size} ads (F1 ${f3(c.f1)}): ${describe(c.settings)}`);
    console.log(`  measured on the other ${test.size}: ${line('', figuresOf(run(held, c.settings), 'main'))}`);
    console.log(`  settings in use on the same ${test.size}: ${line('', figuresOf(run(held), 'main'))}`);
    console.log(`  without phrasings, bare threshold ${c.settings.bareThreshold}, on the other ${test.size}: ${line('', figuresOf(run(held, { ...c.settings, phrasings: false }), 'main'))}`);
  }
  const all = calibrate(prepared, new Set(records.map((r) => r.id)));
  console.log(`calibrated on all ${records.length} ads: ${describe(all.settings)} (F1 ${f3(all.f1)}); in use: ${describe(IN_USE)}`);
}

function misses(ads: readonly AdScore[], records: readonly AlignRecord[], title = 'misses by ad'): void {
  const items = new Map(records.map((r) => [r.id, r.items]));
  const cut = (s: string) => (s.length > 36 ? `${s.slice(0, 35)}…` : s).replace(/\s+/g, ' ');
  const show = (id: string, k: string) => {
    const [duty, i] = splitKey(k);
    return `${duty.replace(/^[^.]+\./, '')}<-#${i} ${cut(items.get(id)![i]!)}`;
  };
  console.log(`${title} (main reading): "-" a gold pair not reported, "+" a reported pair not in gold [why]`);
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
  if (!ctx.evalDir && !process.env.ALIGN_GOLD) return console.log('no eval data: skipped');
  const file = process.env.ALIGN_GOLD;
  const records = file ? readAlignRecords('', file) : readAlignRecords(ctx.evalDir!);
  const prepared = prepare(records);
  const ads = run(prepared);
  const unmapped = ads.reduce((s, a) => s + a.unmappedGold, 0);
  const unjudged = ads.reduce((s, a) => s + a.unjudged, 0);
  console.log(`pipeline: extractFromText + compareWithRole (as compare --json); ${records.length} ads; ${describe(IN_USE)}`);
  console.log(`unmapped gold pairs ${unmapped}, unjudged reported pairs ${unjudged}`);
  for (const reading of ['main', 'strict', 'lenient'] as Reading[]) console.log(line(reading, figuresOf(ads, reading)));
  console.log(bootstrap(ads));
  console.log(`before issue #11 (one best whole item per duty, similarity 0.2): ${line('', figuresOf(runBefore(prepared), 'main'))}`);

  console.log('per role (main):');
  for (const role of [...new Set(ads.map((a) => a.role))]) console.log(`  ${line(role.padEnd(22), figuresOf(ads.filter((a) => a.role === role), 'main'))}`);

  console.log('what each mechanism earns (main):');
  for (const { label, ads: x } of ablations(prepared)) console.log(`  ${label.padEnd(48)} ${line('', figuresOf(x, 'main'))}`);
  splitHalf(prepared, records);
  // The self-check reads its ads from the role files: a folder holding only an align-dev.jsonl
  // (another judged set scored as `ROLECLIP_EVAL_DIR=dir npm run eval -- align`) has none.
  const selfChecked = !file && existsSync(join(ctx.evalDir!, 'roles-ecom-dev.jsonl')) ? selfCheck(ctx.evalDir!) : [];
  misses(ads, records);
  for (const s of selfChecked) misses(s.ads, s.records, `self-check ${s.set} misses`);
}

/** The implementer's own judged set (align-selfcheck.ts): weaker evidence, printed apart. */
function selfCheck(evalDir: string): { set: string; ads: AdScore[]; records: AlignRecord[] }[] {
  return (['A', 'B'] as const).map((set) => {
    const records = readSelfCheck(evalDir, set);
    const prepared = prepare(records);
    const pairs = records.reduce((n, r) => n + r.gold_ids.length, 0);
    console.log(`self-check ${set} (${records.length} other ads judged by the implementer, ${pairs} pairs; see bench/align-selfcheck.ts):`);
    const ads = run(prepared);
    for (const reading of ['main', 'strict', 'lenient'] as Reading[]) console.log(`  ${line(reading, figuresOf(ads, reading))}`);
    console.log(`  ${line('before', figuresOf(runBefore(prepared), 'main'))}`);
    return { set, ads, records };
  });
}
