import { EDUCATION_LEVELS, type Education, type Role } from '../db/schemas';
import { distributionOfCounts } from './distribution';
import { bigrams } from './similarity';
import { clusterExtras, topClusters } from './stats-clusters';
import type { ItemCount, StatsOptions, StatsSummary } from './stats';
import type { ExtraItem, StatsRow } from './stats-rows';

/**
 * A role's statistics as running totals: what aggregateStats (stats-rows.ts) sums, kept as counts
 * a posting's row can be added to or taken from (addRow), so a change to one posting costs that
 * posting's row, not the role's. summarize() gives the figures the screens show; they equal
 * summaryOf(aggregateStats(rows)) for the same rows (test/library/stats-totals.test.ts).
 *
 * The extra items are clustered (similarity.ts, stats-clusters.ts) over their groups (one per
 * textKey), which the totals keep with how many items and postings each has, the first item's
 * wording, the key's bigrams and the cluster it is in (a change is carried into the kept
 * clustering where that is exact). The groups' members are kept apart (statsGroups,
 * stats-store.ts): a change reads those of the groups it touches. A cluster counts distinct
 * postings: the sum over its groups, less one for each further key of one posting in the same
 * cluster, which `combos` (each posting's set of two or more keys) tells.
 */

export type ExtraKind = 'extraDuties' | 'extraRequirements';
export const EXTRA_KINDS: readonly ExtraKind[] = ['extraDuties', 'extraRequirements'];

export interface ExtraTotals {
  /** textKey -> [items, distinct postings, the first item's text, bigrams(key) (kept: they cost a script conversion)]. */
  groups: Map<string, [size: number, postings: number, text: string, grams: string[]]>;
  /** A posting's distinct keys (two or more, sorted, joined by \u0001) -> how many postings have exactly those. */
  combos: Map<string, number>;
  /** Each group's cluster, named by its founding group's key (stats-clusters.ts), as last worked out. */
  clusterOf?: Map<string, string>;
}

/** Per kind, the groups whose size a change altered: key -> size before (0: new). */
export type ChangedGroups = Partial<Record<ExtraKind, Map<string, number>>>;

export interface PayTotals {
  n: number;
  mid: Map<number, number>;
  min: Map<number, number>;
  max: Map<number, number>;
}

export interface StatsTotals {
  n: number;
  duties: Map<string, number>;
  requirementItems: Map<string, number>;
  years: Map<number, number>;
  education: Map<Education, number>;
  /** By currency. */
  pay: Map<string, PayTotals>;
  /** By skill key: postings naming it, and how often each wording is used. */
  skills: Map<string, { postings: number; wordings: Map<string, number> }>;
  extraDuties: ExtraTotals;
  extraRequirements: ExtraTotals;
}

export function emptyTotals(): StatsTotals {
  const extra = (): ExtraTotals => ({ groups: new Map(), combos: new Map() });
  return {
    n: 0, duties: new Map(), requirementItems: new Map(), years: new Map(), education: new Map(), pay: new Map(), skills: new Map(),
    extraDuties: extra(), extraRequirements: extra(),
  };
}

function bump<K>(m: Map<K, number>, key: K, by: number): void {
  const v = (m.get(key) ?? 0) + by;
  if (v === 0) m.delete(key);
  else m.set(key, v);
}

/** A row's distinct non-empty extra keys of one kind (an ad repeating an item counts once). */
export function extraKeys(items: readonly ExtraItem[]): string[] {
  return [...new Set(items.map(([, , key]) => key).filter((k) => k !== ''))].sort();
}

/**
 * Adds a posting's row to the totals (sign 1) or takes it out (-1), all but the extra groups'
 * sizes and first wordings: those come from the groups' members (setGroup).
 */
export function addRow(t: StatsTotals, r: StatsRow, sign: 1 | -1): void {
  t.n += sign;
  for (const id of r.duties) bump(t.duties, id, sign);
  for (const id of r.requirementItems) bump(t.requirementItems, id, sign);
  if (r.years !== null) bump(t.years, r.years, sign);
  if (r.education !== null) bump(t.education, r.education, sign);
  if (r.pay) {
    const p = t.pay.get(r.pay.currency) ?? { n: 0, mid: new Map(), min: new Map(), max: new Map() };
    p.n += sign;
    bump(p.mid, r.pay.mid, sign);
    bump(p.min, r.pay.min, sign);
    bump(p.max, r.pay.max, sign);
    if (p.n === 0) t.pay.delete(r.pay.currency);
    else t.pay.set(r.pay.currency, p);
  }
  const seen = new Set<string>();
  for (const [skill, key] of r.skills) {
    const s = t.skills.get(key) ?? { postings: 0, wordings: new Map<string, number>() };
    bump(s.wordings, skill, sign);
    if (!seen.has(key)) s.postings += sign;
    seen.add(key);
    if (s.postings === 0) t.skills.delete(key);
    else t.skills.set(key, s);
  }
  for (const kind of EXTRA_KINDS) {
    const keys = extraKeys(r[kind]);
    if (keys.length > 1) bump(t[kind].combos, keys.join('\u0001'), sign);
  }
}

