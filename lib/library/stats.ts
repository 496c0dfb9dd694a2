import { EDUCATION_LEVELS, type Education, type Posting, type Role } from '../db/schemas';
import type { Comparison } from '../roles/types';
import { textKey } from '../text/normalize';
import { distribution, monthlyEquivalent, placeAmong, type Distribution, type Place } from './distribution';
import { clusterItems, type ClusterInput } from './similarity';

/**
 * Competitor statistics of a role over its saved postings: which canonical duties the ads
 * include, which extra items recur (near-identical wordings counted once), and what they ask in
 * experience, education and pay. The comparison function is passed in (lib/roles/compare.ts).
 */
export type CompareFn = (posting: Posting, role: Role) => Comparison;

/**
 * A compare function that remembers its answers, keyed by posting id and updatedAt and by role id
 * and updatedAt, so an edit of either recomputes. The comparison is most of the cost of the
 * statistics (about 0.25 ms a posting with lib/roles/compare.ts); with this, reopening a role's
 * page or building its template reuses them. Oldest entries go first past `max`.
 */
export function memoizeCompare(compare: CompareFn, max = 20_000): CompareFn {
  const cache = new Map<string, Comparison>();
  return (posting, role) => {
    const key = `${posting.id}\u0000${posting.updatedAt}\u0000${role.id}\u0000${role.updatedAt}`;
    let c = cache.get(key);
    if (!c) {
      c = compare(posting, role);
      cache.set(key, c);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
    }
    return c;
  };
}

export interface ItemFrequency {
  /** The canonical duty (or requirement item) id. */
  id: string;
  text: string;
  textEn?: string;
  /** Saved postings that include it. */
  count: number;
  /** count / postingCount, 0..1 (0 with no postings). */
  share: number;
  postingIds: string[];
}

export interface ExtraMember {
  postingId: string;
  itemIndex: number;
  item: string;
}

export interface ExtraCluster {
  label: string;
  /** Distinct wordings, most frequent first. */
  variants: string[];
  /** Distinct postings with an item in the cluster (an ad repeating itself counts once). */
  count: number;
  share: number;
  members: ExtraMember[];
}

export interface RoleStats {
  roleId: string;
  postingCount: number;
  postingIds: string[];
  /** Every canonical duty, in the role's order, with how many ads include it. */
  duties: ItemFrequency[];
  requirementItems: ItemFrequency[];
  /** Recurring extra duties, most frequent first. */
  extraDuties: ExtraCluster[];
  extraRequirements: ExtraCluster[];
  /** Minimum years asked (experienceYears.min; "3年以下" counts as 0). */
  experience: Distribution | null;
  education: {
    counts: Record<Education, number>;
    unknown: number;
    /** The middle ask, by the order of EDUCATION_LEVELS ('any' lowest). */
    median: Education | null;
    /** Each known ask as its EDUCATION_LEVELS index, ascending. */
    values: number[];
  };
  /** Monthly-equivalent pay (mid of each range), in the currency most ads use. */
  salary: {
    currency: string | null;
    mid: Distribution | null;
    min: Distribution | null;
    max: Distribution | null;
    unknown: number;
    otherCurrency: number;
  };
  /** Skills by how many ads name them (compared by textKey), most first. */
  skills: { skill: string; count: number }[];
}

export interface StatsOptions {
  /** Keep extra clusters found in at least this many ads (default 2). */
  minExtraCount?: number;
  /** Keep at most this many extra clusters of each kind (default 20). */
  maxExtras?: number;
}

/** Experience years a posting asks for, as one number (its minimum), or null when unknown. */
export function askedYears(p: Pick<Posting, 'experienceYears'>): number | null {
  const e = p.experienceYears;
  if (!e || (e.min === null && e.max === null)) return null;
  return e.min ?? 0;
}

export function educationRank(e: Education | null): number | null {
  return e === null ? null : EDUCATION_LEVELS.indexOf(e);
}

