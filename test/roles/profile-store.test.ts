import { afterEach, describe, expect, test, vi } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { deletePosting, updatePosting } from '@/lib/db/repo';
import { updateRoleInfo } from '@/lib/db/roles-repo';
import type { Posting } from '@/lib/db/schemas';
import { generatePostings } from '@/lib/library/generate';
import { reassignPosting } from '@/lib/roles/learning';
import { foldPostings } from '@/lib/roles/fold-postings';
import { loadMatcherIndex } from '@/lib/roles/load';
import { loadStoredMatcherIndex } from '@/lib/roles/load-stored';
import { buildIndex, type MatcherIndex } from '@/lib/roles/matcher-index';
import { refreshMatcherFold } from '@/lib/roles/profile-refresh';
import { refreshIndexParts } from '@/lib/roles/index-parts';
import { readMatcherFold } from '@/lib/roles/profile-store';
import { MAX_SAVED_PER_ROLE } from '@/lib/roles/saved-fold';
import { seedLibrary } from '@/lib/roles/seed';
import { freshDb, testDeps } from '../helpers/db';

/**
 * The matcher's folded profiles (lib/roles/profile-store.ts) must give the very index that reading
 * every saved posting gives (the reference below is how the popup built it before they existed),
 * after every kind of write, while reading only what changed.
 */
let db: RoleClipDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

/** Every assigned posting read and folded: the user's first, then the newest, 200 per role. */
async function reference(d: RoleClipDb): Promise<MatcherIndex> {
  const [roles, aliases, postings] = await Promise.all([d.roles.toArray(), d.aliases.toArray(), d.postings.where('roleId').above('').toArray()]);
  postings.sort((a, b) => Number(b.roleAssignedBy === 'user') - Number(a.roleAssignedBy === 'user') || b.clippedAt - a.clippedAt);
  const perRole = new Map<string, Posting[]>();
  for (const p of postings) {
    const list = perRole.get(p.roleId!) ?? [];
    if (list.length < MAX_SAVED_PER_ROLE) list.push(p);
    perRole.set(p.roleId!, list);
  }
  return buildIndex(roles, aliases, foldPostings(roles, [...perRole.values()].flat()));
}

function expectSameIndex(got: MatcherIndex, want: MatcherIndex) {
  expect(got.classes.map((c) => c.id)).toEqual(want.classes.map((c) => c.id));
  for (const [i, c] of want.classes.entries()) {
    const mine = got.classes[i]!.vector;
    const nonzero = [...c.vector].filter(([, w]) => w !== 0);
    expect([...mine].filter(([, w]) => w !== 0).length, c.id).toBe(nonzero.length);
    for (const [t, w] of nonzero) expect(mine.get(t), `${c.id} ${t}`).toBeCloseTo(w, 12);
  }
}

async function library(count: number, seed = 3) {
  db = freshDb();
  const deps = testDeps();
  await seedLibrary(db, deps);
  await db.postings.bulkPut(generatePostings({ count, seed }));
  return deps;
}

/** Spies on the ways postings are read: a whole role's range or a few keys. */
function readsOfPostings(d: RoleClipDb) {
  const where = vi.spyOn(d.postings, 'where');
  const bulkGet = vi.spyOn(d.postings, 'bulkGet');
  return { where, bulkGet, keys: () => bulkGet.mock.calls.flatMap(([keys]) => keys as string[]) };
}

