import type { RoleClipDb } from '../db/db';
import type { Posting, Role } from '../db/schemas';
import { newestFirst } from '../db/search-entry';
import { changedSince, EMPTY_JOURNAL, roleRevision, type StatsJournal } from '../db/stats-journal';
import { hash53 } from '../text/hash';
import { sortKeys } from './canonical-json';
import { newestOfRole, postingsOfRole } from './queries';
import { roleStats, summaryOf, type CompareFn, type StatsSummary } from './stats';
import { statsRow, type StatsRow } from './stats-rows';
import { applyChange, cachedTable, rowsOf, storeChange, storeWhole, totalsOf, totalsTable, type CachedStats, type StoredRow } from './stats-store';
import { summarize } from './stats-totals';

export type { CachedStats } from './stats-store';

/**
 * A role's competitor statistics, kept per role so opening them at 100,000 saved ads reads one
 * small row (the figures a screen shows, StatsSummary). Around the statistics (stats-rows.ts),
 * not inside them: the cache stores the figures, the running totals they are made from
 * (stats-totals.ts) and what each of the role's postings contributes (its StatsRow: the comparison
 * with the role reduced to what is counted), each findable by its posting's id (stats-store.ts).
 * A change to a few postings reads, compares and writes only their rows, the groups of extra items
 * they touch and the role's totals: never the role's other rows. No posting text is kept.
 *
 * The cache is current when it was computed at the role's latest revision (the statistics
 * journal, lib/db/stats-journal.ts, which every write to postings advances) and with the same
 * roles stamp (every role's last edit: a comparison depends on the whole library's wording) and
 * STATS_CACHE_VERSION. Bump that constant when the statistics or compareWithRole change what they
 * compute, so caches made by an older RoleClip are recomputed.
 */
export const STATS_CACHE_VERSION = 2;


/**
 * Versions 6-8 kept every row of a role in one statsInputs row (read and written whole on every
 * change); version 9 moves them into statsRows the first time the role's statistics are counted.
 */
export interface StatsInputs {
  roleId: string;
  rev: number;
  stamp: string;
  /** Each of the role's postings' contribution, newest first. */
  rows: StatsRow[];
  /** postingDigest of each row's posting. */
  digests?: string[];
}

/** What the role's comparisons were made against: every role's last edit, and this code. */
export function rolesStamp(roles: readonly Pick<Role, 'id' | 'updatedAt'>[]): string {
  const parts = roles.map((r) => `${r.id}@${r.updatedAt}`).sort();
  return `${STATS_CACHE_VERSION}:${hash53(parts.join('|'))}`;
}

const inputsTable = (db: RoleClipDb) => db.table<StatsInputs, string>('statsInputs');

export interface CacheRead {
  cached: CachedStats | undefined;
  /** The cached statistics are the role's statistics now. */
  current: boolean;
}

export async function readCachedStats(db: RoleClipDb, roleId: string, stamp: string): Promise<CacheRead> {
  return db.transaction('r', [cachedTable(db), db.meta], async () => {
    const [cached, journal] = await Promise.all([cachedTable(db).get(roleId), readJournal(db)]);
    return { cached, current: Boolean(cached && cached.stamp === stamp && cached.rev === roleRevision(journal, roleId)) };
  });
}

async function readJournal(db: RoleClipDb): Promise<StatsJournal> {
  return ((await db.meta.get('stats')) as StatsJournal | undefined) ?? EMPTY_JOURNAL;
}

export interface ComputeOptions {
  /** Called with statistics over the role's newest ads while a full count reads the rest. */
  onFirst?: (stats: StatsSummary, done: number) => void;
  /** Called as comparisons are made, with how many of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between steps (the UI yields to the page). */
  pause?: () => Promise<void>;
  /** Called with the statistics once they are counted (and, counted from every posting, stored). */
  onResult?: (stats: StatsSummary) => void;
  /**
   * Called as each step ends ('checked': the changed postings against their stored rows' digests;
   * 'inputs': the stored groups the change touches read; 'compared', 'summed', 'stored'): the page marks them.
   */
  onStage?: (stage: 'checked' | 'inputs' | 'compared' | 'summed' | 'stored') => void;
  /** The role's stored statistics as the caller just read them (readCachedStats): not read again. */
  known?: CachedStats;
  /** Awaited before the first comparison (the page reads the comparison index's stored parts). */
  beforeCompare?: () => Promise<void>;
}

// Comparing one posting with its role costs ~0.3 ms: steps of this many keep the page responsive.
const STEP = 300;
const FIRST = 50;

/**
 * What a posting's statistics row is made from: the posting as stored but for what no statistic
 * reads (its tags, its note, when it was last edited), as two 53-bit hashes of its JSON with keys
 * in order. With the same roles (the stamp), equal digests give equal rows (to 1 in 2^106).
 */
export function postingDigest(p: Posting): string {
  const { tags: _tags, note: _note, updatedAt: _updatedAt, ...counted } = p;
  const text = JSON.stringify(sortKeys(counted));
  return `${hash53(text)}.${hash53(text, 1)}`;
}

const stored = (role: Role, p: Posting, compare: CompareFn): StoredRow => ({ ...statsRow(p, compare(p, role)), roleId: role.id, digest: postingDigest(p) });

