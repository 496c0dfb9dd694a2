import { afterEach, describe, expect, test, vi } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { updateRoleInfo } from '@/lib/db/roles-repo';
import type { Role } from '@/lib/db/schemas';
import { generatePostings } from '@/lib/library/generate';
import { hash53 } from '@/lib/text/hash';
import { learnTitle } from '@/lib/roles/learning';
import { loadMatcherIndex } from '@/lib/roles/load';
import { loadStoredMatcherIndex } from '@/lib/roles/load-stored';
import { PARTS_FORMAT, partsTable, refreshIndexParts, toPartsRow } from '@/lib/roles/index-parts';
import { buildIndex, indexParts, type MatcherIndex } from '@/lib/roles/matcher-index';
import { matchPosting } from '@/lib/roles/matcher';
import { refreshMatcherFold } from '@/lib/roles/profile-refresh';
import { readMatcherFold } from '@/lib/roles/profile-store';
import { seedLibrary } from '@/lib/roles/seed';
import { freshDb, testDeps } from '../helpers/db';

/**
 * The matcher index's role-and-alias parts kept in IndexedDB (lib/roles/index-parts.ts): read
 * back, they must give the very index a build from scratch gives, and any change to a role or a
 * learned alias must make them stale (then the index is built from scratch, never from them).
 */
let db: RoleClipDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

/** Every vector, idf and alias of the two indexes agree (weights to 12 decimals). */
function expectSameIndex(got: MatcherIndex, want: MatcherIndex) {
  // Differences collected and asserted once: one expect per term takes seconds.
  const off: string[] = [];
  const close = (what: string, x: number | undefined, y: number | undefined) => {
    if (x === undefined || y === undefined ? x !== y : Math.abs(x - y) > 5e-13) off.push(`${what}: ${x} vs ${y}`);
  };
  expect(got.classes.map((c) => [c.id, c.kind, c.label])).toEqual(want.classes.map((c) => [c.id, c.kind, c.label]));
  for (const [i, c] of want.classes.entries()) {
    const mine = got.classes[i]!.vector;
    expect(mine.size, c.id).toBe(c.vector.size);
    for (const [t, w] of c.vector) close(`${c.id} ${t}`, mine.get(t), w);
    expect(got.classes[i]!.phrases()).toEqual(c.phrases());
  }
  expect(got.aliases).toEqual(want.aliases);
  expect([...got.aliasLookup.keys()]).toEqual([...want.aliasLookup.keys()]);
  const terms = new Set([...want.postingsByTerm.keys(), ...got.postingsByTerm.keys()]);
  for (const t of terms) {
    close(`classIdf ${t}`, got.classIdf(t), want.classIdf(t));
    close(`itemIdf ${t}`, got.itemIdf(t), want.itemIdf(t));
    if (got.postingsByTerm.get(t)?.map((p) => p.cls).join() !== want.postingsByTerm.get(t)?.map((p) => p.cls).join()) off.push(`postings of ${t}`);
  }
  for (const id of want.roles.keys()) {
    const [a, b] = [got.duties.get(id)!, want.duties.get(id)!];
    expect(a.map((d) => d.id)).toEqual(b.map((d) => d.id));
    a.forEach((d, k) => {
      for (const [t, w] of b[k]!.vector) close(`${id} duty ${t}`, d.vector.get(t), w);
    });
  }
  expect(terms.size).toBeGreaterThan(1000); // the comparison covered the library's vocabulary
  expect(off).toEqual([]);
}

async function library(count: number) {
  db = freshDb();
  const deps = testDeps();
  await seedLibrary(db, deps);
  await db.postings.bulkPut(generatePostings({ count, seed: 11 }));
  await refreshMatcherFold(db);
  return deps;
}

