import type { RoleClipDb } from '../db/db';
import type { Posting, Role } from '../db/schemas';
import { newestFirst } from '../db/search-entry';
import { changedSince, EMPTY_JOURNAL, roleRevision, type StatsJournal } from '../db/stats-journal';
import { hash53 } from '../text/hash';
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
}

export interface StatsInputs {
  roleId: string;
  rev: number;
  stamp: string;
  /** Each of the role's postings' contribution, newest first. */
  rows: StatsRow[];
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
  /** Called with the statistics once they are counted and stored. */
  onResult?: (stats: RoleStats) => void;
  /** Called as each step ends ('inputs', 'compared', 'summed', 'stored'): the page marks them. */
  onStage?: (stage: 'inputs' | 'compared' | 'summed' | 'stored') => void;
}

// Comparing one posting with its role costs ~0.3 ms: steps of this many keep the page responsive.
const STEP = 300;
const FIRST = 50;

/**
 * The role's statistics now, brought up to date from the stored rows when the journal still
 * lists what changed since they were stored and the roles are as they were (only those postings
 * are read and compared), or from every posting of the role otherwise. Stores the result and
 * the rows before handing the result on (a page closed right after showing it keeps it).
 */
export async function computeRoleStats(db: RoleClipDb, role: Role, stamp: string, compare: CompareFn, options: ComputeOptions = {}): Promise<RoleStats> {
  const [journal, inputs] = await db.transaction('r', [db.meta, inputsTable(db)], () => Promise.all([readJournal(db), inputsTable(db).get(role.id)]));
  options.onStage?.('inputs');
  const rev = roleRevision(journal, role.id);
  // Rows of another format or compared with other roles are no use: every comparison is new.
  const usable = inputs && inputs.stamp === stamp && Array.isArray(inputs.rows) ? inputs : null;
  const changed = usable ? changedSince(journal, role.id, usable.rev) : null;
  let rows: StatsRow[];
  if (usable && changed) {
    const fresh = (await db.postings.bulkGet([...changed])).filter((p): p is Posting => p !== undefined && p.roleId === role.id);
    rows = [...usable.rows.filter((r) => !changed.has(r.id)), ...fresh.map((p) => statsRow(p, compare(p, role)))].sort(newestFirst);
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
      if ((i + 1) % STEP === 0 && i + 1 < postings.length) {
        options.onProgress?.(i + 1, postings.length);
        if (options.pause) await options.pause();
      }
    }
  }
  options.onStage?.('compared');
  const stats = aggregateStats(role, rows);
  options.onStage?.('summed');
  await db.transaction('rw', [cachedTable(db), inputsTable(db)], async () => {
    await cachedTable(db).put({ roleId: role.id, rev, stamp, stats });
    await inputsTable(db).put({ roleId: role.id, rev, stamp, rows });
  });
  options.onStage?.('stored');
  options.onResult?.(stats);
  return stats;
}
