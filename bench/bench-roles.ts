import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { PartContext } from './run-parts';
import { readRecords, type EvalRecord } from './roles-sets';
import { extractFromText } from '../lib/extract/index';
import { resultOutput } from '../lib/cli/output';
import { builtinRoles } from '../lib/roles/library';
import { buildIndex, type MatcherIndex } from '../lib/roles/matcher-index';
import { parseBodyModel } from '../lib/roles/body-model-file';
import modelData from '../lib/roles/data/body-model.json';
import { matchPosting } from '../lib/roles/matcher';
import { matchInputOf, roleFieldsOf } from '../lib/roles/analyze';

/**
 * Time to analyze all of roles-dev.jsonl in one process (issues #4, #12: under 2 s), the way
 * `analyze --jsonl` does it: extractFromText, then the matcher with the body model, then the JSON
 * line. Reports the first pass (cold: includes building the matcher index, parsing the model and
 * JIT warm-up), the best of 3 warm passes with the extraction and matching shares, the wall time
 * of the real CLI process, and the model's size.
 */

function analyzeAll(records: EvalRecord[], index: MatcherIndex): number {
  let bytes = 0;
  for (const r of records) {
    const result = extractFromText(r.text, { title: r.title ?? undefined });
    bytes += JSON.stringify({ id: r.id, ...resultOutput(result, index) }).length;
  }
  return bytes;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

export default async function benchRoles(ctx: PartContext): Promise<void> {
  if (!ctx.evalDir) return console.log('no eval data: skipped');
  const records = readRecords(ctx.evalDir);

  const t0 = performance.now();
  const library = buildIndex(builtinRoles(0));
  const tIndex = performance.now() - t0;
  const bodyModel = parseBodyModel(modelData);
  const tModel = performance.now() - t0 - tIndex;
  const index: MatcherIndex = { ...library, bodyModel };
  analyzeAll(records, index);
  const cold = performance.now() - t0;

  let warm = Infinity;
  let extractOnly = Infinity;
  let matchOnly = Infinity;
  let matchFull = Infinity;
  const postings = records.map((r) => extractFromText(r.text, { title: r.title ?? undefined }).postings);
  for (let run = 0; run < 3; run++) {
    let t = performance.now();
    analyzeAll(records, index);
    warm = Math.min(warm, performance.now() - t);
    t = performance.now();
    for (const r of records) extractFromText(r.text, { title: r.title ?? undefined });
    extractOnly = Math.min(extractOnly, performance.now() - t);
    t = performance.now();
    for (const list of postings) for (const p of list) roleFieldsOf(index, p);
    matchOnly = Math.min(matchOnly, performance.now() - t);
    t = performance.now();
    for (const list of postings) for (const p of list) matchPosting(index, matchInputOf(p));
    matchFull = Math.min(matchFull, performance.now() - t);
  }
  console.log(`roles-dev: ${records.length} postings analyzed in one process (extraction + matching + JSON)`);
  console.log(`  cold, first pass incl. index build: ${ms(cold)} (index build ${ms(tIndex)}, body model parsed in ${ms(tModel)})`);
  console.log(`  warm, best of 3: ${ms(warm)} = ${(warm / records.length).toFixed(2)} ms a posting`);
  console.log(`  of which extraction ${ms(extractOnly)}, matching ${ms(matchOnly)} (${((matchOnly / records.length) * 1000).toFixed(0)} µs a posting)`);
  console.log(`  matching with evidence (duty alignment + terms, as the popup asks): ${ms(matchFull)} (${((matchFull / records.length) * 1000).toFixed(0)} µs a posting)`);
  let libraryOnly = Infinity;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    for (const list of postings) for (const p of list) roleFieldsOf(library, p);
    libraryOnly = Math.min(libraryOnly, performance.now() - t);
  }
  console.log(`  matching without the body model (library only), for comparison: ${ms(libraryOnly)}`);
  const raw = Buffer.byteLength(JSON.stringify(modelData));
  const file = readFileSync(resolve('lib/roles/data/body-model.json'));
  console.log(
    `  body model: ${bodyModel.terms.length} terms x ${bodyModel.classes.length} classes; lib/roles/data/body-model.json ${(file.length / 1024).toFixed(0)} KB, ` +
      `${(gzipSync(file, { level: 9 }).length / 1024).toFixed(0)} KB gzip (${(raw / 1024).toFixed(0)} KB as parsed JSON)`,
  );

  // The real thing: the CLI as a user runs it, one process over the whole file.
  const input = records.map((r) => JSON.stringify({ id: r.id, text: r.text, ...(r.title ? { title: r.title } : {}) })).join('\n');
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve('lib/cli/main.ts'), 'analyze', '--jsonl'], {
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = performance.now() - t;
  const lines = run.stdout.toString().split('\n').filter(Boolean).length;
  console.log(`  cli analyze --jsonl, whole process (node + tsx startup included): ${ms(wall)}, ${lines} lines, exit ${run.status}`);
}