/** A group's members: [posting id, clippedAt, place in the posting's list, text], in row order. */
export type GroupMember = [postingId: string, clippedAt: number, place: number, text: string];

/** Row order (newest first, then by id), then the order of the posting's own list. */
export function memberOrder(a: GroupMember, b: GroupMember): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) || a[2] - b[2];
}

/** A row's members of each of its extra groups: kind -> key -> members. */
export function rowMembers(r: StatsRow, kind: ExtraKind): Map<string, GroupMember[]> {
  const out = new Map<string, GroupMember[]>();
  r[kind].forEach(([, item, key], place) => {
    if (!key) return;
    const list = out.get(key) ?? [];
    list.push([r.id, r.clippedAt, place, item]);
    out.set(key, list);
  });
  return out;
}

/** Sets one group's entry in the totals from its members (sorted by memberOrder); none removes it. */
export function setGroup(t: StatsTotals, kind: ExtraKind, key: string, members: readonly GroupMember[]): void {
  if (members.length === 0) return void t[kind].groups.delete(key);
  let postings = 0;
  members.forEach((m, i) => {
    if (i === 0 || members[i - 1]![0] !== m[0]) postings++;
  });
  const grams = t[kind].groups.get(key)?.[3] ?? [...bigrams(key)];
  t[kind].groups.set(key, [members.length, postings, members[0]![3], grams]);
}

const share = (count: number, n: number) => (n ? count / n : 0);

/**
 * The figures of the totals, as summaryOf(aggregateStats(role, rows, options)) gives them. The
 * extra items are clustered again, or, given the groups a change altered since the totals' kept
 * clustering, that change is worked into it (stats-clusters.ts): the totals keep the result.
 */
export function summarize(role: Role, t: StatsTotals, options: StatsOptions = {}, changed?: ChangedGroups): StatsSummary {
  for (const kind of EXTRA_KINDS) clusterExtras(t[kind], changed?.[kind] ?? (changed ? new Map() : undefined));
  const n = t.n;
  const frequencies = (items: Role['duties'], m: Map<string, number>): ItemCount[] =>
    items.map((d) => {
      const count = m.get(d.id) ?? 0;
      return { id: d.id, text: d.text, ...(d.textEn ? { textEn: d.textEn } : {}), count, share: share(count, n) };
    });
  const counts = Object.fromEntries(EDUCATION_LEVELS.map((e) => [e, t.education.get(e) ?? 0])) as Record<Education, number>;
  const known = EDUCATION_LEVELS.reduce((sum, e) => sum + counts[e], 0);
  // The middle ask: the ((known - 1) / 2)th in EDUCATION_LEVELS order.
  let median: Education | null = null;
  for (let i = 0, seen = 0, at = Math.floor((known - 1) / 2); known && i < EDUCATION_LEVELS.length; i++) {
    seen += counts[EDUCATION_LEVELS[i]!];
    if (seen > at) {
      median = EDUCATION_LEVELS[i]!;
      break;
    }
  }
  const currency = [...t.pay].map(([c, p]): [string, number] => [c, p.n]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const pay = currency === null ? null : t.pay.get(currency)!;
  const payKnown = [...t.pay.values()].reduce((sum, p) => sum + p.n, 0);
  return {
    roleId: role.id,
    postingCount: n,
    duties: frequencies(role.duties, t.duties),
    requirementItems: frequencies(role.requirements.items, t.requirementItems),
    extraDuties: topClusters(t.extraDuties, n, options),
    extraRequirements: topClusters(t.extraRequirements, n, options),
    experience: distributionOfCounts(t.years),
    education: { counts, unknown: n - known, median },
    salary: {
      currency,
      mid: pay && distributionOfCounts(pay.mid),
      min: pay && distributionOfCounts(pay.min),
      max: pay && distributionOfCounts(pay.max),
      unknown: n - payKnown,
      otherCurrency: payKnown - (pay?.n ?? 0),
    },
    skills: [...t.skills.values()]
      .map((s) => ({ skill: [...s.wordings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0], count: s.postings }))
      .sort((a, b) => b.count - a.count || (a.skill < b.skill ? -1 : 1)),
  };
}
