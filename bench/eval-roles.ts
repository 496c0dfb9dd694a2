import type { PartContext } from './run-parts';
import type { MatcherIndex } from '../lib/roles/matcher-index';
import { MARGIN, rankClasses, THRESHOLD } from '../lib/roles/matcher';
import { builtinMatcherIndex } from '../lib/roles/builtin-index';
import { bestSimilarity, SIMILARITY_THRESHOLD } from '../lib/roles/align';
import { halfOf, inputFor, MODES, readSet, SET_FILES, type Mode } from './roles-sets';
import { calibrate, confusionLines, figures, figuresLine, objective, perRoleTable, GRID_THRESHOLDS, type Row, type Rule } from './roles-figures';

/**
 * Role matcher accuracy (issues #4, #12) on every set in ../shared/eval (roles-dev.jsonl,
 * roles-ecom-dev.jsonl), each with its titles and body only (title withheld): the figures of
 * roles-figures.ts, per role, where the errors go, then the split-half check (the decision rule
 * calibrated on one half of every set and mode, measured on the other, both ways) and the
 * measurement behind the duty-alignment threshold.
 */

export { postingFor, readRecords, type EvalRecord } from './roles-sets';

const IN_USE: Rule = { threshold: THRESHOLD, margin: MARGIN };
const MODE_LABEL: Record<Mode, string> = { title: 'with title', body: 'body only' };

interface Group {
  label: string;
  rows: Row[];
  noPosting: number;
}

function groupsOf(evalDir: string, index: MatcherIndex): Group[] {
  const groups: Group[] = [];
  for (const file of SET_FILES) {
    const records = readSet(evalDir, file);
    if (!records.length) continue;
    for (const mode of MODES) {
      const rows = records.map((r): Row => {
        const input = inputFor(r, mode);
        // Where the engine finds no posting (it reads some title-less ads as not-a-job), the
        // matcher still reads the raw text: its own figure. The strict pipeline figure is printed too.
        const fallback = !input;
        const read = input ?? { title: mode === 'title' ? (r.title ?? '') : '', duties: [], requirements: [], body: r.text };
        return { r, set: file, mode, scored: rankClasses(index, read).scored, fallback };
      });
      groups.push({ label: `${file.replace('.jsonl', '')}, ${MODE_LABEL[mode]}`, rows, noPosting: rows.filter((x) => x.fallback).length });
    }
  }
  return groups;
}

/** Item-to-duty similarity on real postings: own role's duties versus an unrelated role's. */
function dutyAlignment(index: MatcherIndex, rows: readonly Row[]): void {
  const postings: { roleId: string; items: string[] }[] = [];
  for (const row of rows) {
    const input = row.r.accept?.length === 1 ? inputFor(row.r, 'title') : null;
    if (input?.duties.length) postings.push({ roleId: row.r.accept![0]!, items: input.duties });
  }
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
  const share = (xs: number[], t: number) => (xs.filter((x) => x >= t).length / Math.max(1, xs.length)).toFixed(3);
  console.log(`duty alignment (${own.length} duty items of single-role postings, roles-dev): share of items covering a duty`);
  for (const t of [0.14, 0.18, 0.2, 0.22, 0.26, 0.3]) {
    console.log(`  threshold ${t.toFixed(2)}${t === SIMILARITY_THRESHOLD ? ' (used)' : '       '}: own role ${share(own, t)}  unrelated role ${share(other, t)}`);
  }
}

export default async function evalRoles(ctx: PartContext): Promise<void> {
  if (!ctx.evalDir) return console.log('no eval data: skipped');
  const index = builtinMatcherIndex();
  const groups = groupsOf(ctx.evalDir, index);
  console.log(`pipeline: extractFromText + matcher on the first posting (as analyze --jsonl); rule in use: threshold ${THRESHOLD}, margin ${MARGIN}`);
  for (const g of groups) {
    console.log(figuresLine(g.label, figures(g.rows, IN_USE)));
    if (g.noPosting) {
      const strict = g.rows.map((row) => (row.fallback ? { ...row, scored: [] } : row));
      console.log(figuresLine(`  strict pipeline (${g.noPosting} ads with no posting found count as no role)`, figures(strict, IN_USE)));
    }
  }
  console.log('per role, top-1 / right (assigned and right), and n:');
  for (const line of perRoleTable(groups.map((g) => ({ label: g.label.replace('roles-', '').replace('-dev', ''), f: figures(g.rows, IN_USE) })))) console.log(line);
  for (const g of groups) {
    console.log(`confusion, ${g.label} (gold = first accepted id; a prediction in accept counts as gold):`);
    for (const line of confusionLines(g.rows, IN_USE)) console.log(line);
  }

  // The split-half check: one rule for every set and mode, calibrated on one half, measured on the other.
  const all = groups.map((g) => g.rows);
  const halves = (h: 0 | 1) => all.map((rows) => rows.filter((row) => halfOf(row.r.id) === h));
  for (const [fit, test] of [[0, 1], [1, 0]] as const) {
    const rule = calibrate(halves(fit));
    console.log(`rule calibrated on half ${fit}: threshold ${rule.threshold}, margin ${rule.margin}; measured on half ${test}:`);
    groups.forEach((g, i) => console.log(figuresLine(`  ${g.label}`, figures(halves(test)[i]!, rule))));
  }
  const best = calibrate(all);
  const plateau = GRID_THRESHOLDS.filter((t) => objective(all, { threshold: t, margin: MARGIN }) >= best.value - 1e-12);
  console.log(`rule calibrated on all: threshold ${best.threshold}, margin ${best.margin} (objective ${best.value.toFixed(4)})`);
  console.log(
    `  in use ${THRESHOLD} / ${MARGIN}: objective ${objective(all, IN_USE).toFixed(4)}; at margin ${MARGIN} the best value is reached for ` +
      (plateau.length ? `thresholds ${plateau[0]}-${plateau[plateau.length - 1]}` : 'no threshold'),
  );
  dutyAlignment(index, groups[0]?.rows ?? []);
}
