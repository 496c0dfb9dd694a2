import { newestFirst, type SearchEntry } from './search-entry';

/**
 * The posting list's search index, kept in IndexedDB so the library opens without reading and
 * normalising every posting. Entries are packed into shards of at most SHARD_MAX postings, one
 * row each, by clip time: a shard covers [lo, the next shard's lo), the oldest has lo 0, and
 * each keeps its entries newest first, so reading shards from the highest lo down gives the
 * whole list in order. Few large rows, because IndexedDB reads per row: 20,000 entries came back
 * in ~0.25 s as 20 rows of 1,000 and in ~5 s as 500 rows of 40 (headless Chromium, these
 * machines). A save rewrites one shard (~1 MB).
 */

/** Bump when SearchEntry or searchText() changes: stored shards of another format are rebuilt. */
export const SEARCH_FORMAT = 1;
export const SHARD_MAX = 2000;
/** Shards written by a rebuild hold this many, leaving room to grow before a split. */
export const SHARD_FILL = 1500;

/** One row of the searchShards table: its entries, newest first, as columns. */
export interface SearchShard {
  lo: number;
  ids: string[];
  clippedAt: number[];
  title: string[];
  company: string[];
  location: string[];
  site: string[];
  roleId: (string | null)[];
  tags: string[][];
  salaryRaw: string[];
  companyKey: string[];
  hay: string[];
}

/** The meta row that says whether the shards can be trusted. */
export interface SearchMeta {
  id: 'search';
  /** SEARCH_FORMAT of the stored shards; 0 while they are missing or being rebuilt. */
  format: number;
  /** Entries in all shards: equal to the postings' count when the index is whole. */
  count: number;
  /** Bumped by every write to postings: a rebuild that saw another value started too early. */
  gen: number;
}

export const EMPTY_SEARCH_META: SearchMeta = { id: 'search', format: 0, count: 0, gen: 0 };

export function shardEntries(s: SearchShard): SearchEntry[] {
  return s.ids.map((id, i) => ({
    summary: {
      id,
      title: s.title[i]!,
      company: s.company[i]!,
      location: s.location[i]!,
      site: s.site[i]!,
      roleId: s.roleId[i]!,
      tags: s.tags[i]!,
      salaryRaw: s.salaryRaw[i]!,
      clippedAt: s.clippedAt[i]!,
    },
    hay: s.hay[i]!,
    companyKey: s.companyKey[i]!,
  }));
}

/** A shard of `entries`, which must be newest first. */
export function makeShard(lo: number, entries: readonly SearchEntry[]): SearchShard {
  const col = <T>(f: (e: SearchEntry) => T) => entries.map(f);
  return {
    lo,
    ids: col((e) => e.summary.id),
    clippedAt: col((e) => e.summary.clippedAt),
    title: col((e) => e.summary.title),
    company: col((e) => e.summary.company),
    location: col((e) => e.summary.location),
    site: col((e) => e.summary.site),
    roleId: col((e) => e.summary.roleId),
    tags: col((e) => e.summary.tags),
    salaryRaw: col((e) => e.summary.salaryRaw),
    companyKey: col((e) => e.companyKey),
    hay: col((e) => e.hay),
  };
}

/**
 * Cuts entries (newest first) into shards of about `size`, never between two entries clipped in
 * the same millisecond (a shard's range is a clip-time range). The oldest shard gets `floor`.
 */
export function partition(entries: readonly SearchEntry[], size = SHARD_FILL, floor = 0): SearchShard[] {
  const shards: SearchShard[] = [];
  let start = 0;
  while (start < entries.length) {
    let end = Math.min(start + size, entries.length);
    while (end < entries.length && entries[end]!.summary.clippedAt === entries[end - 1]!.summary.clippedAt) end++;
    const piece = entries.slice(start, end);
    const lo = end === entries.length ? floor : piece[piece.length - 1]!.summary.clippedAt;
    shards.push(makeShard(lo, piece));
    start = end;
  }
  return shards.length ? shards : [makeShard(floor, [])];
}

/** Where shards are read and written: a transaction's tables (see middleware.ts, merge). */
export interface ShardStore {
  keys(): Promise<number[]>;
  get(lo: number): Promise<SearchShard | undefined>;
  put(shards: SearchShard[]): Promise<void>;
  delete(los: number[]): Promise<void>;
}

/** Adds, replaces and removes entries; returns how the number of entries changed. */
export async function applyToShards(
  store: ShardStore,
  puts: readonly SearchEntry[],
  removes: readonly { id: string; clippedAt: number }[],
): Promise<number> {
  const los = (await store.keys()).sort((a, b) => a - b);
  if (los[0] !== 0) los.unshift(0); // the oldest shard always starts at 0 (created on first use)
  const covering = (t: number) => {
    let lo = 0;
    let hi = los.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (los[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return los[lo]!;
  };
  const working = new Map<number, SearchEntry[]>();
  const open = async (lo: number) => {
    let list = working.get(lo);
    if (!list) {
      const shard = await store.get(lo);
      list = shard ? shardEntries(shard) : [];
      working.set(lo, list);
    }
    return list;
  };
  let delta = 0;
  for (const r of removes) {
    const list = await open(covering(r.clippedAt));
    const at = list.findIndex((e) => e.summary.id === r.id);
    if (at >= 0) (list.splice(at, 1), delta--);
  }
  for (const e of puts) {
    const list = await open(covering(e.summary.clippedAt));
    const at = list.findIndex((x) => x.summary.id === e.summary.id);
    if (at >= 0) list.splice(at, 1);
    else delta++;
    list.push(e);
  }
  const write: SearchShard[] = [];
  const drop: number[] = [];
  for (const [lo, list] of working) {
    list.sort((a, b) => newestFirst(a.summary, b.summary));
    if (list.length === 0 && lo !== 0) drop.push(lo);
    else if (list.length > SHARD_MAX) write.push(...partition(list, SHARD_FILL, lo));
    else write.push(makeShard(lo, list));
  }
  if (drop.length) await store.delete(drop);
  await store.put(write);
  return delta;
}