/**
 * The role's statistics now: brought up to date from the stored totals when the journal still
 * lists what changed since they were stored and the roles are as they were (only those postings
 * are read, compared and written, with the role's totals and the extra groups they touch), or
 * counted from every posting of the role otherwise. Stores the result (a change after handing it
 * on, a whole count before).
 */
export async function computeRoleStats(db: RoleClipDb, role: Role, stamp: string, compare: CompareFn, options: ComputeOptions = {}): Promise<StatsSummary> {
  const [journal, base, cachedRow] = await db.transaction('r', [db.meta, totalsTable(db), cachedTable(db)], () =>
    Promise.all([readJournal(db), totalsTable(db).get(role.id), options.known ?? cachedTable(db).get(role.id)]),
  );
  const rev = roleRevision(journal, role.id);
  // Totals of another format or compared with other roles are no use: every comparison is new.
  const usable = base && base.stamp === stamp && base.totals ? base : null;
  const changed = usable ? changedSince(journal, role.id, usable.rev) : null;
  if (!usable || !changed) return computeWhole(db, role, rev, stamp, journal, compare, options);

  const ids = [...changed];
  const [postings, old] = await Promise.all([db.postings.bulkGet(ids), rowsOf(db, role.id, ids)]);
  // Only postings whose counted content differs from their stored row's (or that joined or left).
  const now = postings.map((p) => (p && p.roleId === role.id ? p : undefined));
  const todo = ids.map((_, i) => i).filter((i) => (now[i] ? postingDigest(now[i]!) : undefined) !== old[i]?.digest);
  options.onStage?.('checked');
  const cached = cachedRow?.roleId === role.id && cachedRow.stamp === stamp && cachedRow.rev === usable.rev ? cachedRow : null;
  if (!todo.length && cached) {
    // Nothing counted changed: the stored figures, moved to the new revision.
    options.onResult?.(cached.stats);
    if (options.pause) await options.pause();
    await storeChange(db, role, usable.rev, rev, stamp, usable.totals, { removed: [], added: [] }, [], cached.stats);
    options.onStage?.('stored');
    return cached.stats;
  }
  if (todo.some((i) => now[i])) await options.beforeCompare?.();
  const change = {
    removed: todo.flatMap((i) => (old[i] ? [old[i]!] : [])),
    added: todo.flatMap((i) => (now[i] ? [stored(role, now[i]!, compare)] : [])),
  };
  options.onStage?.('compared');
  const { groups, changed: moved } = await applyChange(db, role.id, usable.totals, change);
  options.onStage?.('inputs');
  const stats = summarize(role, usable.totals, {}, moved);
  options.onStage?.('summed');
  // Shown before it is stored: were the page closed first, the next open makes the same small
  // update again, since the stored totals and the journal still reach back.
  options.onResult?.(stats);
  if (options.pause) await options.pause();
  await storeChange(db, role, usable.rev, rev, stamp, usable.totals, change, groups, stats);
  options.onStage?.('stored');
  return stats;
}

/** Every posting of the role counted (or the rows versions 6-8 stored, brought up to date), and stored. */
async function computeWhole(db: RoleClipDb, role: Role, rev: number, stamp: string, journal: StatsJournal, compare: CompareFn, options: ComputeOptions): Promise<StatsSummary> {
  await options.beforeCompare?.();
  const legacy = await inputsTable(db).get(role.id);
  const usable = legacy && legacy.stamp === stamp && Array.isArray(legacy.rows) ? legacy : null;
  const changed = usable ? changedSince(journal, role.id, usable.rev) : null;
  let rows: StoredRow[];
  if (usable && changed) {
    const digests = usable.digests?.length === usable.rows.length ? usable.digests : null;
    const postings = (await db.postings.bulkGet([...changed])).filter((p): p is Posting => p !== undefined && p.roleId === role.id);
    rows = [
      // A row without its digest never matches a posting's: the next change to it is compared.
      ...usable.rows.map((r, i) => ({ ...r, roleId: role.id, digest: digests?.[i] ?? '' })).filter((r) => !changed.has(r.id)),
      ...postings.map((p) => stored(role, p, compare)),
    ].sort(newestFirst);
  } else {
    // Nothing to start from: the newest first, shown while the rest are read and compared.
    if (options.onFirst) {
      const newest = await newestOfRole(db, role.id, FIRST);
      if (newest.length === FIRST) options.onFirst(summaryOf(roleStats(role, newest, compare)), newest.length);
    }
    const postings = await postingsOfRole(db, role.id);
    rows = [];
    for (let i = 0; i < postings.length; i++) {
      rows.push(stored(role, postings[i]!, compare));
      if ((i + 1) % STEP === 0 && i + 1 < postings.length) {
        options.onProgress?.(i + 1, postings.length);
        if (options.pause) await options.pause();
      }
    }
  }
  options.onStage?.('compared');
  const { totals, groups } = totalsOf(role.id, rows);
  const stats = summarize(role, totals);
  options.onStage?.('summed');
  // Stored first: losing a whole count would cost every comparison again.
  await storeWhole(db, role, rev, stamp, rows, totals, groups, stats);
  options.onStage?.('stored');
  options.onResult?.(stats);
  return stats;
}
