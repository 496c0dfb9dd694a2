import type { Education, Posting, Role } from '../db/schemas';
import type { CoveredDuty } from '../roles/types';
import { monthlyEquivalent } from './distribution';
import { cleanLabel } from './similarity';
import type { CompareFn } from './stats';

/** Side-by-side comparison of 2-6 chosen postings of a role: duties x postings, plus extras. */
export const MATRIX_MIN = 2;
export const MATRIX_MAX = 6;

export interface MatrixColumn {
  postingId: string;
  title: string;
  company: string;
  site: string;
  coverage: { covered: number; total: number };
  experienceYears: Posting['experienceYears'];
  education: Education | null;
  salaryRaw: string;
  /** Monthly-equivalent pay (see distribution.ts), null when the ad gives none. */
  salaryMonthly: { min: number; max: number; mid: number } | null;
  /** The posting's duty items no canonical duty covers, without numbering. */
  extras: { itemIndex: number; item: string }[];
  requirementExtras: { itemIndex: number; item: string }[];
}

export interface MatrixCell {
  covered: boolean;
  /** The posting's item that covers the duty (best match), else null. */
  item: string | null;
  itemIndex: number | null;
  similarity: number | null;
  /**
   * Every item of the posting that covers the duty, best first (one per item: an item matched by
   * several of its clauses keeps its best), with the words that matched; empty when not covered.
   */
  items: { itemIndex: number; item: string; clause?: string }[];
}

export interface MatrixRow {
  id: string;
  text: string;
  textEn?: string;
  /** One cell per column, in column order. */
  cells: MatrixCell[];
  /** How many of the chosen postings include it. */
  count: number;
}

export interface PostingMatrix {
  roleId: string;
  columns: MatrixColumn[];
  duties: MatrixRow[];
  requirements: MatrixRow[];
}

export function postingMatrix(role: Role, postings: readonly Posting[], compare: CompareFn): PostingMatrix {
  if (postings.length < MATRIX_MIN || postings.length > MATRIX_MAX) {
    throw new RangeError(`choose ${MATRIX_MIN}-${MATRIX_MAX} postings to compare (got ${postings.length})`);
  }
  const comparisons = postings.map((p) => compare(p, role));
  const columns = postings.map((p, i): MatrixColumn => {
    const c = comparisons[i]!;
    return {
      postingId: p.id,
      title: p.title,
      company: p.company,
      site: p.site,
      coverage: c.coverage,
      experienceYears: p.experienceYears,
      education: p.education,
      salaryRaw: p.salary?.raw ?? '',
      salaryMonthly: monthlyEquivalent(p.salary),
      extras: c.extra.map((e) => ({ itemIndex: e.itemIndex, item: cleanLabel(e.item) })),
      requirementExtras: c.requirements.extra.map((e) => ({ itemIndex: e.itemIndex, item: cleanLabel(e.item) })),
    };
  });
  const rows = (items: Role['duties'], covered: (i: number) => CoveredDuty[]): MatrixRow[] =>
    items.map((d) => {
      const cells = comparisons.map((_, i): MatrixCell => {
        const pairs = covered(i)
          .filter((c) => c.dutyId === d.id)
          .sort((a, b) => b.similarity - a.similarity || a.itemIndex - b.itemIndex);
        const seen = new Set<number>();
        const items = pairs
          .filter((c) => !seen.has(c.itemIndex) && seen.add(c.itemIndex))
          .map((c) => ({ itemIndex: c.itemIndex, item: cleanLabel(c.item), ...(c.clause ? { clause: c.clause } : {}) }));
        const best = pairs[0];
        return best
          ? { covered: true, item: items[0]!.item, itemIndex: best.itemIndex, similarity: best.similarity, items }
          : { covered: false, item: null, itemIndex: null, similarity: null, items: [] };
      });
      return { id: d.id, text: d.text, ...(d.textEn ? { textEn: d.textEn } : {}), cells, count: cells.filter((c) => c.covered).length };
    });
  return {
    roleId: role.id,
    columns,
    duties: rows(role.duties, (i) => comparisons[i]!.covered),
    requirements: rows(role.requirements.items, (i) => comparisons[i]!.requirements.covered),
  };
}
