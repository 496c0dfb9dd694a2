import { abstainReason, ruleFor, type Scored } from '../lib/roles/matcher';
import type { DecisionRule, Rule } from '../lib/roles/rule';
import type { EvalRecord, Mode } from './roles-sets';

/**
 * The role eval's measures, over records with a usable label (`accept` not null):
 * - top-1: the best-ranked role is in `accept` (whether or not the matcher dared assign it; what
 *   the popup shows first), micro over records and macro over the first accepted id;
 * - right: a role was assigned and it is in `accept` (an abstention counts as wrong);
 * - assigned: a role was assigned at all; precision: right / assigned;
 * - abstention: no role on the `accept == []` records (jobs outside the team).
 */

export interface Row {
  r: EvalRecord;
  set: string;
  mode: Mode;
  /** Every class, best first; empty when nothing was read. */
  scored: Scored[];
  /** The title named a job the alias table knows: the titled rule applies. */
  titled: boolean;
  /** The title is worded as a post no alias explains (rule.ts ruleFor). */
  unexplained?: boolean;
  /** The engine found no posting: the matcher read the record's raw text instead. */
  fallback?: boolean;
  /** The rule that decides this row instead of the one given (the k-fold check: its fold's own). */
  rule?: DecisionRule;
}

export type { DecisionRule, Rule };

/** One rule for both kinds of posting (the library-only matcher's). */
export const both = (rule: Rule): DecisionRule => ({ titled: rule, untitled: rule });

export interface Figures {
  top1: number;
  top1Macro: number;
  right: number;
  rightMacro: number;
  assigned: number;
  precision: number;
  abstention: number;
  labelled: number;
  none: number;
  perRole: Map<string, { n: number; top1: number; right: number }>;
}

export function decide(row: Row, rule: DecisionRule): string | null {
  return row.scored.length && !abstainReason(row.scored, ruleFor(row.rule ?? rule, row.titled, !!row.unexplained)) ? row.scored[0]!.cls.id : null;
}

export function topRole(row: Row): string | null {
  return row.scored.find((s) => s.cls.kind === 'role' && s.score > 0)?.cls.id ?? null;
}

export function figures(rows: readonly Row[], rule: DecisionRule): Figures {
  const perRole = new Map<string, { n: number; top1: number; right: number }>();
  let top1 = 0;
  let right = 0;
  let assigned = 0;
  let labelled = 0;
  let none = 0;
  let abstained = 0;
  for (const row of rows) {
    const accept = row.r.accept;
    if (accept === null) continue;
    const got = decide(row, rule);
    if (accept.length === 0) {
      none += 1;
      if (got === null) abstained += 1;
      continue;
    }
    labelled += 1;
    const top = topRole(row);
    const okTop = top !== null && accept.includes(top);
    const ok = got !== null && accept.includes(got);
    if (got !== null) assigned += 1;
    top1 += Number(okTop);
    right += Number(ok);
    const c = perRole.get(accept[0]!) ?? { n: 0, top1: 0, right: 0 };
    c.n += 1;
    c.top1 += Number(okTop);
    c.right += Number(ok);
    perRole.set(accept[0]!, c);
  }
  const roles = [...perRole.values()];
  const macro = (k: 'top1' | 'right') => roles.reduce((s, c) => s + c[k] / c.n, 0) / Math.max(1, roles.length);
  return {
    top1: top1 / Math.max(1, labelled),
    top1Macro: macro('top1'),
    right: right / Math.max(1, labelled),
    rightMacro: macro('right'),
    assigned: assigned / Math.max(1, labelled),
    precision: right / Math.max(1, assigned),
    abstention: abstained / Math.max(1, none),
    labelled,
    none,
    perRole,
  };
}

/**
 * What the calibration maximises, on one group of rows: the mean of accuracy (assigned and right,
 * micro and macro) and the abstention rate. Over several groups (sets x modes) it is their mean, so
 * one rule serves both boards and both modes.
 */
export function objective(groups: readonly (readonly Row[])[], rule: Rule): number {
  let sum = 0;
  for (const rows of groups) {
    const f = figures(rows, both(rule));
    sum += (f.right + f.rightMacro + f.abstention) / 3;
  }
  return sum / Math.max(1, groups.length);
}

export const GRID_THRESHOLDS = Array.from({ length: 86 }, (_, i) => (i + 5) / 100);
export const GRID_MARGINS = Array.from({ length: 41 }, (_, i) => i / 100);

/**
 * The library-only calibration (one rule for every posting): the grid point (threshold 0.05-0.90, margin 0-0.40, steps of 0.01) with the
 * best objective; among equal points the highest threshold, then the highest margin (the most
 * cautious of equals).
 */
export function calibrate(groups: readonly (readonly Row[])[]): Rule & { value: number } {
  let best = { threshold: 0, margin: 0, value: -1 };
  for (const threshold of GRID_THRESHOLDS) {
    for (const margin of GRID_MARGINS) {
      const value = objective(groups, { threshold, margin });
      if (value >= best.value - 1e-12) best = { threshold, margin, value };
    }
  }
  return best;
}

const pct = (x: number) => x.toFixed(3);

export function figuresLine(label: string, f: Figures): string {
  return (
    `${label}: top-1 ${pct(f.top1)} (macro ${pct(f.top1Macro)})  right ${pct(f.right)} (macro ${pct(f.rightMacro)})  ` +
    `assigned ${pct(f.assigned)}  precision ${pct(f.precision)}  abstention ${pct(f.abstention)}  [${f.labelled} labelled, ${f.none} accept==[]]`
  );
}

/** One line a role: top-1 / right in every group, side by side. */
export function perRoleTable(groups: { label: string; f: Figures }[]): string[] {
  const roles = [...new Set(groups.flatMap((g) => [...g.f.perRole.keys()]))].sort();
  const head = `  ${'role (top-1/right, n)'.padEnd(24)}${groups.map((g) => g.label.padEnd(20)).join('')}`;
  const lines = roles.map((role) => {
    const cells = groups.map((g) => {
      const c = g.f.perRole.get(role);
      return (c ? `${(c.top1 / c.n).toFixed(2)}/${(c.right / c.n).toFixed(2)} ${c.n}` : '-').padEnd(20);
    });
    return `  ${role.padEnd(24)}${cells.join('')}`;
  });
  return [head, ...lines];
}

/** Where the errors go: per gold role, what was assigned instead; and what accept==[] ads got. */
export function confusionLines(rows: readonly Row[], rule: DecisionRule): string[] {
  const table = new Map<string, Map<string, number>>();
  const falseRoles = new Map<string, number>();
  for (const row of rows) {
    const accept = row.r.accept;
    if (accept === null) continue;
    const got = decide(row, rule);
    if (accept.length === 0) {
      if (got) falseRoles.set(got, (falseRoles.get(got) ?? 0) + 1);
      continue;
    }
    const gold = accept[0]!;
    const col = got === null ? '(none)' : accept.includes(got) ? gold : got;
    const line = table.get(gold) ?? new Map<string, number>();
    line.set(col, (line.get(col) ?? 0) + 1);
    table.set(gold, line);
  }
  const out = [...table.entries()].sort().map(([gold, line]) => {
    const cells = [...line.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k === gold ? 'ok' : k} ${n}`);
    return `  ${gold.padEnd(22)} ${cells.join(', ')}`;
  });
  out.push(`  accept==[] given a role: ${[...falseRoles.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  return out;
}
