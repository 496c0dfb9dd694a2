import type { PostingSummary } from '../db/search-entry';
import { normalizeForMatch, textKey } from '../text/normalize';

/**
 * What the workspace's posting list asks for. Every field is optional; set fields combine with AND.
 * Results are always newest first (clippedAt descending, then id), the order the list shows.
 */
export interface PostingQuery {
  /** Words to find in the title, company, skills and items; every word must occur (AND). */
  text?: string;
  /** A role id; `null` asks for unassigned postings; absent means any role. */
  role?: string | null;
  /** A site as stored (`zhipin.com`); '' asks for pasted postings with no site. */
  site?: string;
  /** A company name; compared by textKey so width, script and punctuation do not matter. */
  company?: string;
  /** Clipped at or after this time (ms). */
  from?: number;
  /** Clipped before this time (ms). */
  to?: number;
  /** The posting carries every one of these tags. */
  tags?: string[];
}

export { newestFirst, searchText, summarize, type PostingSummary } from '../db/search-entry';

// Separators between query words: spaces and the list punctuation people type between them.
const QUERY_SPLIT = /[\s,，、;；|/]+/u;
const MAX_TERMS = 16;

/** The query's words in comparison form; a user typing 運營 finds 运营, Ｃ４Ｄ finds c4d. */
export function queryTerms(text: string | undefined): string[] {
  if (!text) return [];
  const terms = normalizeForMatch(text.slice(0, 500)).split(QUERY_SPLIT).filter(Boolean);
  // Longest first: the rarest word usually rejects a non-match soonest.
  return [...new Set(terms)].sort((a, b) => b.length - a.length).slice(0, MAX_TERMS);
}

/** A query compiled once per search: the per-posting test does no normalisation work. */
export interface CompiledQuery {
  terms: string[];
  companyKey: string | null;
  test: (s: PostingSummary, companyKey: string) => boolean;
}

export function compileQuery(q: PostingQuery): CompiledQuery {
  const terms = queryTerms(q.text);
  const companyKey = q.company === undefined ? null : textKey(q.company);
  const tags = q.tags?.filter(Boolean) ?? [];
  const test = (s: PostingSummary, key: string): boolean => {
    if (q.role !== undefined && s.roleId !== q.role) return false;
    if (q.site !== undefined && s.site !== q.site) return false;
    if (companyKey !== null && key !== companyKey) return false;
    if (q.from !== undefined && s.clippedAt < q.from) return false;
    if (q.to !== undefined && s.clippedAt >= q.to) return false;
    for (const tag of tags) if (!s.tags.includes(tag)) return false;
    return true;
  };
  return { terms, companyKey, test };
}
