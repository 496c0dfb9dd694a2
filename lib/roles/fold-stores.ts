/**
 * The object stores the popup reads to build the matcher (the settings, for the library's version,
 * and the stores the stored index lives in), by their names in the database (the Dexie tables of
 * lib/db/db.ts): profile-store.ts and index-parts.ts read them through Dexie, the popup's bootstrap
 * (platform/popup/early.ts) with plain IndexedDB before Dexie has loaded. No imports: the
 * bootstrap's chunk stays a few KB.
 */
export const FOLD_STORES = { settings: 'settings', roles: 'roles', aliases: 'aliases', meta: 'meta', fold: 'matcherFold', parts: 'matcherParts' } as const;
