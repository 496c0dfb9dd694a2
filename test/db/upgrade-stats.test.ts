import { afterEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { RoleClipDb } from '@/lib/db/db';
import { updatePosting } from '@/lib/db/repo';
import type { Posting, Role } from '@/lib/db/schemas';
import type { StatsJournal } from '@/lib/db/stats-journal';
import { generatePostings } from '@/lib/library/generate';
import { postingsOfRole } from '@/lib/library/queries';
import { roleStats, summaryOf, type CompareFn } from '@/lib/library/stats';
import { computeRoleStats, postingDigest, readCachedStats, rolesStamp } from '@/lib/library/stats-cache';
import { statsRow } from '@/lib/library/stats-rows';
import { readRoleStatsFromRows, storedRows } from '@/lib/library/stats-store';
import { compareWithRole } from '@/lib/roles/compare';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { testDeps } from '../helpers/db';
import { FROZEN_STORES } from './frozen-stores';

/**
 * Version 9 (lib/db/db.ts): a role's statistics as version 8 stored them (the figures with every
 * list behind them in roleStats, every posting's row in one statsInputs row) are kept: the open
 * after the upgrade reads the figures without counting, their lists stripped; the next count
 * moves the stored rows into statsRows without comparing them again (only what changed since),
 * and every figure equals a recount from the postings.
 *
 * The version-8 rows are made as version 8 made them, by statsRow and roleStats (stats-rows.ts,
 * whose row format version 9 keeps: STATS_CACHE_VERSION is unchanged, so the stamp is too).
 */
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const ROLE = 'operations-specialist';

async function version8Library(): Promise<{ name: string; roles: Role[]; postings: Posting[]; v8stats: ReturnType<typeof roleStats> }> {
  const name = `upgrade-stats-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const roles = builtinRoles(0);
  const postings = generatePostings({ count: 600, seed: 9 });
  const role = roles.find((r) => r.id === ROLE)!;
  const index = buildIndex(roles);
  const mine = postings.filter((p) => p.roleId === ROLE).sort((a, b) => b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : 1));
  const v8stats = roleStats(role, mine, (p) => compareWithRole(index, ROLE, p));
  const stamp = rolesStamp(roles);
  const journal: StatsJournal = { id: 'stats', rev: 7, floor: 0, allRev: 0, revs: { [ROLE]: 7 }, journal: [] };
  const old = new Dexie(name);
  old.version(8).stores(FROZEN_STORES[8]!);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('roles').bulkAdd(roles);
    await old.table('postings').bulkAdd(postings);
    await old.table('meta').put(journal);
    await old.table('roleStats').put({ roleId: ROLE, rev: 7, stamp, stats: v8stats, digests: mine.map(postingDigest) });
    await old.table('statsInputs').put({ roleId: ROLE, rev: 7, stamp, rows: mine.map((p) => statsRow(p, compareWithRole(index, ROLE, p))), digests: mine.map(postingDigest) });
  });
  old.close();
  return { name, roles, postings, v8stats };
}

describe('version 9 keeps the statistics version 8 stored', () => {
  test('the figures open at once without their lists; the rows move on the next count; all equal a recount', async () => {
    const { name, roles, postings, v8stats } = await version8Library();
    expect(v8stats.postingCount).toBeGreaterThan(30);
    expect(v8stats.extraDuties.length + v8stats.extraRequirements.length).toBeGreaterThan(0);
    const db = new RoleClipDb(name);
    await db.open();
    try {
      expect(db.verno).toBe(9);
      const role = roles.find((r) => r.id === ROLE)!;
      const stamp = rolesStamp(roles);
      // Nothing lost: every posting, and the stored rows until they are moved.
      expect(await db.postings.count()).toBe(postings.length);
      expect((await db.table('statsInputs').get(ROLE))?.rows.length).toBe(v8stats.postingCount);
      // The open reads the figures, current, without the lists behind them.
      const { cached, current } = await readCachedStats(db, ROLE, stamp);
      expect(current).toBe(true);
      expect(cached!.stats).toEqual(summaryOf(v8stats));
      expect(cached).not.toHaveProperty('digests');
      expect(JSON.stringify(cached)).not.toContain(v8stats.postingIds[0]);

      // A counted edit: only that posting is compared; the rest come from version 8's rows.
      const index = buildIndex(roles);
      let asked: string[] = [];
      const compare: CompareFn = (p, r) => (asked.push(p.id), compareWithRole(index, r.id, p));
      const edited = (await postingsOfRole(db, ROLE))[3]!;
      await updatePosting(db, edited.id, { duties: [...edited.duties, '负责公司年会的场地布置'] }, testDeps(Date.UTC(2026, 6, 1)));
      const recount = async () => roleStats(role, await postingsOfRole(db, ROLE), (p) => compareWithRole(index, ROLE, p));
      let stats = await computeRoleStats(db, role, stamp, compare, { known: (await readCachedStats(db, ROLE, stamp)).cached });
      expect(asked).toEqual([edited.id]);
      expect(stats).toEqual(summaryOf(await recount()));
      // Moved: the role's rows are in statsRows (with version 8's digests), the old row is gone.
      expect(await db.table('statsInputs').get(ROLE)).toBeUndefined();
      const rows = await storedRows(db, ROLE);
      expect(rows.map((r) => r.id)).toEqual(v8stats.postingIds);
      const byId = new Map((await db.postings.bulkGet(rows.map((r) => r.id))).map((p) => [p!.id, p!]));
      expect(rows.every((r) => r.digest === postingDigest(byId.get(r.id)!))).toBe(true);
      expect(await readRoleStatsFromRows(db, role, stamp)).toEqual(await recount());

      // And the next edit goes the new way: that posting's row only.
      asked = [];
      const again = (await postingsOfRole(db, ROLE))[10]!;
      await db.postings.put({ ...again, education: again.education === 'master' ? 'bachelor' : 'master', updatedAt: again.updatedAt + 1 });
      stats = await computeRoleStats(db, role, stamp, compare);
      expect(asked).toEqual([again.id]);
      expect(stats).toEqual(summaryOf(await recount()));
      expect((await readCachedStats(db, ROLE, stamp)).current).toBe(true);
    } finally {
      db.close();
    }
  });
});
