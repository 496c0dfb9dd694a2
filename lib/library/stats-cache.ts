import type { RoleClipDb } from '../db/db';
import type { Posting, Role } from '../db/schemas';
import { newestFirst } from '../db/search-entry';
import { changedSince, EMPTY_JOURNAL, roleRevision, type StatsJournal } from '../db/stats-journal';
import { hash53 } from '../text/hash';
import { sortKeys } from './canonical-json';
import { newestOfRole, postingsOfRole } from './queries';
import { roleStats, type CompareFn, type RoleStats } from './stats';
import { aggregateStats, statsRow, type StatsRow } from './stats-rows';

/**
 * A role's competitor statistics, kept per role so opening them at 100,000 saved ads reads one
 * row. Around the statistics (stats-rows.ts), not inside them: the cache stores the result, and
 * what each of the role's postings contributes to it (its StatsRow: the comparison with the role
 * reduced to what is counted), so a change to a few postings reads and compares only those and
 * sums the rows again. No posting text is kept: ~0.4 KB a posting, against ~3.5 KB of posting and
 * comparison each that version 1 stored (27 MB for a role of 7,870 ads, seconds to write, and
 * lost when the page closed first).
 *
 * The cache is current when it was computed at the role's latest revision (the statistics
 * journal, lib/db/stats-journal.ts, which every write to postings advances) and with the same
 * roles stamp (every role's last edit: a comparison depends on the whole library's wording) and
 * STATS_CACHE_VERSION. Bump that constant when the statistics or compareWithRole change what they
 * compute, so caches made by an older RoleClip are recomputed.
 */
export const STATS_CACHE_VERSION = 2;

export interface CachedStats {
  roleId: string;
  rev: number;
  stamp: string;
  stats: RoleStats;
  /**
   * postingDigest of each posting counted, in stats.postingIds' order: a change that leaves what
   * a posting's row is made from as it was (its tags, its note) is known to leave the statistics
   * as they are, without the comparison index or the role's rows. Absent in older caches.
   */
  digests?: string[];
}

export interface StatsInputs {
  roleId: string;
  rev: number;
  stamp: string;
  /** Each of the role's postings' contribution, newest first. */
  rows: StatsRow[];
  /** postingDigest of each row's posting (kept here to carry them over an update). */
  digests?: string[];
}
/** What the role's comparisons were made against: every role's last edit, and this code. */
export function rolesStamp(roles: readonly Pick<Role, 'id' | 'updatedAt'>[]): string {
  const parts = roles.map((r) => `${r.id}@${r.updatedAt}`).sort();
  return `${STATS_CACHE_VERSION}:${hash53(parts.join('|'))}`;
}

const cachedTable = (db: RoleClipDb) => db.table<CachedStats, string>('roleStats');
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
  onFirst?: (stats: RoleStats, done: number) => void;
  /** Called as comparisons are made, with how many of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between steps (the UI yields to the page). */
  pause?: () => Promise<void>;
  /** Called with the statistics once they are counted (and, counted from every posting, stored). */
  onResult?: (stats: RoleStats) => void;
  /**
   * Called as each step ends ('checked': the changed postings against the stored digests;
   * 'inputs': the stored rows read; 'compared', 'summed', 'stored'): the page marks them.
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

// More changed postings than this since the stored statistics: they are counted in from the rows.
const MAX_CHECKED = 50;

/**
 * The stored statistics, still right after the changes since they were stored when every changed
 * posting is as it was counted (or is in the role neither then nor now): the same rows in the
 * same order, the same sum. Read: the journal and the changed postings; nothing is compared.
 * Null when that cannot be told or is not so.
 */
async function unchangedStats(db: RoleClipDb, role: Role, known: CachedStats, journal: StatsJournal): Promise<RoleStats | null> {
  const digests = known.digests;
  const changed = digests?.length === known.stats.postingIds.length ? changedSince(journal, role.id, known.rev) : null;
  if (!changed || !digests || changed.size > MAX_CHECKED) return null;
  const before = new Map<string, string>();
  known.stats.postingIds.forEach((id, i) => before.set(id, digests[i]!));
  const ids = [...changed];
  const postings = await db.postings.bulkGet(ids);
  const same = ids.every((id, i) => {
    const p = postings[i];
    return (p && p.roleId === role.id ? postingDigest(p) : undefined) === before.get(id);
  });
  return same ? known.stats : null;
}

