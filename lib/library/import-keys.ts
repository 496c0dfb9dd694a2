import type { RoleClipDb } from '../db/db';
import { canonicalUrl } from '../db/canonical-url';
import { postingContentHash } from '../db/repo';
import type { Posting } from '../db/schemas';
import { textKey } from '../text/normalize';

/**
 * Which incoming postings of an import the library already holds. Duplicates are what
 * findDuplicate (lib/db/repo.ts) calls a re-clip: the same canonical URL and title, else the same
 * normalised text (postingContentHash), else the same id with the same title and company. The
 * library's keys come from its indexes (no row is read); a row is read only to check the title
 * of a posting at the same URL or with the same id. A posting's text is normalised (OpenCC) only
 * when its URL did not already decide, and not at all when the library has no postings (a restore).
 * Incoming postings are checked against the library as it was, not against each other: two rows in
 * one backup were two rows in the library it came from, and a restore keeps them both.
 */

export type Decision = { dup: string; by: 'url' | 'content' | 'id' } | { id: string };

export interface LibraryKeys {
  /** canonical URL -> ids at it, by id. */
  byUrl: Map<string, string[]>;
  /** content hash -> the first id (by id) with it. */
  byHash: Map<string, string>;
  ids: Set<string>;
}

/** The library's duplicate keys, from its indexes (call inside the caller's transaction). */
export async function libraryKeys(db: RoleClipDb): Promise<LibraryKeys> {
  const keys: LibraryKeys = { byUrl: new Map(), byHash: new Map(), ids: new Set() };
  const ids = await db.postings.toCollection().primaryKeys();
  if (!ids.length) return keys;
  keys.ids = new Set(ids);
  await db.postings.orderBy('canonicalUrl').eachKey((url, cursor) => {
    if (!url) return;
    const list = keys.byUrl.get(String(url));
    if (list) list.push(String(cursor.primaryKey));
    else keys.byUrl.set(String(url), [String(cursor.primaryKey)]);
  });
  await db.postings.orderBy('contentHash').eachKey((hash, cursor) => {
    if (hash && !keys.byHash.has(String(hash))) keys.byHash.set(String(hash), String(cursor.primaryKey));
  });
  return keys;
}

const canonicalOf = (p: Posting) => canonicalUrl(p.url) || canonicalUrl(p.canonicalUrl);

/**
 * Decides a batch of incoming postings. `taken` holds every id in use (the library's and those
 * given so far); a kept posting whose id is taken gets `newId()`.
 */
export async function decideBatch(
  batch: readonly Posting[],
  keys: LibraryKeys,
  taken: Set<string>,
  read: (ids: string[]) => Promise<(Posting | undefined)[]>,
  newId: () => string,
): Promise<Decision[]> {
  const wanted = new Set<string>();
  for (const p of batch) {
    const url = canonicalOf(p);
    for (const id of (url && keys.byUrl.get(url)) || []) wanted.add(id);
    if (keys.ids.has(p.id)) wanted.add(p.id);
  }
  const rows = wanted.size ? await read([...wanted]) : [];
  const existing = new Map(rows.filter((r): r is Posting => r !== undefined).map((r) => [r.id, r]));
  return batch.map((p): Decision => {
    const url = canonicalOf(p);
    const atUrl = url ? keys.byUrl.get(url) : undefined;
    if (atUrl) {
      const title = textKey(p.title);
      const same = atUrl.find((id) => textKey(existing.get(id)?.title ?? '\u0000') === title);
      if (same) return { dup: same, by: 'url' };
    }
    if (keys.byHash.size) {
      const hash = postingContentHash(p);
      const byText = (hash && keys.byHash.get(hash)) || (p.contentHash && keys.byHash.get(p.contentHash));
      if (byText) return { dup: byText, by: 'content' };
    }
    const sameId = existing.get(p.id);
    if (sameId && textKey(sameId.title) === textKey(p.title) && textKey(sameId.company) === textKey(p.company)) return { dup: sameId.id, by: 'id' };
    let id = p.id;
    if (taken.has(id)) {
      do id = newId();
      while (taken.has(id));
    }
    taken.add(id);
    return { id };
  });
}
