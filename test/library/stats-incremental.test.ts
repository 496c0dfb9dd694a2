import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { deletePosting, savePosting, updatePosting } from '@/lib/db/repo';
import type { Posting, Role } from '@/lib/db/schemas';
import { generatePostings } from '@/lib/library/generate';
import { postingsOfRole } from '@/lib/library/queries';
import { computeRoleStats, readCachedStats, rolesStamp } from '@/lib/library/stats-cache';
import { roleStats, summaryOf, type CompareFn, type StatsSummary } from '@/lib/library/stats';
import { readRoleStatsFromRows } from '@/lib/library/stats-store';
import { compareWithRole } from '@/lib/roles/compare';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { reassignPosting } from '@/lib/roles/learning';
import { freshDb, testDeps } from '../helpers/db';

/**
 * Issue 13: a role's cached statistics brought up to date from one changed posting are exactly
 * what counting every posting of the role afresh gives, on a library shaped like a real one (the
 * seeded generator's ads: numbered duty lists, Traditional script, pay in several forms) and for
 * each kind of change, one at a time and several between two opens.
 */
let db: RoleClipDb;
let deps: ReturnType<typeof testDeps>;
let roles: Role[];
let compare: CompareFn;
let asked: string[];
let stamp: string;
let role: Role;

beforeEach(async () => {
  db = freshDb();
  deps = testDeps(Date.UTC(2026, 6, 1));
  await db.roles.bulkAdd(builtinRoles(0));
  await db.postings.bulkAdd(generatePostings({ count: 1500, seed: 13 }));
  roles = await db.roles.toArray();
  const index = buildIndex(roles);
  asked = [];
  compare = (p, r) => (asked.push(p.id), compareWithRole(index, r.id, p));
  stamp = rolesStamp(roles);
  // The role with the most ads: the one whose statistics cost the most to count again.
  const counts = new Map<string, number>();
  for (const p of await db.postings.toArray()) if (p.roleId) counts.set(p.roleId, (counts.get(p.roleId) ?? 0) + 1);
  const biggest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  role = roles.find((r) => r.id === biggest)!;
});
afterEach(async () => {
  await db?.delete();
});

/**
 * Counting every posting of the role afresh, without the cache: its figures (what the cache
 * stores), after checking that the stored rows give the lists behind them too.
 */
async function recomputed(r: Role = role): Promise<StatsSummary> {
  const index = buildIndex(roles);
  const full = roleStats(r, await postingsOfRole(db, r.id), (p, x) => compareWithRole(index, x.id, p));
  expect(await readRoleStatsFromRows(db, r, stamp)).toEqual(full);
  return summaryOf(full);
}

/**
 * The cached statistics brought up to date as the page does it (handing on the stored ones it
 * read), which postings that compared, and whether the role's stored rows were read.
 */
async function updated(r: Role = role): Promise<{ stats: StatsSummary; compared: string[]; readRows: boolean }> {
  asked = [];
  let readRows = false;
  const { cached } = await readCachedStats(db, r.id, stamp);
  const stats = await computeRoleStats(db, r, stamp, compare, { known: cached, onStage: (s) => void (s === 'inputs' && (readRows = true)) });
  expect((await readCachedStats(db, r.id, stamp)).current).toBe(true);
  return { stats, compared: [...asked], readRows };
}

/** The role's nth newest posting. */
async function someOf(roleId: string, nth: number): Promise<Posting> {
  return (await postingsOfRole(db, roleId))[nth]!;
}

