import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { deletePosting, savePosting, updatePosting } from '@/lib/db/repo';
import { editDuties } from '@/lib/db/roles-repo';
import type { Role } from '@/lib/db/schemas';
import { changedSince, EMPTY_JOURNAL, MAX_JOURNAL, noteChanges, noteEverything, roleRevision } from '@/lib/db/stats-journal';
import { generatePostings } from '@/lib/library/generate';
import { postingsOfRole } from '@/lib/library/queries';
import { computeRoleStats, readCachedStats, rolesStamp } from '@/lib/library/stats-cache';
import { aggregateStats } from '@/lib/library/stats-rows';
import { readRoleStatsFromRows, storedRows } from '@/lib/library/stats-store';
import { roleStats, summaryOf, type CompareFn } from '@/lib/library/stats';
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

/** Every posting of the role counted afresh, with the lists behind the figures. */
async function freshFull(roleId: string) {
  const { compare } = await comparer();
  const role = roles.find((r) => r.id === roleId)!;
  return roleStats(role, (await postingsOfRole(db, roleId)).map((p) => ({ ...p, body: '', note: '' })), compare);
}

/** The figures of a fresh count (what the cache stores and shows). */
async function fresh(roleId: string) {
  return summaryOf(await freshFull(roleId));
}

/** The lists behind the cached figures, counted from the stored rows (nothing compared). */
async function detail(roleId: string) {
  const { stamp } = await comparer();
  const full = await readRoleStatsFromRows(db, roles.find((r) => r.id === roleId)!, stamp);
  expect(full).toEqual(await freshFull(roleId));
  return full!;
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
    expect((await detail('designer')).postingIds).toContain(saved.id);

    await updatePosting(db, saved.id, { duties: [...ad.duties, '负责直播间的布置'] }, deps);
    run = await cachedAfterUpdate('designer');
    expect(run.asked).toEqual([saved.id]);
    expect(run.stats).toEqual(await fresh('designer'));

    await reassignPosting(db, saved.id, 'hr', deps);
    run = await cachedAfterUpdate('designer');
    expect(run.asked).toEqual([]);
    expect((await detail('designer')).postingIds).not.toContain(saved.id);
    expect(run.stats).toEqual(await fresh('designer'));
    run = await cachedAfterUpdate('hr');
    expect(run.asked).toEqual([saved.id]);
    expect(run.stats).toEqual(await fresh('hr'));

    await deletePosting(db, saved.id);
    run = await cachedAfterUpdate('hr');
    expect((await detail('hr')).postingIds).not.toContain(saved.id);
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

describe('what the cache keeps', () => {
  test('stored before they are handed on: a page closed right after showing them finds them next time', async () => {
    const c = await comparer();
    const role = roles.find((r) => r.id === 'designer')!;
    let seen: Promise<boolean> | null = null;
    await computeRoleStats(db, role, c.stamp, c.compare, { onResult: () => (seen = readCachedStats(db, 'designer', c.stamp).then((r) => r.current)) });
    expect(await seen).toBe(true);
  });

  test("each posting's row, not its text: no page text is stored, and the rows sum to the statistics", async () => {
    const { posting } = await savePosting(db, { ...ad, body: '独一无二的页面正文文本' }, deps);
    const { stats } = await cachedAfterUpdate('designer');
    const rows = await storedRows(db, 'designer');
    const full = await detail('designer');
    expect(rows.map((r) => r.id)).toEqual(full.postingIds);
    for (const table of ['statsRows', 'statsGroups', 'statsTotals', 'roleStats']) {
      const all = await db.table(table).toArray();
      expect(all.length).toBeGreaterThan(0);
      expect(JSON.stringify(all)).not.toContain('独一无二的页面正文文本');
    }
    expect(summaryOf(aggregateStats(roles.find((r) => r.id === 'designer')!, rows))).toEqual(stats);
    expect(rows.find((r) => r.id === posting.id)!.extraDuties.map(([, item]) => item)).toContain('负责公司年会的场地布置');
    // The figures an open reads are only the figures: no lists as long as the role's postings.
    const cached = (await readCachedStats(db, 'designer', rolesStamp(roles))).cached!;
    expect(cached.stats).toEqual(stats);
    expect(JSON.stringify(cached)).not.toContain(posting.id);
  });

  test('totals of another format or stamp, or none, are counted again in full', async () => {
    const c = await comparer();
    const role = roles.find((r) => r.id === 'designer')!;
    await computeRoleStats(db, role, c.stamp, c.compare);
    const totals = (await db.table('statsTotals').get('designer')) as { rev: number };
    // As an older RoleClip would have stored them: another stamp.
    const v1Stamp = c.stamp.replace(/^\d+:/, '1:');
    await db.table('statsTotals').update('designer', { stamp: v1Stamp });
    await db.table('roleStats').update('designer', { stamp: v1Stamp });
    expect((await readCachedStats(db, 'designer', c.stamp)).current).toBe(false);
    await savePosting(db, ad, deps);
    const again = await cachedAfterUpdate('designer');
    expect(again.asked.length).toBe(again.stats.postingCount);
    expect(again.stats).toEqual(await fresh('designer'));
    // Totals under the current stamp but without their counts (a damaged row) are no use either.
    await db.table('statsTotals').put({ roleId: 'designer', rev: totals.rev, stamp: c.stamp });
    await savePosting(db, { ...ad, url: 'https://www.zhipin.com/job_detail/third.html' }, deps);
    const third = await cachedAfterUpdate('designer');
    expect(third.asked.length).toBe(third.stats.postingCount);
    expect(third.stats).toEqual(await fresh('designer'));
    await detail('designer');
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
