import { EDUCATION_LEVELS, type Education, type Posting, type Role } from '../db/schemas';
import type { Comparison } from '../roles/types';
import { stripItemMarker } from '../text/items';
import { textKey } from '../text/normalize';
import { distribution, monthlyEquivalent } from './distribution';
import { clusterItems, type ClusterInput } from './similarity';
import type { ExtraCluster, ExtraMember, ItemFrequency, RoleStats, StatsOptions } from './stats';

/**
 * A role's statistics in two steps: what each posting contributes (a StatsRow: its comparison
 * with the role reduced to what the statistics count, with every text key worked out once), and
 * the sum over the rows. roleStats (stats.ts) is the two in a row; the per-role cache
 * (stats-cache.ts) keeps the rows, so a change to a few postings recomputes only their rows and
 * sums again (tens of milliseconds at 8,000 postings, against seconds of comparing). Only this
 * sum exists, so a cached and a fresh computation cannot drift apart.
 */

/** An extra item: [its index in the posting's list, its text, textKey(stripItemMarker(text))]. */
export type ExtraItem = [itemIndex: number, item: string, key: string];

export interface StatsRow {
  id: string;
  clippedAt: number;
  /** Canonical duty ids the posting covers, each once, in the comparison's order. */
  duties: string[];
  requirementItems: string[];
  extraDuties: ExtraItem[];
  extraRequirements: ExtraItem[];
  /** askedYears(): the minimum years asked, or null. */
  years: number | null;
  education: Education | null;
  /** Monthly-equivalent pay and its currency, or null without a number. */
  pay: { currency: string; min: number; max: number; mid: number } | null;
  /** Each named skill with its textKey (empty keys left out), repeats kept: wordings count each. */
  skills: [skill: string, key: string][];
}

/** Experience years a posting asks for, as one number (its minimum), or null when unknown. */
export function askedYears(p: Pick<Posting, 'experienceYears'>): number | null {
  const e = p.experienceYears;
  if (!e || (e.min === null && e.max === null)) return null;
  return e.min ?? 0;
}

const unique = (ids: string[]) => [...new Set(ids)];
const extraItems = (list: Comparison['extra']): ExtraItem[] => list.map((e) => [e.itemIndex, e.item, textKey(stripItemMarker(e.item))]);

/** What one posting, compared with its role (`c`), adds to the role's statistics. */
export function statsRow(p: Posting, c: Comparison): StatsRow {
  const pay = monthlyEquivalent(p.salary);
  return {
    id: p.id,
    clippedAt: p.clippedAt,
    duties: unique(c.covered.map((cov) => cov.dutyId)),
    requirementItems: unique(c.requirements.covered.map((cov) => cov.dutyId)),
    extraDuties: extraItems(c.extra),
    extraRequirements: extraItems(c.requirements.extra),
    years: askedYears(p),
    education: p.education,
    pay: pay && { currency: p.salary!.currency, ...pay },
    skills: p.skills.map((s): [string, string] => [s, textKey(s)]).filter(([, key]) => key !== ''),
  };
}