describe('the matcher profiles kept in IndexedDB', () => {
  test('folded from the postings once, they give the index every posting gives; the saved postings move the profiles', async () => {
    await library(400);
    const got = await loadMatcherIndex(db);
    const want = await reference(db);
    expectSameIndex(got, want);
    // The folding does something: without the saved postings the profiles differ.
    const bare = buildIndex(await db.roles.toArray(), await db.aliases.toArray());
    const ops = bare.classes.findIndex((c) => c.id === want.classes[0]!.id);
    expect(bare.classes[ops]!.vector.size).toBeLessThan(want.classes[0]!.vector.size);
    expect((await readMatcherFold(db)).current).toBe(true);
  });

  test('a save, an edit, a reassignment and a deletion are read alone, and the index stays the one every posting gives', async () => {
    const deps = await library(300);
    await loadMatcherIndex(db);
    const [a, b, c] = await db.postings.where('roleId').above('').limit(3).toArray();
    const fresh = generatePostings({ count: 1, seed: 99 })[0]!;
    await db.postings.put({ ...fresh, id: 'new-one', roleId: a!.roleId, roleAssignedBy: 'user' });
    await updatePosting(db, b!.id, { duties: ['负责直播间的场控与节奏把控', '负责直播数据复盘'] }, deps);
    const to = (await db.roles.toArray()).find((r) => r.id !== c!.roleId)!.id;
    await reassignPosting(db, c!.id, to, deps);
    await deletePosting(db, a!.id);
    expect((await readMatcherFold(db)).current).toBe(false);

    const reads = readsOfPostings(db);
    const got = await loadMatcherIndex(db);
    // None of these roles keeps 200 postings: only the changed postings were read.
    expect(reads.where).not.toHaveBeenCalled();
    expect(new Set(reads.keys())).toEqual(new Set(['new-one', a!.id, b!.id, c!.id]));
    reads.where.mockRestore();
    expectSameIndex(got, await reference(db));
  });

  test('a role past its 200: a newer posting pushes the oldest out; a kept one deleted brings the next one back', async () => {
    await library(0);
    const many = generatePostings({ count: MAX_SAVED_PER_ROLE + 20, seed: 5 }).map((p) => ({ ...p, roleId: 'designer', roleAssignedBy: 'matcher' as const }));
    await db.postings.bulkPut(many);
    expectSameIndex(await loadMatcherIndex(db), await reference(db));

    const newest = { ...generatePostings({ count: 1, seed: 7, newest: Date.UTC(2030, 0, 1) })[0]!, id: 'newest', roleId: 'designer', roleAssignedBy: 'user' as const };
    await db.postings.put(newest);
    let reads = readsOfPostings(db);
    const pushed = await loadMatcherIndex(db);
    expect(reads.where).not.toHaveBeenCalled();
    expect(reads.keys()).toEqual(['newest']);
    vi.restoreAllMocks();
    expectSameIndex(pushed, await reference(db));

    // many[0] is the newest generated one: kept, and its place is taken by the 201st.
    await deletePosting(db, many[0]!.id);
    reads = readsOfPostings(db);
    const got = await loadMatcherIndex(db);
    expect(reads.where).toHaveBeenCalledWith('roleId');
    vi.restoreAllMocks();
    expectSameIndex(got, await reference(db));
  });

  test('a role edited makes the folds stale; the popup load reads no posting, uses them as they are and asks for a refresh', async () => {
    const deps = await library(200);
    await loadMatcherIndex(db);
    const role = (await db.roles.toArray())[0]!;
    deps.tick(1000);
    await updateRoleInfo(db, role.id, { aliases: [...role.aliases, '店铺美编'] }, deps);
    expect((await readMatcherFold(db)).current).toBe(false);

    const reads = readsOfPostings(db);
    const later = vi.fn();
    const stale = await loadStoredMatcherIndex(db, later);
    expect(later).toHaveBeenCalledOnce();
    expect(reads.where).not.toHaveBeenCalled();
    expect(reads.bulkGet).not.toHaveBeenCalled();
    // The new alias is in the index at once (the roles are read, not folded).
    expect(stale.aliases.some((a) => a.text === '店铺美编')).toBe(true);
    vi.restoreAllMocks();

    // What the background does when asked (lib/clip.ts): the folds, then the index parts.
    await refreshMatcherFold(db);
    await refreshIndexParts(db);
    expect((await readMatcherFold(db)).current).toBe(true);
    const fresh = vi.fn();
    expectSameIndex(await loadStoredMatcherIndex(db, fresh), await reference(db));
    expect(fresh).not.toHaveBeenCalled();
  });

  test('with no folds yet (a library from before them), the popup load builds without saved postings and asks for them', async () => {
    await library(100);
    const later = vi.fn();
    const index = await loadStoredMatcherIndex(db, later);
    expect(later).toHaveBeenCalledOnce();
    expectSameIndex(index, buildIndex(await db.roles.toArray(), await db.aliases.toArray()));
  });
});