describe('incremental statistics equal a recompute (1,500 generated ads)', () => {
  test('the library is big enough to mean something', async () => {
    const { stats } = await updated();
    expect(stats.postingCount).toBeGreaterThan(80);
    expect(stats.extraDuties.length + stats.extraRequirements.length).toBeGreaterThan(3);
    expect(stats.salary.mid?.n ?? 0).toBeGreaterThan(20);
  });

  test('add, edit, reassign away, reassign in and delete: each compares only what changed and equals a recompute', async () => {
    await updated();
    const before = await recomputed();

    // Add: a new ad of the role, newest of all, with an extra duty worded like a recurring one.
    const recurring = before.extraDuties[0]!.label;
    deps.tick(60_000);
    const { posting: added } = await savePosting(
      db,
      {
        title: '运营专员', company: '宁波某某电子商务有限公司', location: '宁波',
        salary: { min: 7000, max: 9000, currency: 'CNY', period: 'month', months: 13, negotiable: false, raw: '7-9K·13薪' },
        experienceYears: { min: 1, max: 3 }, education: 'bachelor', skills: ['Excel', '生意参谋'],
        duties: ['1、负责店铺日常运营', `2、${recurring}；`], requirements: ['本科及以上学历'], preferred: [],
        source: 'text', url: 'https://example.com/jobs/added-1', body: '运营专员', roleId: role.id,
      },
      deps,
    );
    let run = await updated();
    expect(run.compared).toEqual([added.id]);
    expect(run.stats).toEqual(await recomputed());
    expect((await readRoleStatsFromRows(db, role, stamp))!.postingIds[0]).toBe(added.id);

    // Edit: an older ad's duties (in the library), then its pay and education (clipped again).
    const edited = await someOf(role.id, 7);
    const withDuty = await updatePosting(db, edited.id, { duties: [...edited.duties, recurring] }, deps);
    await db.postings.put({ ...withDuty, salary: { min: 30, max: 40, currency: 'CNY', period: 'hour', months: null, negotiable: false, raw: '30-40元/时' }, education: 'master', updatedAt: withDuty.updatedAt + 1 });
    run = await updated();
    expect(run.compared).toEqual([edited.id]);
    expect(run.stats).toEqual(await recomputed());

    // Reassign away: it leaves this role and joins another; both are what a recompute gives.
    const leaving = await someOf(role.id, 3);
    const other = roles.find((r) => r.id !== role.id && r.id !== leaving.roleId && r.duties.length > 0)!;
    await updated(other);
    await reassignPosting(db, leaving.id, other.id, deps);
    run = await updated();
    expect(run.compared).toEqual([]);
    expect((await readRoleStatsFromRows(db, role, stamp))!.postingIds).not.toContain(leaving.id);
    expect(run.stats).toEqual(await recomputed());
    const there = await updated(other);
    expect(there.compared).toEqual([leaving.id]);
    expect(there.stats).toEqual(await recomputed(other));

    // Reassign in: an ad of the other role joins this one.
    const joining = await someOf(other.id, 1);
    await reassignPosting(db, joining.id, role.id, deps);
    run = await updated();
    expect(run.compared).toEqual([joining.id]);
    expect(run.stats).toEqual(await recomputed());

    // Delete: the newest ad goes.
    await deletePosting(db, added.id);
    run = await updated();
    expect(run.compared).toEqual([]);
    expect((await readRoleStatsFromRows(db, role, stamp))!.postingIds).not.toContain(added.id);
    expect(run.stats).toEqual(await recomputed());
  });

  test('several changes between two opens are counted in together', async () => {
    await updated();
    const [a, b, c] = [await someOf(role.id, 0), await someOf(role.id, 10), await someOf(role.id, 20)];
    const a2 = await updatePosting(db, a.id, { skills: [...a.skills, 'Photoshop'] }, deps);
    await deletePosting(db, b.id);
    await updatePosting(db, c.id, { requirements: [...c.requirements, '熟练使用Excel'] }, deps);
    await db.postings.put({ ...a2, salary: null, experienceYears: { min: 5, max: null }, updatedAt: a2.updatedAt + 1 });
    const run = await updated();
    expect(new Set(run.compared)).toEqual(new Set([a.id, c.id]));
    expect(run.stats).toEqual(await recomputed());
  });

  test('a change the statistics do not count (tags, note) is known from the stored digests: nothing compared, no rows read', async () => {
    const first = await updated();
    const p = await someOf(role.id, 4);
    await updatePosting(db, p.id, { tags: ['竞品'], note: '看过' }, deps);
    let run = await updated();
    expect(run.compared).toEqual([]);
    expect(run.readRows).toBe(false);
    expect(run.stats).toEqual(first.stats);
    expect(run.stats).toEqual(await recomputed());
    // A title edit may change nothing counted either, but the digest cannot tell: rows are read.
    await updatePosting(db, p.id, { title: `${p.title}（急招）` }, deps);
    run = await updated();
    expect(run.compared).toEqual([p.id]);
    expect(run.readRows).toBe(true);
    expect(run.stats).toEqual(await recomputed());
    // Then a change that counts, after an update that carried the digests over with the rows.
    await updatePosting(db, p.id, { tags: [], duties: [...p.duties, '负责直播间的日常布置'] }, deps);
    run = await updated();
    expect(run.compared).toEqual([p.id]);
    expect(run.readRows).toBe(true);
    expect(run.stats).toEqual(await recomputed());
    // And a tags edit after it is known again without the rows.
    await updatePosting(db, p.id, { tags: ['竞品', '复查'] }, deps);
    run = await updated();
    expect(run.readRows).toBe(false);
    expect(run.stats).toEqual(await recomputed());
    // A posting that leaves the role and comes back as it was counts the same as before.
    const q = await someOf(role.id, 9);
    const other = roles.find((r) => r.id !== role.id)!;
    await reassignPosting(db, q.id, other.id, deps);
    await reassignPosting(db, q.id, role.id, deps);
    run = await updated();
    expect(run.stats).toEqual(await recomputed());
    // Digests stored before the rows' last update still match them: the next open is current.
    expect((await readCachedStats(db, role.id, stamp)).current).toBe(true);
  });

  test('an update from stored rows is handed on before it is stored, and stored once done', async () => {
    await updated();
    const p = await someOf(role.id, 2);
    await updatePosting(db, p.id, { duties: [...p.duties, '负责直播间的日常布置'] }, deps);
    let seen: Promise<boolean> | null = null;
    const stats = await computeRoleStats(db, role, stamp, compare, { onResult: () => (seen = readCachedStats(db, role.id, stamp).then((r) => r.current)) });
    expect(await seen).toBe(false);
    expect((await readCachedStats(db, role.id, stamp)).current).toBe(true);
    expect(stats).toEqual(await recomputed());
  });
});

