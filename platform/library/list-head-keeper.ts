import type { RoleClipDb } from '@/lib/db/db';
import { newestFirst } from '@/lib/db/search-entry';
import type { SearchMeta } from '@/lib/db/search-shards';
import { HEAD_ROWS, toHead, type ListHead } from '@/lib/library/list-head';
import { newestPostings } from '@/lib/library/queries';
import { dropHead, HEAD_KEY, readHead, writeHead } from './list-head';

// Apart from list-head.ts, which the library page's 8 KB entry chunk imports: this needs Dexie.

/** The head as the list's first screen shows it, read with Dexie, and the postings' write count it was read at. */
export async function headFromDb(db: RoleClipDb): Promise<{ head: ListHead; gen: number }> {
  return db.transaction('r', [db.postings, db.roles, db.settings, db.meta], async () => {
    const [postings, roles, settings, meta] = await Promise.all([newestPostings(db, HEAD_ROWS), db.roles.toArray(), db.settings.get('settings'), db.meta.get('search')]);
    return { head: toHead(postings.sort(newestFirst), roles, settings?.locale ?? 'auto'), gen: (meta as SearchMeta | undefined)?.gen ?? 0 };
  });
}

/**
 * Reads the head and stores it (nothing for an empty library). A posting written while it read
 * (the search meta's write count moved) drops it again, which starts another round in the
 * background; the library page's own read corrects whatever is left.
 */
export async function storeHead(db: RoleClipDb): Promise<void> {
  const { head, gen } = await headFromDb(db);
  if (!head.rows.length) return;
  await writeHead(head);
  const now = ((await db.meta.get('search')) as SearchMeta | undefined)?.gen ?? 0;
  if (now !== gen) await dropHead();
}

/** Stores the head if there is none (a library from before the copy existed, a drop nobody put back). */
export async function ensureHead(db: RoleClipDb): Promise<void> {
  if (!(await readHead())) await storeHead(db);
}

/**
 * In the background: after the copy is dropped and no write has followed for `quietMs`, stores it
 * again; likewise when the background starts and finds none.
 */
export function keepHead(db: RoleClipDb, quietMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void storeHead(db).catch(() => undefined), quietMs);
  };
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && HEAD_KEY in changes && changes[HEAD_KEY]!.newValue == null) later();
  });
  void readHead().then((head) => head ?? later());
}
