/**
 * Scores the comparison on several judged sets under named settings, figures only (no ad text, no
 * misses): `npx tsx scripts/align-compare.ts SETTINGS_JSON DIR...` where each DIR holds an
 * align-dev.jsonl; SETTINGS_JSON maps a label to CoverOptions, e.g. '{"off":{"synonyms":false},"on":{}}'.
 * Also prints each set's two halves (bench/align-runs.ts halves) so a choice made on one half can be
 * read on the other.
 */
import '../lib/text/opencc';
import { figuresOf, readAlignRecords, type AdScore } from '../bench/align-gold';
import { halves, prepare, run, IN_USE } from '../bench/align-runs';

const settings = JSON.parse(process.argv[2]!) as Record<string, object>;
const dirs = process.argv.slice(3);
const f3 = (x: number) => x.toFixed(3);
const fmt = (ads: AdScore[]) => {
  const f = figuresOf(ads, 'main');
  return `P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} err ${f3(f.coverageError)} (${f.tp}/${f.reported}/${f.gold})`;
};
const all: Record<string, AdScore[]> = {};
for (const dir of dirs) {
  const records = readAlignRecords(dir);
  const prepared = prepare(records);
  const [a, b] = halves(records);
  for (const [label, s] of Object.entries(settings)) {
    const ads = run(prepared, { ...IN_USE, ...s });
    (all[label] ??= []).push(...ads);
    console.log(`${dir.split('/').pop()!.padEnd(10)} ${label.padEnd(12)} all ${fmt(ads)} | A ${fmt(ads.filter((x) => a.has(x.id)))} | B ${fmt(ads.filter((x) => b.has(x.id)))}`);
  }
}
for (const [label, ads] of Object.entries(all)) console.log(`${'pooled'.padEnd(10)} ${label.padEnd(12)} all ${fmt(ads)}`);
