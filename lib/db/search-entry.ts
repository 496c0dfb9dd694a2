import type { Posting } from './schemas';
import { normalizeForMatch, textKey } from '../text/normalize';

/**
 * What the library's posting list and search keep of each posting: the row a list shows, and its
 * text in comparison form. Computed once when a posting is written (lib/db/middleware.ts keeps
 * them in the search shards), so opening the library never normalises 100,000 postings again.
 */

/** What a list row shows, kept in memory for every posting (the full row stays in Dexie). */
export interface PostingSummary {
  id: string;
  title: string;
  company: string;
  location: string;
  site: string;
  roleId: string | null;
  tags: string[];
  salaryRaw: string;
  clippedAt: number;
}

export function summarize(p: Posting): PostingSummary {
  return {
    id: p.id,
    title: p.title,
    company: p.company,
    location: p.location,
    site: p.site,
    roleId: p.roleId,
    tags: p.tags,
    salaryRaw: p.salary?.raw ?? '',
    clippedAt: p.clippedAt,
  };
}

/** The searchable text of a posting in comparison form (Simplified, half-width, lower-case). */
export function searchText(p: Pick<Posting, 'title' | 'company' | 'skills' | 'duties' | 'requirements' | 'preferred'>): string {
  return normalizeForMatch([p.title, p.company, ...p.skills, ...p.duties, ...p.requirements, ...p.preferred].join('\n'));
}

export interface SearchEntry {
  summary: PostingSummary;
  /** searchText(): a search only runs String.includes on it. */
  hay: string;
  /** textKey(company): the company filter compares these. */
  companyKey: string;
}

export function searchEntry(p: Posting): SearchEntry {
  return { summary: summarize(p), hay: searchText(p), companyKey: textKey(p.company) };
}

/** Newest first; ties (same millisecond) by id so the order never flickers. */
export function newestFirst(a: { clippedAt: number; id: string }, b: { clippedAt: number; id: string }): number {
  return b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
