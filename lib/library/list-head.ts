import type { Posting, Role } from '@/lib/db/schemas';

/**
 * The posting list's "head": its newest rows as the first screen shows them (only the fields a
 * row displays) with the role names and the language choice they are drawn with. The library
 * page keeps a copy outside IndexedDB (platform/library/list-head.ts) so the next open can paint
 * its first screen before IndexedDB answers: at 100,000 postings opening the database and reading
 * the newest 50 take 100-300 ms while the workspace's chunks load. The copy is only a first
 * guess: the same page's IndexedDB read always replaces it, and every write to postings, roles or
 * settings drops it (head-invalidation.ts).
 */

export const HEAD_FORMAT = 1;
/** Rows in a head: the list's first screen (platform/library/first-paint.ts). */
export const HEAD_ROWS = 50;

export interface HeadRow {
  id: string;
  title: string;
  company: string;
  location: string;
  salary: string;
  roleId: string | null;
  site: string;
  clippedAt: number;
  tags: string[];
}

export interface ListHead {
  format: typeof HEAD_FORMAT;
  rows: HeadRow[];
  roles: Pick<Role, 'id' | 'nameZh' | 'nameEn'>[];
  /** The language the user chose (settings.locale), resolved by the page. */
  locale: string;
}

export function headRow(p: Posting): HeadRow {
  return { id: p.id, title: p.title, company: p.company, location: p.location, salary: p.salary?.raw ?? '', roleId: p.roleId, site: p.site, clippedAt: p.clippedAt, tags: [...p.tags] };
}

/** The head of a list whose newest rows are `postings` (already in list order). */
export function toHead(postings: readonly Posting[], roles: readonly Role[], locale: string): ListHead {
  const used = new Set(postings.map((p) => p.roleId));
  return {
    format: HEAD_FORMAT,
    rows: postings.map(headRow),
    // Only the roles its rows name: the copy stays a few KB.
    roles: roles.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, nameZh: r.nameZh, nameEn: r.nameEn })),
    locale,
  };
}

/** A stored value, if it is a head of this format (anything else is ignored, never trusted). */
export function parseHead(value: unknown): ListHead | null {
  const v = value as Partial<ListHead> | null | undefined;
  if (!v || v.format !== HEAD_FORMAT || !Array.isArray(v.rows) || !Array.isArray(v.roles) || typeof v.locale !== 'string') return null;
  const rowOk = (r: Partial<HeadRow>) =>
    typeof r?.id === 'string' && typeof r.title === 'string' && typeof r.company === 'string' && typeof r.location === 'string' && typeof r.salary === 'string' &&
    (r.roleId === null || typeof r.roleId === 'string') && typeof r.site === 'string' && typeof r.clippedAt === 'number' && Array.isArray(r.tags) && r.tags.every((t) => typeof t === 'string');
  if (!v.rows.every(rowOk)) return null;
  if (!v.roles.every((r) => typeof r?.id === 'string' && typeof r.nameZh === 'string' && typeof r.nameEn === 'string')) return null;
  return v as ListHead;
}

/** Field by field: chrome.storage gives objects back with their keys sorted, so not by JSON text. */
export function sameHead(a: ListHead | null, b: ListHead | null): boolean {
  return a === b || (a !== null && b !== null && canonical(a) === canonical(b));
}

function canonical(h: ListHead): string {
  const rows = h.rows.map((r) => [r.id, r.title, r.company, r.location, r.salary, r.roleId, r.site, r.clippedAt, r.tags]);
  return JSON.stringify([h.format, h.locale, rows, h.roles.map((r) => [r.id, r.nameZh, r.nameEn])]);
}
