import type { PostingQuery, PostingSummary } from './search';
import { countFacets, sortFacets, type FacetCounts, type Facets, type PostingIndex, type SearchResult } from './search-index';

/**
 * The posting list's search and filter counts over an index that is still being read, newest
 * first, from the stored shards (platform/library/hooks.ts). Each step adds older entries at the
 * end, so the matches found so far stay the newest ones and stay in order: a search scans only
 * what was added since it last ran, and its first screen is right as soon as the newest shard
 * is in. Any other change of the index (an edit, a save, a mended order: its `revision`), another
 * index, or another query starts over with one full pass.
 */
export class GrowingView {
  private index: PostingIndex | null = null;
  private revision = -1;
  private query = '';
  private scanned = 0;
  private hits: PostingSummary[] = [];
  private counted = 0;
  private counts: FacetCounts | null = null;
  private facetsCache: Facets | null = null;

  private sameIndex(index: PostingIndex): boolean {
    if (this.index === index && this.revision === index.revision) return true;
    this.index = index;
    this.revision = index.revision;
    this.query = '';
    this.scanned = 0;
    this.hits = [];
    this.counted = 0;
    this.counts = null;
    this.facetsCache = null;
    return false;
  }

  /** The query's matches among the entries read so far, newest first (a new array when more). */
  search(index: PostingIndex, query: PostingQuery): SearchResult {
    this.sameIndex(index);
    const key = JSON.stringify(query);
    if (key !== this.query) {
      this.query = key;
      this.scanned = 0;
      this.hits = [];
    }
    if (this.scanned < index.size) {
      const more = index.search(query, this.scanned).hits;
      this.scanned = index.size;
      if (more.length) this.hits = this.hits.length ? this.hits.concat(more) : more;
    }
    return { hits: this.hits, total: this.hits.length };
  }

  /** The filter menus' counts over every entry read so far. */
  facets(index: PostingIndex): Facets {
    this.sameIndex(index);
    if (!this.facetsCache || this.counted < index.size) {
      this.counts = countFacets(index.summaries(this.counted), this.counts ?? undefined);
      this.counted = index.size;
      this.facetsCache = sortFacets(this.counts);
    }
    return this.facetsCache;
  }
}
