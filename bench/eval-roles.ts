import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartContext } from './run-parts';
import { extractFromText, type ExtractedWithBody } from '../lib/extract/index';
import type { MatcherIndex } from '../lib/roles/matcher-index';
import { abstainReason, MARGIN, rankClasses, THRESHOLD, type Scored } from '../lib/roles/matcher';
import { matchInputOf } from '../lib/roles/analyze';
import { builtinMatcherIndex } from '../lib/roles/builtin-index';
import { bestSimilarity, SIMILARITY_THRESHOLD } from '../lib/roles/align';

/**
 * Role matcher accuracy on ../shared/eval/roles-dev.jsonl (issue #4): micro/macro top-1 accuracy
 * over records with a non-empty `accept` (abstaining counts as wrong), the share of those given a
 * role, the abstention rate on `accept == []`, a confusion table; then the thresholds calibrated on
 * one half of the records and measured on the other (the overfitting check), and the measurement
 * behind the duty-alignment threshold. Runs the same pipeline as `analyze --jsonl`: the extraction
 * engine's extractFromText(text, {title}), then the matcher on its first posting.
 */

export interface EvalRecord {
  id: string;
  title: string;
  text: string;
  accept: string[] | null;
}

export function readRecords(evalDir: string): EvalRecord[] {
  return readFileSync(join(evalDir, 'roles-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalRecord);
}

/**
 * The posting `analyze --jsonl` would print for a record: the first of extractFromText(text,
 * {title}). null when the engine finds none (then analyze prints no posting, so no role either).
 */
export function postingFor(r: EvalRecord): ExtractedWithBody | null {
  return extractFromText(r.text, { title: r.title ?? undefined }).postings[0] ?? null;
}

interface Row {
  r: EvalRecord;
  scored: Scored[];
}

interface Figures {
  micro: number;
  macro: number;
  assigned: number;
  abstention: number;
  labelled: number;
  none: number;
}

function decide(row: Row, threshold: number, margin: number): string | null {
  return abstainReason(row.scored, threshold, margin) ? null : row.scored[0]!.cls.id;
}

export function figures(rows: Row[], threshold: number, margin: number): Figures {
  const perClass = new Map<string, { right: number; n: number }>();
  let right = 0;
  let assigned = 0;
  let labelled = 0;
  let none = 0;
  let abstained = 0;
  for (const row of rows) {
    const accept = row.r.accept;
    if (accept === null) continue;
    const got = decide(row, threshold, margin);
    if (accept.length === 0) {
      none += 1;
      if (got === null) abstained += 1;
      continue;
    }
    labelled += 1;
    const ok = got !== null && accept.includes(got);
    if (got !== null) assigned += 1;
    if (ok) right += 1;
    const c = perClass.get(accept[0]!) ?? { right: 0, n: 0 };
    c.n += 1;
    if (ok) c.right += 1;
    perClass.set(accept[0]!, c);
  }
  const macro = [...perClass.values()].reduce((s, c) => s + c.right / c.n, 0) / Math.max(1, perClass.size);
  return {
    micro: right / Math.max(1, labelled),
    macro,
    assigned: assigned / Math.max(1, labelled),
    abstention: abstained / Math.max(1, none),
    labelled,
    none,
  };
}

/**
 * The calibration rule: the grid point (threshold 0.05-0.90, margin 0-0.40, steps of 0.01) that
 * maximises the mean of micro accuracy, macro accuracy and the abstention rate; among equal
 * points the highest threshold, then the highest margin (the most cautious of equals).
 */
export function calibrate(rows: Row[]): { threshold: number; margin: number; value: number } {
  let best = { threshold: THRESHOLD, margin: MARGIN, value: -1 };
  for (const threshold of GRID_THRESHOLDS) {
    for (let mi = 0; mi <= 40; mi++) {
      const value = objective(rows, threshold, mi / 100);
      if (value >= best.value - 1e-12) best = { threshold, margin: mi / 100, value };
    }
  }
  return best;
}

const GRID_THRESHOLDS = Array.from({ length: 86 }, (_, i) => (i + 5) / 100);

/** What the calibration maximises. */
function objective(rows: Row[], threshold: number, margin: number): number {
  const f = figures(rows, threshold, margin);
  return (f.micro + f.macro + f.abstention) / 3;
}

const pct = (x: number) => x.toFixed(3);

function printFigures(label: string, f: Figures): void {
  console.log(
    `${label}: micro ${pct(f.micro)}  macro ${pct(f.macro)}  assigned ${pct(f.assigned)} (of ${f.labelled} labelled)  abstention ${pct(f.abstention)} (of ${f.none} accept==[])`,
  );
}

function confusion(rows: Row[]): void {
  const table = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!row.r.accept?.length) continue;
    const got = decide(row, THRESHOLD, MARGIN);
    const gold = row.r.accept[0]!;
    const col = got === null ? '(none)' : row.r.accept.includes(got) ? gold : got;
    const line = table.get(gold) ?? new Map<string, number>();
    line.set(col, (line.get(col) ?? 0) + 1);
    table.set(gold, line);
  }
  console.log('confusion (gold = first accepted id; a prediction in accept counts as gold):');
  for (const [gold, line] of [...table.entries()].sort()) {
    const cells = [...line.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k === gold ? 'ok' : k} ${n}`);
    console.log(`  ${gold.padEnd(22)} ${cells.join(', ')}`);
  }
  const falseRoles = new Map<string, number>();
  for (const row of rows) {
    if (row.r.accept?.length !== 0) continue;
    const got = decide(row, THRESHOLD, MARGIN);
    if (got) falseRoles.set(got, (falseRoles.get(got) ?? 0) + 1);
  }
  console.log(`  accept==[] given a role: ${[...falseRoles.entries()].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
}

/** Item-to-duty similarity on real postings: own role's duties versus an unrelated role's. */
function dutyAlignment(index: MatcherIndex, postings: { roleId: string; items: string[] }[]): void {
  const department = (id: string) => index.roles.get(id)!.department;
  const ids = [...index.roles.keys()];
  const own: number[] = [];
  const other: number[] = [];
  for (const { roleId, items } of postings) {
    const unrelated = ids.filter((id) => department(id) !== department(roleId));
    items.forEach((item, i) => {
      own.push(bestSimilarity(index, item, index.duties.get(roleId)!));
      // A fixed, spread-out choice of unrelated role per item: deterministic, no sampling.
      const o = unrelated[(i + roleId.length) % unrelated.length]!;
      other.push(bestSimilarity(index, item, index.duties.get(o)!));
    });
  }
  console.log(`duty alignment (${own.length} duty items of single-role postings): share of items covering a duty`);
  for (const t of [0.14, 0.18, 0.2, 0.22, 0.26, 0.3]) {
    const a = own.filter((x) => x >= t).length / Math.max(1, own.length);
    const b = other.filter((x) => x >= t).length / Math.max(1, other.length);
    console.log(`  threshold ${t.toFixed(2)}${t === SIMILARITY_THRESHOLD ? ' (used)' : '       '}: own role ${pct(a)}  unrelated role ${pct(b)}`);
  }
}

export default async function evalRoles(ctx: PartContext): Promise<void> {
  if (!ctx.evalDir) return console.log('no eval data: skipped');
  const records = readRecords(ctx.evalDir);
  const index = builtinMatcherIndex();
  const rows: Row[] = [];
  const alignment: { roleId: string; items: string[] }[] = [];
  let noPosting = 0;
  for (const r of records) {
    const posting = postingFor(r);
    if (!posting) noPosting += 1;
    rows.push({ r, scored: posting ? rankClasses(index, matchInputOf(posting)).scored : [] });
    if (posting && r.accept?.length === 1 && posting.duties.length) alignment.push({ roleId: r.accept[0]!, items: posting.duties });
  }
  console.log(
    `pipeline: extractFromText + matcher (as analyze --jsonl); ${records.length} records, ${noPosting} with no posting found (no role); threshold ${THRESHOLD}, margin ${MARGIN}`,
  );
  printFigures('roles-dev', figures(rows, THRESHOLD, MARGIN));
  if (noPosting) {
    // What the matcher alone would make of the records the engine found no posting in.
    const fallback = rows.map((row) =>
      row.scored.length ? row : { r: row.r, scored: rankClasses(index, { title: row.r.title ?? '', duties: [], requirements: [], body: row.r.text }).scored },
    );
    printFigures('  (matcher on title + text where no posting was found)', figures(fallback, THRESHOLD, MARGIN));
  }
  confusion(rows);

  const half = (parity: number) => rows.filter((row) => Number(row.r.id.replace(/\D/g, '')) % 2 === parity);
  for (const [fit, test, label] of [[half(0), half(1), 'even -> odd'], [half(1), half(0), 'odd -> even']] as const) {
    const c = calibrate(fit);
    console.log(`calibrated on ${label.split(' ')[0]} ids: threshold ${c.threshold}, margin ${c.margin}`);
    printFigures(`  measured on ${label.split(' ')[2]} ids`, figures(test, c.threshold, c.margin));
  }
  const all = calibrate(rows);
  console.log(`calibrated on all records: threshold ${all.threshold}, margin ${all.margin} (objective ${all.value.toFixed(4)})`);
  // Where the point in use stands: the thresholds that reach the best value at its margin.
  const plateau = GRID_THRESHOLDS.filter((t) => objective(rows, t, MARGIN) >= all.value - 1e-12);
  console.log(
    `  in use ${THRESHOLD} / ${MARGIN}: objective ${objective(rows, THRESHOLD, MARGIN).toFixed(4)}; at margin ${MARGIN} the best value is reached for ` +
      (plateau.length ? `thresholds ${plateau[0]}-${plateau[plateau.length - 1]}` : 'no threshold'),
  );
  dutyAlignment(index, alignment);
}
