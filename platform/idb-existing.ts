/**
 * The library's database opened with plain IndexedDB by the pages' first scripts (the popup's
 * bootstrap, the library page's first screen), before Dexie has loaded. Never creates it (a first
 * run: Dexie creates it with its schema) and never holds up a schema upgrade (the connection
 * closes on versionchange). Null: no database, or it could not be opened.
 */
export const DB_NAME = 'roleclip';

export function openExisting(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open(DB_NAME);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}
