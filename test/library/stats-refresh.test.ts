import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { updatePosting } from '@/lib/db/repo';
import { editDuties } from '@/lib/db/roles-repo';
import type { Role } from '@/lib/db/schemas';
import { generatePostings } from '@/lib/library/generate';
import { postingsOfRole } from '@/lib/library/queries';
import { readCachedStats, rolesStamp } from '@/lib/library/stats-cache';
import { Cancelled, computeShared, refreshAllStats } from '@/lib/library/stats-refresh';
import { roleStats, summaryOf, type CompareFn } from '@/lib/library/stats';
import { compareWithRole } from '@/lib/roles/compare';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { freshDb, testDeps } from '../helpers/db';

/**
 * The background refresh leaves every role's cached statistics current and equal to a fresh
 * computation, redoes only what changed, and shares one computation between the page and the
 * background.
 */
let db: RoleClipDb;
let deps: ReturnType<typeof testDeps>;

/** The real comparison against the roles as stored, counting the postings it is asked about. */
async function comparer() {
  const roles = await db.roles.toArray();
  const index = buildIndex(roles);
  const asked: string[] = [];
  const compare: CompareFn = (p, role) => (asked.push(p.id), compareWithRole(index, role.id, p));
  return { roles, compare, asked, stamp: rolesStamp(roles) };
}

async function expectAllCurrentAndFresh() {
  const { roles, compare, stamp } = await comparer();
  for (const role of roles) {
    const { cached, current } = await readCachedStats(db, role.id, stamp);
    expect(current, role.id).toBe(true);
    const fresh = roleStats(role, (await postingsOfRole(db, role.id)).map((p) => ({ ...p, body: '', note: '' })), compare);
    expect(cached!.stats, role.id).toEqual(summaryOf(fresh));
  }
}

beforeEach(async () => {
  db = freshDb();
  deps = testDeps(Date.UTC(2026, 5, 1));
  await db.roles.bulkAdd(builtinRoles(0));
  await db.postings.bulkAdd(generatePostings({ count: 300, seed: 5 }));
});
afterEach(async () => {
  await db?.delete();
});

describe('background statistics refresh', () => {
  test('with nothing cached, every role is counted once and then current', async () => {
    const c = await comparer();
    const counted = await refreshAllStats(db, c.roles, c.stamp, c.compare);
    expect(counted.sort()).toEqual(c.roles.map((r) => r.id).sort());
    // Every assigned posting compared exactly once.
    const assigned = (await db.postings.toArray()).filter((p) => p.roleId && c.roles.some((r) => r.id === p.roleId));
    expect(c.asked.length).toBe(assigned.length);
    await expectAllCurrentAndFresh();
    // Nothing to do the second time.
    const again = await comparer();
    expect(await refreshAllStats(db, again.roles, again.stamp, again.compare)).toEqual([]);
    expect(again.asked).toEqual([]);
  });

  test('after a posting is edited, only that posting is compared again', async () => {
    const c = await comparer();
    await refreshAllStats(db, c.roles, c.stamp, c.compare);
    const edited = (await postingsOfRole(db, 'designer'))[3]!;
    await updatePosting(db, edited.id, { duties: [...edited.duties, '负责直播间的布置与灯光'] }, deps);
    const after = await comparer();
    expect(await refreshAllStats(db, after.roles, after.stamp, after.compare)).toEqual(['designer']);
    expect(after.asked).toEqual([edited.id]);
    await expectAllCurrentAndFresh();
  });

  test('after a role is edited, every role is counted again against the new wording', async () => {
    const c = await comparer();
    await refreshAllStats(db, c.roles, c.stamp, c.compare);
    await editDuties(db, 'designer', 'duties', { op: 'add', text: '负责公司年会的场地布置' }, deps);
    const after = await comparer();
    expect(after.stamp).not.toBe(c.stamp);
    expect((await readCachedStats(db, 'designer', after.stamp)).current).toBe(false);
    expect((await refreshAllStats(db, after.roles, after.stamp, after.compare)).length).toBe(after.roles.length);
    await expectAllCurrentAndFresh();
  });

  test('stops between roles when cancelled: the roles not yet counted stay not current', async () => {
    const c = await comparer();
    const started: string[] = [];
    const counted = await refreshAllStats(db, c.roles, c.stamp, c.compare, {
      cancelled: () => c.asked.length > 0,
      onRole: (role) => started.push(role.id),
    });
    // Each role here has fewer postings than one step: the first is counted whole, then it stops.
    expect(counted).toEqual(started);
    expect(counted.length).toBe(1);
    for (const role of c.roles) expect((await readCachedStats(db, role.id, c.stamp)).current, role.id).toBe(role.id === counted[0]);
  });
});

describe('one computation shared', () => {
  async function bigRole(): Promise<Role> {
    // A role with more postings than one step (300), so a second caller can join mid-way.
    const more = generatePostings({ count: 700, seed: 9 }).map((p) => ({ ...p, id: `more-${p.id}`, roleId: 'designer' }));
    await db.postings.bulkAdd(more);
    return (await db.roles.get('designer'))!;
  }

  test('a second caller joins the first: each posting is compared once, both get the result', async () => {
    const role = await bigRole();
    const c = await comparer();
    let joined: Promise<unknown> | null = null;
    const seen: number[] = [];
    const first = computeShared(db, role, c.stamp, c.compare, {
      pause: async () => {
        joined ??= computeShared(db, role, c.stamp, c.compare, { onProgress: (done) => seen.push(done) });
      },
    });
    const [a, b] = await Promise.all([first, first.then(() => joined)]);
    expect(b).toEqual(a);
    expect(seen.length).toBeGreaterThan(0);
    expect(c.asked.length).toBe((await postingsOfRole(db, 'designer')).length);
    expect(new Set(c.asked).size).toBe(c.asked.length);
  });

  test('stops only when every caller gave up', async () => {
    const role = await bigRole();
    const c = await comparer();
    let join: Promise<unknown> | null = null;
    const kept = computeShared(db, role, c.stamp, c.compare, {
      cancelled: () => true,
      pause: async () => {
        join ??= computeShared(db, role, c.stamp, c.compare, {});
      },
    });
    await expect(kept).resolves.toBeDefined();
    await join;
    expect((await readCachedStats(db, 'designer', c.stamp)).current).toBe(true);
    // Alone and giving up: rejected, nothing stored.
    await db.table('roleStats').clear();
    await db.table('statsInputs').clear();
    await expect(computeShared(db, role, c.stamp, c.compare, { cancelled: () => true })).rejects.toBeInstanceOf(Cancelled);
    expect((await readCachedStats(db, 'designer', c.stamp)).current).toBe(false);
  });
});
