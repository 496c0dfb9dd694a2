import type { RoleClipDb } from '../db/db';
import type { SearchEntry } from '../db/search-entry';
import { EMPTY_SEARCH_META, partition, SEARCH_FORMAT, shardEntries, type SearchMeta, type SearchShard } from '../db/search-shards';

/**
 * Reading and rebuilding the stored search index (lib/db/search-shards.ts). The library page
 * reads the shards newest first, a few at a time, so its list and search work on the newest ads
 * at once and on all of them when the last shard is in. When the shards cannot be trusted (a
 * library upgraded from before they existed, or another format) the page builds the index from
 * the postings once, as it always did, and stores it.
 */

export interface SearchIndexState {
  /** The shards hold every posting, in this format (as far as checked: see `counted`). */
  whole: boolean;
  /** Postings in the library (the meta row's count unless counted). */
  total: number;
  /** The meta row's write counter when this was read (see rebuildSearchShards). */
  gen: number;
}

/**
 * Whether the stored shards can be used. Without `count` only the meta row is read, and when it
 * says the index is empty, whether there is any posting at all (one key): instant, and it finds
 * a library whose postings were all written without the middleware. With `count` the postings
 * are counted too (a read over the whole table: at 100,000 postings it is done after the index is
 * read), which catches any other posting written without the middleware.
 */
export async function searchIndexState(db: RoleClipDb, options: { count?: boolean } = { count: true }): Promise<SearchIndexState> {
  return db.transaction('r', [db.postings, db.meta], async () => {
    const m = ((await db.meta.get('search')) as SearchMeta | undefined) ?? EMPTY_SEARCH_META;
    const usable = m.format === SEARCH_FORMAT;
    if (options.count) {
      const total = await db.postings.count();
      return { whole: usable && m.count === total, total, gen: m.gen };
    }
    const unlisted = usable && m.count === 0 && (await db.postings.limit(1).count()) > 0;
    return { whole: usable && !unlisted, total: unlisted ? NaN : m.count, gen: m.gen };
  });
}

/**
 * The stored entries, newest first, `shardsPerStep` shards (~1,500 entries each) at a time after
 * a first step of `firstStep`: one shard is enough for the first screen of most searches, and
 * reads in a fraction of the time of four (it is the newest 1,500 of 100,000).
 */
export async function* readSearchShards(db: RoleClipDb, shardsPerStep = 4, firstStep = 1, startBelow: number | null = null): AsyncGenerator<SearchEntry[]> {
  // startBelow: the shards from this `lo` up are already read (the page's entry read the newest).
  let below: number | null = startBelow;
  if (below !== null && below <= 0) return;
  for (;;) {
    const range = below === null ? db.searchShards.orderBy(':id') : db.searchShards.where(':id').below(below);
    const shards: SearchShard[] = await range.reverse().limit(below === null ? firstStep : shardsPerStep).toArray();
    if (!shards.length) return;
    yield shards.flatMap(shardEntries);
    const oldest = shards[shards.length - 1]!.lo;
    if (oldest <= 0) return;
    below = oldest;
  }
}

/**
 * Stores `entries` (every posting's, newest first) as the search shards, unless a posting was
 * written since `gen` was read: then the entries may be stale and nothing is stored (the next
 * open builds again). Returns whether they were stored.
 */
export async function rebuildSearchShards(db: RoleClipDb, entries: readonly SearchEntry[], gen: number): Promise<boolean> {
  const shards = partition(entries);
  return db.transaction('rw', [db.searchShards, db.meta], async () => {
    const meta = ((await db.meta.get('search')) as SearchMeta | undefined) ?? EMPTY_SEARCH_META;
    if (meta.gen !== gen) return false;
    await db.searchShards.clear();
    await db.searchShards.bulkPut(shards);
    await db.meta.put({ ...meta, format: SEARCH_FORMAT, count: entries.length });
    return true;
  });
}

