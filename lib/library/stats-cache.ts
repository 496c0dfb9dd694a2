import type { RoleClipDb } from '../db/db';
import type { Posting, Role } from '../db/schemas';
import { newestFirst } from '../db/search-entry';
import { changedSince, EMPTY_JOURNAL, roleRevision, type StatsJournal } from '../db/stats-journal';
import { hash53 } from '../text/hash';
import type { Comparison } from '../roles/types';
import { newestOfRole, postingsOfRole } from './queries';
import { roleStats, type CompareFn, type RoleStats } from './stats';

/**
 * A role's competitor statistics, kept per role so opening them at 100,000 saved ads reads one
 * row. Around roleStats (stats.ts), not inside it: the cache stores its result, and its inputs
 * (the role's postings without their page text, and each one's comparison with the role), so a
 * change to a few postings compares only those and runs roleStats again on what it already has.
 *
 * The cache is current when it was computed at the role's latest revision (the statistics
 * journal, lib/db/stats-journal.ts, which every write to postings advances) and with the same
 * roles stamp (every role's last edit: a comparison depends on the whole library's wording) and
 * STATS_CACHE_VERSION. Bump that constant when roleStats or compareWithRole change what they
 * compute, so caches made by an older RoleClip are recomputed.
 */
export const STATS_CACHE_VERSION = 1;

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
  /** The role's postings, newest first, without body and note (roleStats reads neither). */
  postings: Posting[];
  /** comparisons[i] is postings[i]'s comparison with the role. */
  comparisons: Comparison[];
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

const slim = (p: Posting): Posting => ({ ...p, body: '', note: '' });

export interface ComputeOptions {
  /** Called with statistics over the role's newest ads while a full count reads the rest. */
  onFirst?: (stats: RoleStats, done: number) => void;
  /** Called as comparisons are made, with how many of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between steps (the UI yields to the page). */
  pause?: () => Promise<void>;
  /** Called with the statistics as soon as they are counted, before they are stored. */
  onResult?: (stats: RoleStats) => void;
}

// Comparing one posting with its role costs ~0.3 ms: steps of this many keep the page responsive.
const STEP = 300;
const FIRST = 50;

/**
 * The role's statistics now, brought up to date from the stored inputs when the journal still
 * lists what changed since they were stored (only those postings are read and compared), or from
 * every posting of the role otherwise. Stores the result and its inputs.
 */
export async function computeRoleStats(db: RoleClipDb, role: Role, stamp: string, compare: CompareFn, options: ComputeOptions = {}): Promise<RoleStats> {
  const [journal, inputs] = await db.transaction('r', [db.meta, inputsTable(db)], () => Promise.all([readJournal(db), inputsTable(db).get(role.id)]));
  const rev = roleRevision(journal, role.id);
  const changed = inputs ? changedSince(journal, role.id, inputs.rev) : null;
  let postings: Posting[];
  let known = new Map<string, Comparison>();
  if (inputs && changed) {
    const rows = await db.postings.bulkGet([...changed]);
    const joined = rows.filter((p): p is Posting => p !== undefined && p.roleId === role.id).map(slim);
    postings = [...inputs.postings.filter((p) => !changed.has(p.id)), ...joined].sort(newestFirst);
    // Comparisons of the postings that did not change still hold, unless the roles did.
    if (inputs.stamp === stamp) known = new Map(inputs.postings.map((p, i) => [p.id, inputs.comparisons[i]!] as const).filter(([id]) => !changed.has(id)));
  } else {
    // Nothing to start from: the newest first, shown while the rest are read and compared.
    if (options.onFirst) {
      const newest = (await newestOfRole(db, role.id, FIRST)).map(slim);
      if (newest.length === FIRST) options.onFirst(roleStats(role, newest, compare), newest.length);
    }
    postings = (await postingsOfRole(db, role.id)).map(slim);
  }
  const comparisons: Comparison[] = [];
  for (let i = 0; i < postings.length; i++) {
    const p = postings[i]!;
    comparisons.push(known.get(p.id) ?? compare(p, role));
    if ((i + 1) % STEP === 0 && i + 1 < postings.length) {
      options.onProgress?.(i + 1, postings.length);
      if (options.pause) await options.pause();
    }
  }
  const byId = new Map(postings.map((p, i) => [p.id, comparisons[i]!]));
  const stats = roleStats(role, postings, (p) => byId.get(p.id) ?? compare(p, role));
  options.onResult?.(stats);
  // Let the page show them before the inputs (megabytes for a large role) are serialised.
  if (options.onResult && options.pause) await options.pause();
  await db.transaction('rw', [cachedTable(db), inputsTable(db)], async () => {
    await cachedTable(db).put({ roleId: role.id, rev, stamp, stats });
    await inputsTable(db).put({ roleId: role.id, rev, stamp, postings, comparisons });
  });
  return stats;
}
