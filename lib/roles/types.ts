import type { RoleScore, YearsRange, Education } from '../db/schemas';

/**
 * The role matcher's and comparison's contract (issue #4). The popup and the library workspace
 * render these shapes; lib/roles/matcher.ts and lib/roles/compare.ts produce them.
 */

/** What the matcher reads of a posting. */
export interface MatchInput {
  title: string;
  duties: string[];
  requirements: string[];
  preferred?: string[];
  /** The posting's whole text, used when duties/requirements are empty or thin. */
  body?: string;
}

export interface MatchEvidence {
  /** The alias (built-in or learned from the user) the title matched, if any. */
  alias: { text: string; roleId: string; learned: boolean } | null;
  /** The terms that weighed most for the chosen (or top) role. */
  terms: string[];
  /** Canonical duty ids of the top role that the posting's items resemble most. */
  duties: string[];
  /** Why the matcher abstained, when `role` is null. */
  abstainReason: 'low-score' | 'small-margin' | 'no-evidence' | null;
  /**
   * Set when the posting reads as a job family the library does not cover (product manager,
   * sales, legal…): the reason for a 'low-score' abstention. Optional so older results still fit.
   */
  outside?: { id: string; label: string } | null;
  /**
   * The jobs a title lists when they belong to different roles ("客户代表/售后客服/培训助教"):
   * the body picked among them, or the matcher abstained. Optional so older results still fit.
   */
  listedJobs?: string[];
}

export interface MatchResult {
  /** Set only when the evidence is clear; otherwise null and the candidates say what is likely. */
  role: RoleScore | null;
  /** Top 3, best first, scores in 0..1. */
  candidates: RoleScore[];
  evidence: MatchEvidence;
}

export interface CoveredDuty {
  dutyId: string;
  /** Index into the posting's duties (or requirements, for requirement items). */
  itemIndex: number;
  item: string;
  similarity: number;
  /** The words of the item that matched (a clause or list part); absent for requirement items. */
  clause?: string;
  /** What made the match: a phrasing of the duty, a sentence the user marked, or term similarity. */
  via?: 'phrasing' | 'mark' | 'similarity';
  /** The phrasing that matched, as written in the library (via 'phrasing'). */
  pattern?: string;
}

export interface ValueDiff<T> {
  posting: T | null;
  role: T | null;
  /** How the posting compares with the role's typical value. */
  diff: 'higher' | 'lower' | 'same' | 'unknown';
}

export interface Comparison {
  roleId: string;
  /** Every (duty, item) pair that covers: a duty may have several items, an item several duties. */
  covered: CoveredDuty[];
  /** Canonical duty ids the posting does not mention. */
  missing: string[];
  /** Posting duties no canonical duty covers. */
  extra: { itemIndex: number; item: string }[];
  /** Posting duty items set aside as not duties (pay, headings, junk): neither covered nor extra. */
  ignored?: { itemIndex: number; item: string; reason: 'empty' | 'heading' | 'pay' | 'requirement' | 'assigned' }[];
  /** Distinct duties covered (a duty covered by three items counts once), of the role's duties. */
  coverage: { covered: number; total: number };
  /**
   * For a broad role (one with specialties): the specialty or few the ad is in, and its coverage
   * against their duties only. null when the role is compared whole. Optional: older reports lack it.
   */
  scope?: {
    specialties: { id: string; nameZh: string; nameEn: string }[];
    duties: string[];
    coverage: { covered: number; total: number };
    missing: string[];
    /** The specialties' typical skills the ad does not name. */
    skillsRoleOnly: string[];
  } | null;
  requirements: {
    covered: CoveredDuty[];
    missing: string[];
    extra: { itemIndex: number; item: string }[];
    experience: ValueDiff<YearsRange>;
    education: ValueDiff<Education>;
    skills: { shared: string[]; postingOnly: string[]; roleOnly: string[] };
  };
}