/** The role's statistics over `rows` (its postings' rows, in the order the statistics list them). */
export function aggregateStats(role: Role, rows: readonly StatsRow[], options: StatsOptions = {}): RoleStats {
  const n = rows.length;
  const share = (count: number) => (n ? count / n : 0);
  const dutyPostings = new Map<string, string[]>();
  const reqPostings = new Map<string, string[]>();
  const extraDuties: ClusterInput<ExtraMember>[] = [];
  const extraReqs: ClusterInput<ExtraMember>[] = [];
  const note = (m: Map<string, string[]>, id: string, postingId: string) => {
    const list = m.get(id);
    if (list) list.push(postingId);
    else m.set(id, [postingId]);
  };
  const extras = (out: ClusterInput<ExtraMember>[], postingId: string, list: readonly ExtraItem[]) => {
    for (const [itemIndex, item, key] of list) out.push({ text: item, key, ref: { postingId, itemIndex, item } });
  };
  for (const r of rows) {
    for (const id of r.duties) note(dutyPostings, id, r.id);
    for (const id of r.requirementItems) note(reqPostings, id, r.id);
    extras(extraDuties, r.id, r.extraDuties);
    extras(extraReqs, r.id, r.extraRequirements);
  }
  const frequencies = (items: Role['duties'], m: Map<string, string[]>): ItemFrequency[] =>
    items.map((d) => {
      const ids = m.get(d.id) ?? [];
      return { id: d.id, text: d.text, ...(d.textEn ? { textEn: d.textEn } : {}), count: ids.length, share: share(ids.length), postingIds: ids };
    });
  return {
    roleId: role.id,
    postingCount: n,
    postingIds: rows.map((r) => r.id),
    duties: frequencies(role.duties, dutyPostings),
    requirementItems: frequencies(role.requirements.items, reqPostings),
    extraDuties: topClusters(extraDuties, n, options),
    extraRequirements: topClusters(extraReqs, n, options),
    experience: distribution(rows.map((r) => r.years).filter((v): v is number => v !== null)),
    education: educationStats(rows),
    salary: salaryStats(rows),
    skills: skillCounts(rows),
  };
}

function topClusters(items: ClusterInput<ExtraMember>[], n: number, options: StatsOptions): ExtraCluster[] {
  const min = options.minExtraCount ?? 2;
  // Counted for every cluster, members listed only for the ones kept.
  return clusterItems(items)
    .map((c) => ({ c, count: new Set(c.members.map((m) => m.ref.postingId)).size }))
    .filter(({ count }) => count >= min)
    .sort((a, b) => b.count - a.count) // stable: ties keep clusterItems' deterministic order
    .slice(0, options.maxExtras ?? 20)
    .map(({ c, count }) => ({ label: c.label, variants: c.variants, count, share: n ? count / n : 0, members: c.members.map((m) => m.ref) }));
}

function educationStats(rows: readonly StatsRow[]): RoleStats['education'] {
  const counts = Object.fromEntries(EDUCATION_LEVELS.map((e) => [e, 0])) as Record<Education, number>;
  const values: number[] = [];
  for (const r of rows) {
    if (r.education === null) continue;
    counts[r.education] += 1;
    values.push(EDUCATION_LEVELS.indexOf(r.education));
  }
  values.sort((a, b) => a - b);
  const median = values.length ? EDUCATION_LEVELS[values[Math.floor((values.length - 1) / 2)]!]! : null;
  return { counts, unknown: rows.length - values.length, median, values };
}

function salaryStats(rows: readonly StatsRow[]): RoleStats['salary'] {
  const byCurrency = new Map<string, number>();
  for (const r of rows) if (r.pay) byCurrency.set(r.pay.currency, (byCurrency.get(r.pay.currency) ?? 0) + 1);
  // The currency most ads use (ties: the first by code).
  const currency = [...byCurrency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const months = rows.flatMap((r) => (r.pay && r.pay.currency === currency ? [r.pay] : []));
  const known = [...byCurrency.values()].reduce((a, b) => a + b, 0);
  return {
    currency,
    mid: distribution(months.map((m) => m.mid)),
    min: distribution(months.map((m) => m.min)),
    max: distribution(months.map((m) => m.max)),
    unknown: rows.length - known,
    otherCurrency: known - months.length,
  };
}

function skillCounts(rows: readonly StatsRow[]): { skill: string; count: number }[] {
  const byKey = new Map<string, { wordings: Map<string, number>; postings: number }>();
  for (const r of rows) {
    const seen = new Set<string>();
    for (const [skill, key] of r.skills) {
      const entry = byKey.get(key) ?? { wordings: new Map(), postings: 0 };
      entry.wordings.set(skill, (entry.wordings.get(skill) ?? 0) + 1);
      if (!seen.has(key)) entry.postings += 1;
      seen.add(key);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .map((e) => ({ skill: [...e.wordings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0], count: e.postings }))
    .sort((a, b) => b.count - a.count || (a.skill < b.skill ? -1 : 1));
}