export function roleStats(role: Role, postings: readonly Posting[], compare: CompareFn, options: StatsOptions = {}): RoleStats {
  const n = postings.length;
  const share = (count: number) => (n ? count / n : 0);
  const dutyPostings = new Map<string, Set<string>>();
  const reqPostings = new Map<string, Set<string>>();
  const extraDuties: ClusterInput<ExtraMember>[] = [];
  const extraReqs: ClusterInput<ExtraMember>[] = [];
  const note = (m: Map<string, Set<string>>, id: string, postingId: string) => {
    const set = m.get(id) ?? new Set<string>();
    set.add(postingId);
    m.set(id, set);
  };
  for (const p of postings) {
    const c = compare(p, role);
    for (const cov of c.covered) note(dutyPostings, cov.dutyId, p.id);
    for (const cov of c.requirements.covered) note(reqPostings, cov.dutyId, p.id);
    for (const e of c.extra) extraDuties.push({ text: e.item, ref: { postingId: p.id, itemIndex: e.itemIndex, item: e.item } });
    for (const e of c.requirements.extra) extraReqs.push({ text: e.item, ref: { postingId: p.id, itemIndex: e.itemIndex, item: e.item } });
  }
  const frequencies = (items: Role['duties'], m: Map<string, Set<string>>): ItemFrequency[] =>
    items.map((d) => {
      const ids = [...(m.get(d.id) ?? [])];
      return { id: d.id, text: d.text, ...(d.textEn ? { textEn: d.textEn } : {}), count: ids.length, share: share(ids.length), postingIds: ids };
    });

  return {
    roleId: role.id,
    postingCount: n,
    postingIds: postings.map((p) => p.id),
    duties: frequencies(role.duties, dutyPostings),
    requirementItems: frequencies(role.requirements.items, reqPostings),
    extraDuties: topClusters(extraDuties, n, options),
    extraRequirements: topClusters(extraReqs, n, options),
    experience: distribution(postings.map(askedYears).filter((v): v is number => v !== null)),
    education: educationStats(postings),
    salary: salaryStats(postings),
    skills: skillCounts(postings),
  };
}

function topClusters(items: ClusterInput<ExtraMember>[], n: number, options: StatsOptions): ExtraCluster[] {
  const min = options.minExtraCount ?? 2;
  return clusterItems(items)
    .map((c) => {
      const count = new Set(c.members.map((m) => m.ref.postingId)).size;
      return { label: c.label, variants: c.variants, count, share: n ? count / n : 0, members: c.members.map((m) => m.ref) };
    })
    .filter((c) => c.count >= min)
    .sort((a, b) => b.count - a.count) // stable: ties keep clusterItems' deterministic order
    .slice(0, options.maxExtras ?? 20);
}

function educationStats(postings: readonly Posting[]): RoleStats['education'] {
  const counts = Object.fromEntries(EDUCATION_LEVELS.map((e) => [e, 0])) as Record<Education, number>;
  const values: number[] = [];
  for (const p of postings) {
    if (p.education === null) continue;
    counts[p.education] += 1;
    values.push(EDUCATION_LEVELS.indexOf(p.education));
  }
  values.sort((a, b) => a - b);
  const median = values.length ? EDUCATION_LEVELS[values[Math.floor((values.length - 1) / 2)]!]! : null;
  return { counts, unknown: postings.length - values.length, median, values };
}

function salaryStats(postings: readonly Posting[]): RoleStats['salary'] {
  const byCurrency = new Map<string, number>();
  for (const p of postings) if (monthlyEquivalent(p.salary)) byCurrency.set(p.salary!.currency, (byCurrency.get(p.salary!.currency) ?? 0) + 1);
  const currency = [...byCurrency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const months = postings
    .filter((p) => p.salary?.currency === currency)
    .map((p) => monthlyEquivalent(p.salary))
    .filter((m) => m !== null);
  const known = [...byCurrency.values()].reduce((a, b) => a + b, 0);
  return {
    currency,
    mid: distribution(months.map((m) => m.mid)),
    min: distribution(months.map((m) => m.min)),
    max: distribution(months.map((m) => m.max)),
    unknown: postings.length - known,
    otherCurrency: known - months.length,
  };
}

function skillCounts(postings: readonly Posting[]): { skill: string; count: number }[] {
  const byKey = new Map<string, { wordings: Map<string, number>; postings: number }>();
  for (const p of postings) {
    const seen = new Set<string>();
    for (const skill of p.skills) {
      const key = textKey(skill);
      if (!key) continue;
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

/** A posting's place among the saved ads of its role (null where it or they say nothing). */
export interface PostingPlace {
  experience: Place | null;
  education: Place | null;
  salary: Place | null;
}

export function postingPlace(p: Posting, stats: RoleStats): PostingPlace {
  const self = stats.postingIds.includes(p.id);
  const years = askedYears(p);
  const edu = educationRank(p.education);
  const pay = p.salary && p.salary.currency === stats.salary.currency ? monthlyEquivalent(p.salary) : null;
  return {
    experience: years === null ? null : placeAmong(years, stats.experience?.values ?? [], self),
    education: edu === null ? null : placeAmong(edu, stats.education.values, self),
    salary: pay === null ? null : placeAmong(pay.mid, stats.salary.mid?.values ?? [], self),
  };
}
