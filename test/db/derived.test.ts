import { afterEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { deletePosting, savePosting, updatePosting } from '@/lib/db/repo';
import { createRole, deleteRole } from '@/lib/db/roles-repo';
import { searchEntry } from '@/lib/db/search-entry';
import { makeShard, partition, SHARD_MAX, shardEntries } from '@/lib/db/search-shards';
import type { StatsJournal } from '@/lib/db/stats-journal';
import { generatePostings } from '@/lib/library/generate';
import { PostingIndex } from '@/lib/library/search-index';
import { readSearchShards, rebuildSearchShards, searchIndexState } from '@/lib/library/search-store';
import { reassignPosting } from '@/lib/roles/learning';
import { freshDb, testDeps } from '../helpers/db';
import { posting } from '../library/helpers';

/**
 * The derived tables (search shards, statistics journal) follow every write to postings, in the
 * writer's own transaction (lib/db/middleware.ts).
 */
let db: RoleClipDb;
afterEach(async () => {
  await db?.delete();
});

async function stored(d: RoleClipDb) {
  const entries = [];
  for await (const step of readSearchShards(d)) entries.push(...step);
  return entries;
}
const journal = async (d: RoleClipDb) => (await d.meta.get('stats')) as StatsJournal | undefined;

const draft = (over: Partial<Parameters<typeof savePosting>[1]> = {}) => ({
  title: '天猫运营专员',
  company: '杭州星禾电子商务有限公司',
  location: '杭州',
  salary: null,
  experienceYears: null,
  education: null,
  skills: ['直通车'],
  duties: ['负责天猫店铺日常运营', '使用直通车推广商品'],
  requirements: ['一年以上电商运营经验'],
  preferred: [],
  source: 'text' as const,
  url: 'https://www.zhipin.com/job_detail/a1.html',
  body: '天猫运营专员',
  roleId: 'operations-specialist',
  ...over,
});

describe('shards as values', () => {
  test('a shard gives back the entries it was made of', () => {
    const entries = generatePostings({ count: 30, seed: 2 }).map(searchEntry);
    expect(shardEntries(makeShard(0, entries))).toEqual(entries);
  });

  test('partition never cuts between two postings clipped in the same millisecond', () => {
    const entries = generatePostings({ count: 10, seed: 2 }).map((p, i) => searchEntry({ ...p, clippedAt: 1000 - Math.floor(i / 4) }));
    const shards = partition(entries, 3);
    expect(shards.map((s) => s.ids.length)).toEqual([4, 4, 2]);
    expect(shards.map((s) => s.lo)).toEqual([1000, 999, 0]);
    expect(shards.flatMap(shardEntries)).toEqual(entries);
  });
});

describe('every write keeps the search shards and the journal current', () => {
  test('save, edit, reassign, delete', async () => {
    db = freshDb();
    const deps = testDeps();
    expect(await searchIndexState(db)).toMatchObject({ whole: true, total: 0 });

    const { posting: saved } = await savePosting(db, draft(), deps);
    expect((await stored(db)).map((e) => e.summary.title)).toEqual(['天猫运营专员']);

    await updatePosting(db, saved.id, { title: '天貓運營主管' }, deps);
    const [edited] = await stored(db);
    expect(edited!.summary.title).toBe('天貓運營主管');
    expect(edited!.hay).toContain('天猫运营主管');

    await db.roles.put({ ...(await createRole(db, { nameZh: '直播场控' }, { ...deps, newId: () => 'x1' })) });
    const userRole = (await db.roles.toArray())[0]!.id;
    await reassignPosting(db, saved.id, userRole, deps);
    expect((await stored(db))[0]!.summary.roleId).toBe(userRole);
    const j = await journal(db);
    // The reassignment touched the role it left and the one it joined.
    expect(j!.journal.slice(-2).map(([, id, role]) => [id, role])).toEqual([
      [saved.id, 'operations-specialist'],
      [saved.id, userRole],
    ]);

    await deleteRole(db, userRole, deps);
    expect((await stored(db))[0]!.summary.roleId).toBeNull();

    await deletePosting(db, saved.id);
    expect(await stored(db)).toEqual([]);
    expect(await searchIndexState(db)).toMatchObject({ whole: true, total: 0 });
  });

  test('thousands of postings: shards split, read back newest first, equal to a build from the rows', async () => {
    db = freshDb();
    const all = generatePostings({ count: 3000, seed: 4 });
    for (let i = 0; i < all.length; i += 700) await db.postings.bulkAdd(all.slice(i, i + 700));
    await db.postings.bulkPut(all.slice(0, 50).map((p) => ({ ...p, title: `${p.title}（急招）`, updatedAt: p.updatedAt + 1 })));
    await db.postings.bulkDelete(all.slice(100, 140).map((p) => p.id));
    const shards = await db.searchShards.toArray();
    expect(shards.length).toBeGreaterThan(1);
    for (const s of shards) expect(s.ids.length).toBeLessThanOrEqual(SHARD_MAX);
    const rows = await db.postings.toArray();
    expect(await stored(db)).toEqual([...PostingIndex.build(rows).entries()]);
    expect(await searchIndexState(db)).toMatchObject({ whole: true, total: 2960 });
  });

  test('clearing the postings clears the shards and makes every role\'s statistics out of date', async () => {
    db = freshDb();
    await db.postings.bulkAdd(generatePostings({ count: 30, seed: 5 }));
    await db.postings.clear();
    expect(await db.searchShards.count()).toBe(0);
    const j = await journal(db);
    expect(j!.allRev).toBe(j!.rev);
    // Nothing to trust until the (empty) index is stored again.
    expect(await searchIndexState(db)).toMatchObject({ whole: false, total: 0 });
  });

  test('a write that fails leaves the derived tables as they were', async () => {
    db = freshDb();
    const deps = testDeps();
    await savePosting(db, draft(), deps);
    const before = [await stored(db), await journal(db)];
    await expect(
      db.transaction('rw', db.postings, async () => {
        await db.postings.put(posting({ id: 'p-new', title: '客服专员' }));
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect([await stored(db), await journal(db)]).toEqual(before);
  });
});

describe('a library from before the shards (upgraded, or written elsewhere) is rebuilt once', () => {
  test('the state says so; a rebuild stores them; a write during the rebuild makes it start over', async () => {
    db = freshDb();
    const all = generatePostings({ count: 40, seed: 6 });
    await db.postings.bulkAdd(all);
    await db.meta.put({ id: 'search', format: 0, count: 0, gen: 9 }); // as an upgraded library has it
    await db.searchShards.clear();
    const state = await searchIndexState(db);
    expect(state).toEqual({ whole: false, total: 40, gen: 9 });
    const entries = PostingIndex.build(all).entries();

    await db.postings.delete(all[0]!.id); // written after the state was read
    expect(await rebuildSearchShards(db, entries, state.gen)).toBe(false);
    expect((await searchIndexState(db)).whole).toBe(false);

    const again = await searchIndexState(db);
    const rebuilt = PostingIndex.build(await db.postings.toArray()).entries();
    expect(await rebuildSearchShards(db, rebuilt, again.gen)).toBe(true);
    expect(await searchIndexState(db)).toMatchObject({ whole: true, total: 39 });
    expect(await stored(db)).toEqual([...rebuilt]);
  });

  test('the instant check (meta row, one key) finds postings written around RoleClip into an empty index', async () => {
    db = freshDb();
    await db.open(); // a new database: its empty index is whole
    expect(await searchIndexState(db, { count: false })).toMatchObject({ whole: true, total: 0 });
    // Written below Dexie, as another tool (or the scale bench) writes: no middleware, no shards.
    const idb = db.backendDB();
    await new Promise<void>((done, fail) => {
      const tx = idb.transaction('postings', 'readwrite');
      for (const p of generatePostings({ count: 5, seed: 8 })) tx.objectStore('postings').put(p);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    expect(await searchIndexState(db, { count: false })).toMatchObject({ whole: false });
    expect(await searchIndexState(db)).toMatchObject({ whole: false, total: 5 });
  });
});