/** Counts the records read from the stored rows' buckets and the groups from now on (a DBCore middleware). */
async function countReads(): Promise<{ rows: number; groups: number }> {
  const seen = { rows: 0, groups: 0 };
  const note = (name: string, n: number) => {
    if (name === 'statsRows') seen.rows += n;
    if (name === 'statsGroups') seen.groups += n;
  };
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          get: async (req) => {
            const v = await t.get(req);
            note(name, v === undefined ? 0 : 1);
            return v;
          },
          getMany: async (req) => {
            const v = await t.getMany(req);
            note(name, v.filter((x) => x !== undefined).length);
            return v;
          },
          query: async (req) => {
            const v = await t.query(req);
            note(name, v.result.length);
            return v;
          },
          openCursor: (req) => {
            note(name, Infinity);
            return t.openCursor(req);
          },
        };
      },
    }),
  });
  await db.open();
  return seen;
}

describe('a change reads and writes its own rows, never the role’s other rows', () => {
  test('a counted edit of one ad reads the bucket of that ad’s row and the groups of its extra items only', async () => {
    const first = await updated();
    expect(first.stats.postingCount).toBeGreaterThan(80);
    const reads = await countReads();
    const p = await someOf(role.id, 0);
    await updatePosting(db, p.id, { duties: [...p.duties, '负责公司年会的场地布置'] }, deps);
    const run = await updated();
    expect(run.compared).toEqual([p.id]);
    // One bucket of rows (of 128: a few of the role's rows, not all of them), read for the ad's
    // stored row and again in the transaction that writes it back.
    expect(reads.rows).toBe(2);
    // Its extra items' groups (before and after), a handful: not the role's groups.
    expect(reads.groups).toBeGreaterThan(0);
    expect(reads.groups).toBeLessThanOrEqual(12);
    expect(run.stats).toEqual(await recomputed());
  });

  test("an extra item's newest wording labels its cluster, and the one before when that ad goes", async () => {
    await updated();
    const base = await someOf(role.id, 0);
    const ad = (n: number, duty: string) => ({
      title: '运营专员', company: `宁波某某${n}号电子商务有限公司`, location: '宁波', salary: null, experienceYears: null, education: null,
      skills: [], duties: ['1、负责店铺日常运营', duty], requirements: [], preferred: [], source: 'text' as const,
      url: `https://example.com/jobs/lights-${n}`, body: '运营专员', roleId: role.id,
    });
    // Three ads with one extra duty, the newest worded apart (the same key: spaces do not count).
    deps.tick(60_000);
    await savePosting(db, ad(1, '2、负责直播间的灯光布置'), deps);
    deps.tick(60_000);
    await savePosting(db, ad(2, '2、负责直播间的灯光布置'), deps);
    deps.tick(60_000);
    const { posting: newest } = await savePosting(db, ad(3, '2、负责 直播间的 灯光布置'), deps);
    expect(newest.clippedAt).toBeGreaterThan(base.clippedAt);
    let run = await updated();
    expect(run.stats).toEqual(await recomputed());
    const label = (s: StatsSummary) => s.extraDuties.find((c) => c.label.includes('灯光'))?.label;
    expect(label(run.stats)).toBe('负责 直播间的 灯光布置');
    await deletePosting(db, newest.id);
    run = await updated();
    expect(run.stats).toEqual(await recomputed());
    expect(label(run.stats)).toBe('负责直播间的灯光布置');
  });
});
