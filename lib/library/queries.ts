import type { RoleClipDb } from '../db/db';
import type { Posting } from '../db/schemas';
import { PostingIndex } from './search-index';

/**
 * The workspace's reads that Dexie's indexes answer without loading every row: role counts from
 * the roleId index keys, a role's postings by index, a page of full rows by primary key. The
 * text search itself runs on the in-memory PostingIndex (IndexedDB has no substring index).
 */

/** Reads every posting once and builds the search index (the workspace does this on open). */
export async function loadSearchIndex(db: RoleClipDb): Promise<PostingIndex> {
  return PostingIndex.build(await db.postings.toArray());
}

/**
 * Saved postings per role id, from the roleId index: its distinct keys, then a count per key
 * (no row is read; reading every key instead is 70x slower on fake-indexeddb). IndexedDB does not
 * index null, so unassigned postings are the total minus the indexed ones (key `null`).
 */
export async function countByRole(db: RoleClipDb): Promise<Map<string | null, number>> {
  return db.transaction('r', db.postings, async () => {
    const roleIds = (await db.postings.orderBy('roleId').uniqueKeys()).map(String);
    const counts = new Map<string | null, number>();
    let indexed = 0;
    for (const id of roleIds) {
      const n = await db.postings.where('roleId').equals(id).count();
      counts.set(id, n);
      indexed += n;
    }
    counts.set(null, (await db.postings.count()) - indexed);
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

/** Full rows for ids (a virtual list's visible window, the matrix's columns); missing ids dropped. */
export async function getPostings(db: RoleClipDb, ids: readonly string[]): Promise<Posting[]> {
  const rows = await db.postings.bulkGet([...ids]);
  return rows.filter((p): p is Posting => p !== undefined);
}
