import { afterEach, describe, expect, test, vi } from 'vitest';
import { RoleClipDb } from '@/lib/db/db';
import { settingsFrom } from '@/lib/db/settings';
import { generatePostings } from '@/lib/library/generate';
import { refreshIndexParts } from '@/lib/roles/index-parts';
import { loadStoredMatcherIndex, matcherIndexFromFold } from '@/lib/roles/load-stored';
import { matchPosting } from '@/lib/roles/matcher';
import { refreshMatcherFold } from '@/lib/roles/profile-refresh';
import { foldFromRows, readMatcherFold } from '@/lib/roles/profile-store';
import { seedLibrary } from '@/lib/roles/seed';
import { LIBRARY_VERSION } from '@/lib/roles/version';
import { readEarlyLibrary } from '@/platform/popup/early';
import { testDeps } from '../helpers/db';

/**
 * The popup's bootstrap reads the matcher's rows with plain IndexedDB before Dexie has loaded
 * (platform/popup/early.ts): the same rows Dexie reads, so the same index and the same matches;
 * never a database created where there is none, never a connection left open to block an upgrade,
 * and no answer (the app reads through Dexie) from a schema without the stores.
 */
let db: RoleClipDb | null = null;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = null;
});

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe("the popup bootstrap's plain read of the library", () => {
  test('gives the rows Dexie reads, hence the same index and the same matches', async () => {
    db = new RoleClipDb('roleclip');
    await seedLibrary(db, testDeps());
    await db.postings.bulkPut(generatePostings({ count: 80, seed: 5 }));
    await refreshMatcherFold(db);
    await refreshIndexParts(db);

    const early = await readEarlyLibrary();
    expect(early).not.toBeNull();
    expect(settingsFrom(early!.settings).libraryVersion).toBe(LIBRARY_VERSION);
    const viaDexie = await readMatcherFold(db);
    const fromRows = foldFromRows(early!.rows);
    expect(fromRows.roles.length).toBeGreaterThan(10);
    expect(fromRows.current).toBe(true);
    expect(fromRows.parts).not.toBeNull();
    expect(fromRows).toEqual(viaDexie);

    const later = vi.fn();
    const [a, b] = await Promise.all([matcherIndexFromFold(Promise.resolve(fromRows), later, Promise.resolve(null)), loadStoredMatcherIndex(db, later, Promise.resolve(null))]);
    expect(later).not.toHaveBeenCalled();
    for (const posting of generatePostings({ count: 15, seed: 29 })) expect(matchPosting(a, posting)).toEqual(matchPosting(b, posting));
    // The bootstrap's connection is closed: deleting the database is not blocked by it.
    db.close();
    await db.delete();
    db = null;
  });

  test('a browser with no library: no answer, and no database created', async () => {
    expect(await names()).not.toContain('roleclip');
    expect(await readEarlyLibrary()).toBeNull();
    expect(await names()).not.toContain('roleclip');
  });

  test('a database of an older schema (no matcher stores): no answer', async () => {
    await new Promise<void>((done, fail) => {
      const open = indexedDB.open('roleclip', 10);
      open.onupgradeneeded = () => open.result.createObjectStore('roles', { keyPath: 'id' });
      open.onsuccess = () => (open.result.close(), done());
      open.onerror = () => fail(open.error);
    });
    expect(await readEarlyLibrary()).toBeNull();
    await new Promise((done) => (indexedDB.deleteDatabase('roleclip').onsuccess = done));
  });
});
