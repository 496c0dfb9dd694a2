import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { deletePosting, savePosting, updatePosting } from '@/lib/db/repo';
import { editDuties } from '@/lib/db/roles-repo';
import type { Role } from '@/lib/db/schemas';
import { changedSince, EMPTY_JOURNAL, MAX_JOURNAL, noteChanges, noteEverything, roleRevision } from '@/lib/db/stats-journal';
import { generatePostings } from '@/lib/library/generate';
import { postingsOfRole } from '@/lib/library/queries';
import { computeRoleStats, readCachedStats, rolesStamp } from '@/lib/library/stats-cache';
import { roleStats, type CompareFn } from '@/lib/library/stats';
import { compareWithRole } from '@/lib/roles/compare';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { reassignPosting } from '@/lib/roles/learning';
import { freshDb, testDeps } from '../helpers/db';

/**
 * A role's cached statistics are always what a fresh computation over its postings gives, and
 * after a change only the postings that changed are compared again.
 */
let db: RoleClipDb;
let deps: ReturnType<typeof testDeps>;
let roles: Role[];

/** The real comparison against the library as stored, counting the postings it is asked about. */
async function comparer() {
  roles = await db.roles.toArray();
  const index = buildIndex(roles);
  const asked: string[] = [];
  const compare: CompareFn = (p, role) => (asked.push(p.id), compareWithRole(index, role.id, p));
  return { compare, asked, stamp: rolesStamp(roles) };
}

async function fresh(roleId: string) {
  const { compare } = await comparer();
  const role = roles.find((r) => r.id === roleId)!;
  return roleStats(role, (await postingsOfRole(db, roleId)).map((p) => ({ ...p, body: '', note: '' })), compare);
}

async function cachedAfterUpdate(roleId: string) {
  const c = await comparer();
  const role = roles.find((r) => r.id === roleId)!;
  expect((await readCachedStats(db, roleId, c.stamp)).current).toBe(false);
  const stats = await computeRoleStats(db, role, c.stamp, c.compare);
  expect((await readCachedStats(db, roleId, c.stamp)).current).toBe(true);
  return { stats, asked: c.asked };
}

beforeEach(async () => {
  db = freshDb();
  deps = testDeps(Date.UTC(2026, 5, 1));
  await db.roles.bulkAdd(builtinRoles(0));
  await db.postings.bulkAdd(generatePostings({ count: 400, seed: 21 }));
});
afterEach(async () => {
  await db?.delete();
});

const ad = {
  title: '电商美工',
  company: '杭州某某服饰有限公司',
  location: '杭州',
  salary: null,
  experienceYears: { min: 2, max: null },
  education: 'associate' as const,
  skills: ['Photoshop'],
  duties: ['负责店铺首页和详情页的设计与装修', '负责公司年会的场地布置'],
  requirements: ['熟练使用PS、C4D'],
  preferred: [],
  source: 'text' as const,
  url: 'https://www.zhipin.com/job_detail/new-designer.html',
  body: '电商美工',
  roleId: 'designer',
};

describe('role statistics cache', () => {
  test('the first computation is the fresh one, and is then current', async () => {
    const { stats, asked } = await cachedAfterUpdate('designer');
    expect(stats).toEqual(await fresh('designer'));
    expect(asked.length).toBe(stats.postingCount);
    expect(stats.postingCount).toBeGreaterThan(15);
  });

  test('save, edit, reassign and delete: each update compares only what changed, and equals a fresh computation', async () => {
    await cachedAfterUpdate('designer');
    await cachedAfterUpdate('hr');

    const { posting: saved } = await savePosting(db, ad, deps);
    let run = await cachedAfterUpdate('designer');
    expect(run.asked).toEqual([saved.id]);
    expect(run.stats).toEqual(await fresh('designer'));
    expect(run.stats.postingIds).toContain(saved.id);

    await updatePosting(db, saved.id, { duties: [...ad.duties, '负责直播间的布置'] }, deps);
    run = await cachedAfterUpdate('designer');
    expect(run.asked).toEqual([saved.id]);
    expect(run.stats).toEqual(await fresh('designer'));

    await reassignPosting(db, saved.id, 'hr', deps);
    run = await cachedAfterUpdate('designer');
    expect(run.asked).toEqual([]);
    expect(run.stats.postingIds).not.toContain(saved.id);
    expect(run.stats).toEqual(await fresh('designer'));
    run = await cachedAfterUpdate('hr');
    expect(run.asked).toEqual([saved.id]);
    expect(run.stats).toEqual(await fresh('hr'));

    await deletePosting(db, saved.id);
    run = await cachedAfterUpdate('hr');
    expect(run.stats.postingIds).not.toContain(saved.id);
    expect(run.stats).toEqual(await fresh('hr'));
    // A role no change touched stays current.
    const other = await comparer();
    await computeRoleStats(db, roles.find((r) => r.id === 'finance')!, other.stamp, other.compare);
    await savePosting(db, { ...ad, url: 'https://www.zhipin.com/job_detail/another.html', title: '美工助理' }, deps);
    expect((await readCachedStats(db, 'finance', other.stamp)).current).toBe(true);
  });

  test('a role edit makes every comparison of the role new, from the stored postings', async () => {
    const first = await cachedAfterUpdate('designer');
    await editDuties(db, 'designer', 'duties', { op: 'add', text: '负责公司年会的场地布置' }, deps);
    const run = await cachedAfterUpdate('designer');
    expect(run.asked.length).toBe(first.stats.postingCount);
    expect(run.stats).toEqual(await fresh('designer'));
    expect(run.stats.duties.length).toBe(first.stats.duties.length + 1);
  });
});

describe('statistics journal', () => {
  test('lists what changed for a role since a revision; a role change counts for both roles', () => {
    let j = noteChanges(EMPTY_JOURNAL, [['p1', 'designer']]);
    const at = j.rev;
    j = noteChanges(j, [['p2', 'designer'], ['p2', 'hr']]);
    j = noteChanges(j, [['p3', null]]);
    expect([...changedSince(j, 'designer', at)!]).toEqual(['p2']);
    expect([...changedSince(j, 'hr', 0)!]).toEqual(['p2']);
    expect(roleRevision(j, 'designer')).toBe(2);
    expect(roleRevision(j, 'finance')).toBe(0);
  });

  test('past its length, or after a change to everything, older caches start over', () => {
    let j = noteChanges(EMPTY_JOURNAL, [['p0', 'designer']]);
    for (let i = 1; i <= MAX_JOURNAL; i++) j = noteChanges(j, [[`p${i}`, 'hr']]);
    expect(j.journal.length).toBe(MAX_JOURNAL);
    expect(changedSince(j, 'designer', 0)).toBeNull();
    expect(changedSince(j, 'hr', j.rev - 1)).toEqual(new Set([`p${MAX_JOURNAL}`]));
    const all = noteEverything(j);
    expect(changedSince(all, 'hr', j.rev)).toBeNull();
    expect(roleRevision(all, 'finance')).toBe(all.rev);
  });
});
