import type { Posting } from '../db/schemas';
import { searchEntry, type SearchEntry as Entry } from '../db/search-entry';
import { compileQuery, newestFirst, type PostingQuery, type PostingSummary } from './search';

export interface SearchResult {
  /** Matching postings, newest first. */
  hits: PostingSummary[];
  total: number;
}

export interface Facet {
  value: string;
  count: number;
}
export interface Facets {
  sites: Facet[];
  companies: Facet[];
  tags: Facet[];
  /** role id -> count; the key '' counts unassigned postings. */
  roles: Facet[];
}

/**
 * The in-memory search index of the posting list. Filled from the stored search shards (entries
 * normalised when each posting was saved; search-store.ts), or built from the postings when those
 * are missing, then kept current with upsert/remove as the user saves, edits and deletes. A search is a linear pass over entries kept
 * in newest-first order, so results need no sort; at 10,000 postings of ~1 KB that is a few
 * milliseconds of String.includes (see bench/bench-library.ts), with no n-gram index to build
 * or keep in memory.
 */
export class PostingIndex {
  private readonly byId = new Map<string, Entry>();
  /** Newest first; the same order as newestFirst(). */
  private order: Entry[] = [];
  private changes = 0;

  /**
   * Bumped by every change other than appendOlder() adding entries at the end: a search or count
   * over the first `size` entries stays right until it changes (growing-view.ts relies on it).
   */
  get revision(): number {
    return this.changes;
  }

  static build(postings: Iterable<Posting>): PostingIndex {
    const index = new PostingIndex();
    index.addMany(postings);
    return index;
  }

  /**
   * Adds or replaces many postings with one sort at the end (a chunk of a progressive build, a
   * bulk import). Cheaper than upsert() one by one past a few dozen postings.
   */
  addMany(postings: Iterable<Posting>): void {
    for (const p of postings) this.byId.set(p.id, searchEntry(p));
    this.order = [...this.byId.values()].sort((a, b) => newestFirst(a.summary, b.summary));
    this.changes++;
  }

  /**
   * Adds entries older than every one held (the next stored shard, newest first), without a sort.
   * An id already held came from a newer write while loading and is kept; if such a write put
   * an entry among these, the order is mended with one sort.
   */
  appendOlder(entries: readonly Entry[]): void {
    const last = this.order[this.order.length - 1];
    const sorted = !last || !entries[0] || newestFirst(last.summary, entries[0].summary) < 0;
    for (const e of entries) {
      if (this.byId.has(e.summary.id)) continue;
      this.byId.set(e.summary.id, e);
      this.order.push(e);
    }
    if (!sorted) (this.order.sort((a, b) => newestFirst(a.summary, b.summary)), this.changes++);
  }

  /** Every entry, newest first (to store them as shards after a rebuild). */
  entries(): readonly Entry[] {
    return this.order;
  }

  get size(): number {
    return this.order.length;
  }

  get(id: string): PostingSummary | undefined {
    return this.byId.get(id)?.summary;
  }

  /** Adds or replaces one posting (after a save, an edit or a reassignment). */
  upsert(p: Posting): void {
    this.remove(p.id);
    const entry = searchEntry(p);
    this.changes++;
    this.byId.set(p.id, entry);
    this.order.splice(this.insertionPoint(entry.summary), 0, entry);
  }

  remove(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    this.changes++;
    this.byId.delete(id);
    const at = this.insertionPoint(entry.summary);
    if (this.order[at] === entry) this.order.splice(at, 1);
    else this.order = this.order.filter((e) => e !== entry); // never expected; stay correct anyway
    return true;
  }

  /** The matches, newest first; from `from` on, the matches among the entries from there. */
  search(query: PostingQuery = {}, from = 0): SearchResult {
    const { terms, test } = compileQuery(query);
    const hits: PostingSummary[] = [];
    outer: for (let i = from; i < this.order.length; i++) {
      const entry = this.order[i]!;
      if (!test(entry.summary, entry.companyKey)) continue;
      for (const term of terms) if (!entry.hay.includes(term)) continue outer;
      hits.push(entry.summary);
    }
    return { hits, total: hits.length };
  }

  /** Counts for the filter menus, over the given hits (default: every posting), most first. */
  facets(hits: readonly PostingSummary[] = this.order.map((e) => e.summary)): Facets {
    return sortFacets(countFacets(hits));
  }

  /** The entries' summaries from `from` on (what a growing count adds). */
  summaries(from = 0): PostingSummary[] {
    return this.order.slice(from).map((e) => e.summary);
  }

  // Binary search for the first entry not newer than `s` (ties broken by id).
  private insertionPoint(s: PostingSummary): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newestFirst(this.order[mid]!.summary, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The filter menus' counts, unsorted: add to `into` to extend a count already made. */
export interface FacetCounts {
  sites: Map<string, number>;
  companies: Map<string, number>;
  tags: Map<string, number>;
  roles: Map<string, number>;
}

export function countFacets(hits: readonly PostingSummary[], into?: FacetCounts): FacetCounts {
  const c = into ?? { sites: new Map(), companies: new Map(), tags: new Map(), roles: new Map() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of hits) {
    bump(c.sites, s.site);
    if (s.company) bump(c.companies, s.company);
    for (const t of s.tags) bump(c.tags, t);
    bump(c.roles, s.roleId ?? '');
  }
  return c;
}

export function sortFacets(c: FacetCounts): Facets {
  return { sites: sorted(c.sites), companies: sorted(c.companies), tags: sorted(c.tags), roles: sorted(c.roles) };
}

function sorted(m: Map<string, number>): Facet[] {
  return [...m]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
