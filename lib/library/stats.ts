import { EDUCATION_LEVELS, type Education, type Posting, type Role } from '../db/schemas';
import type { Comparison } from '../roles/types';
import { monthlyEquivalent, placeAmong, type Distribution, type DistributionSummary, type Place } from './distribution';
import { aggregateStats, askedYears, statsRow } from './stats-rows';

export { askedYears } from './stats-rows';

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

/** How many of a role's saved postings include one canonical item (what a chart shows). */
export interface ItemCount {
  /** The canonical duty (or requirement item) id. */
  id: string;
  text: string;
  textEn?: string;
  /** Saved postings that include it. */
  count: number;
  /** count / postingCount, 0..1 (0 with no postings). */
  share: number;
}

export interface ItemFrequency extends ItemCount {
  postingIds: string[];
}

export interface ExtraMember {
  postingId: string;
  itemIndex: number;
  item: string;
}

/** A recurring extra item as a chart shows it. */
export interface ClusterCount {
  label: string;
  /** Distinct wordings, most frequent first. */
  variants: string[];
  /** Distinct postings with an item in the cluster (an ad repeating itself counts once). */
  count: number;
  share: number;
}

export interface ExtraCluster extends ClusterCount {
  members: ExtraMember[];
}

/**
 * A role's statistics as its screens show them (the statistics page, the JD template): every
 * count, share and quantile, without the lists behind them (which postings include an item, each
 * cluster's members, every value of a distribution). This is what the per-role cache stores and
 * an open reads (lib/library/stats-cache.ts); the lists are in RoleStats, counted from the role's
 * stored rows when wanted (readRoleStatsFromRows).
 */
export interface StatsSummary {
  roleId: string;
  postingCount: number;
  /** Every canonical duty, in the role's order, with how many ads include it. */
  duties: ItemCount[];
  requirementItems: ItemCount[];
  /** Recurring extra duties, most frequent first. */
  extraDuties: ClusterCount[];
  extraRequirements: ClusterCount[];
  /** Minimum years asked (experienceYears.min; "3年以下" counts as 0). */
  experience: DistributionSummary | null;
  education: {
    counts: Record<Education, number>;
    unknown: number;
    /** The middle ask, by the order of EDUCATION_LEVELS ('any' lowest). */
    median: Education | null;
  };
  /** Monthly-equivalent pay (mid of each range), in the currency most ads use. */
  salary: {
    currency: string | null;
    mid: DistributionSummary | null;
    min: DistributionSummary | null;
    max: DistributionSummary | null;
    unknown: number;
    otherCurrency: number;
  };
  /** Skills by how many ads name them (compared by textKey), most first. */
  skills: { skill: string; count: number }[];
}

/** The statistics with the lists behind every figure (what roleStats counts). */
export interface RoleStats extends StatsSummary {
  postingIds: string[];
  duties: ItemFrequency[];
  requirementItems: ItemFrequency[];
  extraDuties: ExtraCluster[];
  extraRequirements: ExtraCluster[];
  experience: Distribution | null;
  education: StatsSummary['education'] & {
    /** Each known ask as its EDUCATION_LEVELS index, ascending. */
    values: number[];
  };
  salary: Omit<StatsSummary['salary'], 'mid' | 'min' | 'max'> & { mid: Distribution | null; min: Distribution | null; max: Distribution | null };
}

/** The figures of `s` without the lists behind them. */
export function summaryOf(s: StatsSummary): StatsSummary {
  const item = ({ id, text, textEn, count, share }: ItemCount): ItemCount => ({ id, text, ...(textEn ? { textEn } : {}), count, share });
  const cluster = ({ label, variants, count, share }: ClusterCount): ClusterCount => ({ label, variants, count, share });
  const dist = (d: DistributionSummary | null): DistributionSummary | null => d && { n: d.n, min: d.min, max: d.max, median: d.median, p25: d.p25, p75: d.p75 };
  return {
    roleId: s.roleId,
    postingCount: s.postingCount,
    duties: s.duties.map(item),
    requirementItems: s.requirementItems.map(item),
    extraDuties: s.extraDuties.map(cluster),
    extraRequirements: s.extraRequirements.map(cluster),
    experience: dist(s.experience),
    education: { counts: { ...s.education.counts }, unknown: s.education.unknown, median: s.education.median },
    salary: { currency: s.salary.currency, mid: dist(s.salary.mid), min: dist(s.salary.min), max: dist(s.salary.max), unknown: s.salary.unknown, otherCurrency: s.salary.otherCurrency },
    skills: s.skills.map(({ skill, count }) => ({ skill, count })),
  };
}

export interface StatsOptions {
  /** Keep extra clusters found in at least this many ads (default 2). */
  minExtraCount?: number;
  /** Keep at most this many extra clusters of each kind (default 20). */
  maxExtras?: number;
}

export function educationRank(e: Education | null): number | null {
  return e === null ? null : EDUCATION_LEVELS.indexOf(e);
}

/** The role's statistics over `postings` (in the order they list them): each one's row, summed. */
export function roleStats(role: Role, postings: readonly Posting[], compare: CompareFn, options: StatsOptions = {}): RoleStats {
  return aggregateStats(role, postings.map((p) => statsRow(p, compare(p, role))), options);
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
