import type { Role } from '@/lib/db/schemas';
import { shardEntries, SEARCH_FORMAT, type SearchMeta, type SearchShard } from '@/lib/db/search-shards';
import { PostingIndex } from '@/lib/library/search-index';
import type { PostingQuery, PostingSummary } from '@/lib/library/search';
import { converterInstalled, installConverter, needsConversion } from '@/lib/text/normalize';

/**
 * A search answered by the library page's entry, before the workspace's chunk (~1 MB of React,
 * Dexie and every page) has loaded: over the newest search shard, which the entry reads anyway
 * for the workspace's index to start from. At 100,000 postings the workspace is up 300-600 ms
 * after navigation and its search 50-300 ms after that; the shard is in 100-300 ms after
 * navigation. The shard holds the newest ~1,500 entries and shards are cut by clip time, so its
 * matches are the newest matches of the whole library, in the list's order: the first screen of
 * a search is exact, only its count still grows (it says so, as the workspace's growing count
 * does). The search runs through the workspace's own PostingIndex, so it matches what the list
 * will show. A search no match in this shard answers waits for the workspace, as before.
 */

export interface EarlyIndex {
  index: PostingIndex;
  /** Postings in the library, as the meta row read with the shard counts them. */
  total: number;
  /** The shard is the only one (its range starts at 0): its answers are complete. */
  whole: boolean;
  roles: Map<string, Pick<Role, 'id' | 'nameZh' | 'nameEn'>>;
}

export interface EarlyAnswer {
  hits: PostingSummary[];
  total: number;
  /** Entries searched, and postings in the library. */
  loaded: number;
  of: number;
  complete: boolean;
  ms: number;
}

/** The newest shard as an index, if the meta row read with it says shards of this format hold every posting. */
export function earlyIndex(meta: SearchMeta | undefined, shard: SearchShard | undefined, roles: readonly Role[]): EarlyIndex | null {
  if (!meta || !shard || meta.format !== SEARCH_FORMAT || meta.count === 0) return null;
  const index = new PostingIndex();
  index.appendOlder(shardEntries(shard));
  // A count that disagrees with a lone shard means postings written around the index: leave it to the workspace.
  const whole = shard.lo === 0;
  if (whole && index.size !== meta.count) return null;
  return { index, total: meta.count, whole, roles: new Map(roles.map((r) => [r.id, { id: r.id, nameZh: r.nameZh, nameEn: r.nameEn }])) };
}

/**
 * The query's matches in the newest shard; 'later' when the query needs the Traditional ->
 * Simplified converter, which is loaded first (then `again` runs); null when nothing is asked.
 */
export function searchEarly(early: EarlyIndex, query: PostingQuery, again: () => void): EarlyAnswer | 'later' | null {
  if (!Object.values(query).some((v) => v !== undefined)) return null;
  if (!converterInstalled() && [query.text, query.company].some((t) => t && needsConversion(t))) {
    void import('@/lib/text/opencc').then(
      (m) => (converterInstalled() || installConverter(m.makeOpenCC), again()),
      () => undefined,
    );
    return 'later';
  }
  const started = performance.now();
  const found = early.index.search(query);
  return { ...found, loaded: early.index.size, of: early.total, complete: early.whole, ms: performance.now() - started };
}