/**
 * The role's statistics now, brought up to date from the stored rows when the journal still
 * lists what changed since they were stored and the roles are as they were (only those postings
 * are read and compared), or from every posting of the role otherwise. Stores the result and
 * the rows (an update from stored rows after handing the result on, a full count before).
 */
export async function computeRoleStats(db: RoleClipDb, role: Role, stamp: string, compare: CompareFn, options: ComputeOptions = {}): Promise<RoleStats> {
  const known = options.known?.roleId === role.id && options.known.stamp === stamp ? options.known : null;
  const early = known ? await readJournal(db) : null;
  if (known && early) {
    const same = await unchangedStats(db, role, known, early);
    options.onStage?.('checked');
    if (same) {
      // Shown at once; the stored row only moves to the new revision (its rows keep theirs: the
      // journal still lists these postings after them, and they come out the same).
      options.onResult?.(same);
      // Cloning a big role's row for IndexedDB holds the thread for a while: the page paints first.
      if (options.pause) await options.pause();
      await cachedTable(db).put({ ...known, rev: roleRevision(early, role.id) });
      options.onStage?.('stored');
      return same;
    }
  }
  await options.beforeCompare?.();
  const [journal, inputs] = early
    ? [early, await inputsTable(db).get(role.id)]
    : await db.transaction('r', [db.meta, inputsTable(db)], () => Promise.all([readJournal(db), inputsTable(db).get(role.id)]));
  options.onStage?.('inputs');
  const rev = roleRevision(journal, role.id);
  // Rows of another format or compared with other roles are no use: every comparison is new.
  const usable = inputs && inputs.stamp === stamp && Array.isArray(inputs.rows) ? inputs : null;
  const changed = usable ? changedSince(journal, role.id, usable.rev) : null;
  let rows: StatsRow[];
  // Each row's posting's digest, where known: carried over with the rows, made for postings read.
  let digestOf: Map<string, string> | null = new Map();
  if (usable && changed) {
    const postings = (await db.postings.bulkGet([...changed])).filter((p): p is Posting => p !== undefined && p.roleId === role.id);
    rows = [...usable.rows.filter((r) => !changed.has(r.id)), ...postings.map((p) => statsRow(p, compare(p, role)))].sort(newestFirst);
    if (usable.digests?.length === usable.rows.length) usable.rows.forEach((r, i) => digestOf!.set(r.id, usable.digests![i]!));
    else digestOf = null;
    for (const p of postings) digestOf?.set(p.id, postingDigest(p));
  } else {
    // Nothing to start from: the newest first, shown while the rest are read and compared.
    if (options.onFirst) {
      const newest = await newestOfRole(db, role.id, FIRST);
      if (newest.length === FIRST) options.onFirst(roleStats(role, newest, compare), newest.length);
    }
    const postings = await postingsOfRole(db, role.id);
    rows = [];
    for (let i = 0; i < postings.length; i++) {
      const p = postings[i]!;
      rows.push(statsRow(p, compare(p, role)));
      digestOf.set(p.id, postingDigest(p));
      if ((i + 1) % STEP === 0 && i + 1 < postings.length) {
        options.onProgress?.(i + 1, postings.length);
        if (options.pause) await options.pause();
      }
    }
  }
  options.onStage?.('compared');
  const stats = aggregateStats(role, rows);
  options.onStage?.('summed');
  // An update from stored rows is shown before it is stored (writing a big role's rows back takes
  // a few hundred milliseconds): were the page closed first, the next open makes the same small
  // update again, since the rows and the journal still reach back. Statistics counted from every
  // posting are stored first: losing them would cost every comparison again.
  const incremental = Boolean(usable && changed);
  if (incremental) {
    options.onResult?.(stats);
    if (options.pause) await options.pause();
  }
  const digests = digestOf && rows.every((r) => digestOf!.has(r.id)) ? rows.map((r) => digestOf!.get(r.id)!) : undefined;
  await db.transaction('rw', [cachedTable(db), inputsTable(db)], async () => {
    await cachedTable(db).put({ roleId: role.id, rev, stamp, stats, ...(digests ? { digests } : {}) });
    await inputsTable(db).put({ roleId: role.id, rev, stamp, rows, ...(digests ? { digests } : {}) });
  });
  options.onStage?.('stored');
  if (!incremental) options.onResult?.(stats);
  return stats;
}
