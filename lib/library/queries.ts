import Dexie from 'dexie';
import type { RoleClipDb } from '../db/db';
import type { Posting } from '../db/schemas';
import { PostingIndex } from './search-index';

/**
 * The workspace's reads that Dexie's indexes answer without loading every row: role counts from
 * the roleId index keys, a role's postings by index, a page of full rows by primary key. The
 * text search itself runs on the in-memory PostingIndex (IndexedDB has no substring index).
 */

export interface LoadOptions {
  /** Postings read and indexed per step (default 1,000: ~30 ms of work on these machines). */
  chunk?: number;
  /** Awaited between steps so the page stays responsive (the UI passes a setTimeout/idle wait). */
  pause?: () => Promise<void>;
  onProgress?: (indexed: number) => void;
}

/**
 * Builds the search index from the database in steps of `chunk` postings, paging by primary
 * key. Normalising 10,000 postings' text (OpenCC) takes a few hundred milliseconds, so the
 * workspace should show its first screen from Dexie (newestPostings) and search once this
 * resolves, rather than wait for it.
 */
export async function loadSearchIndex(db: RoleClipDb, options: LoadOptions = {}): Promise<PostingIndex> {
  const chunk = options.chunk ?? 1000;
  const index = new PostingIndex();
  let last: string | null = null;
  for (;;) {
    const page = last === null ? db.postings.orderBy(':id') : db.postings.where(':id').above(last);
    const rows: Posting[] = await page.limit(chunk).toArray();
    if (rows.length === 0) break;
    index.addMany(rows);
    last = rows[rows.length - 1]!.id;
    options.onProgress?.(index.size);
    if (rows.length < chunk) break;
    if (options.pause) await options.pause();
  }
  return index;
}

/** The first screen of the list, newest first, straight from the clippedAt index. */
export async function newestPostings(db: RoleClipDb, limit = 50): Promise<Posting[]> {
  return db.postings.orderBy('clippedAt').reverse().limit(limit).toArray();
}

/**
 * Saved postings per role id, from the roleId index (no row is read). With the library's role ids
 * given, each is counted directly (one parallel count each); without them the index's distinct
 * keys are listed first, which reads every key (~0.3 s at 10,000 postings in Chromium). IndexedDB
 * does not index null, so the unassigned postings (key `null`) are the total minus the rest.
 */
export async function countByRole(db: RoleClipDb, roleIds?: readonly string[]): Promise<Map<string | null, number>> {
  return db.transaction('r', db.postings, async () => {
    const ids = roleIds ? [...roleIds] : (await db.postings.orderBy('roleId').uniqueKeys()).map(String);
    // All the counts at once: awaiting them one by one pays a round trip each.
    const [total, ...perRole] = await Promise.all([db.postings.count(), ...ids.map((id) => db.postings.where('roleId').equals(id).count())]);
    const counts = new Map<string | null, number>(ids.map((id, i) => [id, perRole[i]!]));
    counts.set(null, total! - perRole.reduce((sum, n) => sum + n, 0));
    return counts;
  });
}

/** A role's saved postings, newest first; `null` gives the unassigned ones (a filtered scan). */
export async function postingsOfRole(db: RoleClipDb, roleId: string | null): Promise<Posting[]> {
  const rows =
    roleId === null
      ? await db.postings.filter((p) => p.roleId === null).toArray()
      : await db.postings.where('roleId').equals(roleId).toArray();
  return rows.sort((a, b) => b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : 1));
}

/** A role's newest saved postings, read through the [roleId+clippedAt] index (at most `limit`). */
export async function newestOfRole(db: RoleClipDb, roleId: string, limit: number): Promise<Posting[]> {
  return db.postings.where('[roleId+clippedAt]').between([roleId, Dexie.minKey], [roleId, Dexie.maxKey]).reverse().limit(limit).toArray();
}

/** Full rows for ids (a virtual list's visible window, the matrix's columns); missing ids dropped. */
export async function getPostings(db: RoleClipDb, ids: readonly string[]): Promise<Posting[]> {
  const rows = await db.postings.bulkGet([...ids]);
  return rows.filter((p): p is Posting => p !== undefined);
}