describe('the matcher index parts kept in IndexedDB', () => {
  test('read back (through IndexedDB), they give the index a build from scratch gives, and the same matches', async () => {
    const deps = await library(120);
    await learnTitle(db, '直播間場控（晚班）', 'live-streamer', deps);
    expect((await readMatcherFold(db)).parts).toBeNull();
    await refreshIndexParts(db);
    const read = await readMatcherFold(db);
    expect(read.parts).not.toBeNull();

    const later = vi.fn();
    const fromParts = await loadStoredMatcherIndex(db, later);
    expect(later).not.toHaveBeenCalled(); // folds and parts current: nothing to ask for
    const scratch = { ...buildIndex(read.roles, read.aliases, read.folds!), bodyModel: fromParts.bodyModel };
    expect(fromParts.aliases.some((a) => a.learned && a.text === '直播間場控（晚班）')).toBe(true);
    expectSameIndex(fromParts, scratch);
    for (const posting of generatePostings({ count: 20, seed: 23 })) {
      expect(matchPosting(fromParts, posting)).toEqual(matchPosting(scratch, posting));
    }
  });

  test('a role edit or a learned alias makes them stale: the index is built from scratch and a refresh is asked for', async () => {
    const deps = await library(50);
    await refreshIndexParts(db);
    const role = (await db.roles.toArray())[0]!;

    deps.tick(1000);
    await updateRoleInfo(db, role.id, { aliases: [...role.aliases, '店铺美编'] }, deps);
    await refreshMatcherFold(db); // the folds current again: only the parts are stale
    expect((await readMatcherFold(db)).parts).toBeNull();
    const later = vi.fn();
    const stale = await loadStoredMatcherIndex(db, later);
    expect(later).toHaveBeenCalledOnce();
    expect(stale.aliases.some((a) => a.text === '店铺美编')).toBe(true);
    expectSameIndex(stale, await loadMatcherIndex(db));

    await refreshIndexParts(db);
    expect((await readMatcherFold(db)).parts).not.toBeNull();
    await learnTitle(db, '社媒投手', role.id, deps);
    expect((await readMatcherFold(db)).parts).toBeNull();
    await refreshIndexParts(db);
    expect((await readMatcherFold(db)).parts).not.toBeNull();
  });

  test('a role changed without a new updatedAt (a direct write) still makes them stale: the stamp is of the text', async () => {
    await library(0);
    await refreshIndexParts(db);
    const role = (await db.roles.toArray())[0]!;
    await db.roles.put({ ...role, duties: [...role.duties, { id: 'x-1', text: '负责千川投流与随心推' }] });
    expect((await readMatcherFold(db)).parts).toBeNull();
    await db.roles.put(role);
    expect((await readMatcherFold(db)).parts).not.toBeNull();
  });

  test('a row another version of the code made (another format) is stale', async () => {
    await library(0);
    await refreshIndexParts(db);
    const row = (await partsTable(db).get('parts'))!;
    await partsTable(db).put({ ...row, stamp: row.stamp.replace(/^\d+:/, `${PARTS_FORMAT + 1}:`) });
    expect((await readMatcherFold(db)).parts).toBeNull();
  });
});

/**
 * What the parts hold for a small fixed library, hashed: it changes when the code that makes them
 * changes (term extraction, normalisation, alias marking, the outside families). Stored parts of
 * the old code would then be read as current: bump PARTS_FORMAT and record the new hash under it.
 */
const FINGERPRINTS: Record<number, string> = { 1: 'g1zy01i6os' };

const role = (id: string, nameZh: string, aliases: string[], duties: string[], skills: string[]): Role => ({
  id, nameZh, nameEn: id, department: '运营', aliases,
  duties: duties.map((text, i) => ({ id: `${id}-${i}`, text })),
  requirements: { experienceYears: null, education: null, skills, items: [{ id: `${id}-r`, text: `熟悉${skills.join('、')}` }] },
  sources: [], origin: 'user', builtinVersion: null, edited: false, createdAt: 0, updatedAt: 0,
});

test('PARTS_FORMAT is bumped whenever what the parts hold changes', () => {
  const roles = [
    role('shop', '店鋪運營', ['天猫运营', 'Shop Ops'], ['負責店铺日常运营與活動策劃', 'Manage daily store operations, C++ and node.js tools'], ['生意参谋', 'Excel']),
    role('live', '直播场控', ['场控', '直播运营'], ['配合主播把控直播节奏，负责千川投流'], ['OBS']),
  ];
  const row = toPartsRow('x', indexParts(roles, [{ alias: '助播', text: '助播', roleId: 'live', createdAt: 0 }]))!;
  const text = JSON.stringify(row, (_, v: unknown) => (v instanceof Float64Array ? [...v] : v));
  expect({ format: PARTS_FORMAT, hash: hash53(text) }).toEqual({ format: PARTS_FORMAT, hash: FINGERPRINTS[PARTS_FORMAT] });
});
