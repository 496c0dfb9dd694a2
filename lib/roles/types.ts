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
}

export interface ValueDiff<T> {
  posting: T | null;
  role: T | null;
  /** How the posting compares with the role's typical value. */
  diff: 'higher' | 'lower' | 'same' | 'unknown';
}

export interface Comparison {
  roleId: string;
  covered: CoveredDuty[];
  /** Canonical duty ids the posting does not mention. */
  missing: string[];
  /** Posting duties no canonical duty covers. */
  extra: { itemIndex: number; item: string }[];
  coverage: { covered: number; total: number };
  requirements: {
    covered: CoveredDuty[];
    missing: string[];
    extra: { itemIndex: number; item: string }[];
    experience: ValueDiff<YearsRange>;
    education: ValueDiff<Education>;
    skills: { shared: string[]; postingOnly: string[]; roleOnly: string[] };
  };
}
