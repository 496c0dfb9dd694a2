import type { FoldRows } from '@/lib/roles/profile-store';
import { FOLD_STORES } from '@/lib/roles/fold-stores';
import { fetchBodyModelJson } from '../body-model-json';
import { openExisting } from '../idb-existing';
import { runExtractor, targetTabId } from '../tab-read';

/**
 * What the popup's first script (its bootstrap, entrypoints/popup/main.tsx) starts before the
 * app's code is fetched: the page read (the extractor's raw answer; null: no tab), the body
 * model's JSON, and the rows the matcher's stored index is built from, read with plain IndexedDB
 * (Dexie is in the app's code). All three wait on other processes (the page's renderer, the
 * package's files, the database), so they run while React, Dexie, zod and the engine load and
 * compile. Nothing here imports app code: this module is in the bootstrap's chunk.
 */
let read: Promise<unknown> | null = null;
let library: Promise<EarlyLibrary | null> | null = null;
let settings: Promise<unknown> = Promise.resolve(undefined);

/** The settings row (unchecked) and the matcher's rows, as one transaction read them. */
export interface EarlyLibrary {
  settings: unknown;
  rows: FoldRows;
}

export function startEarly(): void {
  read = targetTabId(location.search).then((tabId) => (tabId === null ? null : runExtractor(tabId)));
  read.catch(() => undefined); // taken and awaited by the app, which reports a failure
  library = readEarlyLibrary().catch(() => null); // any failure: the app reads through Dexie
  settings = library.then((found) => found?.settings);
  fetchBodyModelJson().catch(() => undefined); // memoised: read by body-model-asset.ts
}

/** The read started on the first line (once: a later read, e.g. "retry", starts afresh), or null. */
export function takeEarlyRead(): Promise<unknown> | null {
  const started = read;
  read = null;
  return started;
}

/** The settings row the first line read (unchecked; undefined: none), for the popup's language before Dexie loads. */
export const earlySettings = (): Promise<unknown> => settings;

/** The library rows read on the first line (once), or null (not started, no database, a failure). */
export function takeEarlyLibrary(): Promise<EarlyLibrary | null> {
  const started = library ?? Promise.resolve(null);
  library = null;
  return started;
}

/**
 * One read-only transaction over the stores the matcher's index is built from (openExisting: never
 * creates the database, never holds up an upgrade); a store missing (an older schema) answers null.
 */
export async function readEarlyLibrary(): Promise<EarlyLibrary | null> {
  const db = await openExisting();
  if (!db) return null;
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(Object.values(FOLD_STORES), 'readonly');
    } catch {
      db.close();
      return resolve(null);
    }
    const get = <T>(store: string, key?: string) => {
      const req = key === undefined ? tx.objectStore(store).getAll() : tx.objectStore(store).get(key);
      return () => req.result as T;
    };
    const settings = get<unknown>(FOLD_STORES.settings, 'settings');
    const roles = get<FoldRows['roles']>(FOLD_STORES.roles);
    const aliases = get<FoldRows['aliases']>(FOLD_STORES.aliases);
    const journal = get<FoldRows['journal']>(FOLD_STORES.meta, 'stats');
    const fold = get<FoldRows['fold']>(FOLD_STORES.fold, 'fold');
    const parts = get<FoldRows['parts']>(FOLD_STORES.parts, 'parts');
    tx.oncomplete = () => {
      db.close();
      resolve({ settings: settings(), rows: { roles: roles(), aliases: aliases(), journal: journal(), fold: fold(), parts: parts() } });
    };
    tx.onerror = () => (db.close(), reject(tx.error));
    tx.onabort = () => (db.close(), reject(tx.error));
  });
}
