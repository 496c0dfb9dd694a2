/**
 * Which roles' saved postings changed, and which postings, since a role's statistics were cached
 * (lib/library/stats-cache.ts). Every write to postings (lib/db/middleware.ts) takes the next
 * revision and notes each (posting, role) pair it touched, the role before and after alike: a
 * reassigned posting leaves one role and joins another. The journal keeps the latest MAX_JOURNAL
 * pairs; a cache older than what it keeps (`floor`) is recomputed in full.
 */

export interface StatsJournal {
  id: 'stats';
  /** The latest revision. */
  rev: number;
  /** Changes at or below this revision are no longer listed: older caches start over. */
  floor: number;
  /** Every role changed at this revision (a restore, a cleared table). */
  allRev: number;
  /** role id -> the revision of its latest change. */
  revs: Record<string, number>;
  /** [revision, posting id, role id], oldest first. */
  journal: [number, string, string][];
}

export const MAX_JOURNAL = 3000;

export const EMPTY_JOURNAL: StatsJournal = { id: 'stats', rev: 0, floor: 0, allRev: 0, revs: {}, journal: [] };

/** The revision a role's statistics must have been computed at to be current. */
export function roleRevision(j: StatsJournal, roleId: string): number {
  return Math.max(j.revs[roleId] ?? 0, j.allRev);
}

/** Notes one write: the (posting, role) pairs it touched (null roles are no role's statistics). */
export function noteChanges(j: StatsJournal, pairs: readonly [postingId: string, roleId: string | null][]): StatsJournal {
  const rev = j.rev + 1;
  const revs = { ...j.revs };
  const added: [number, string, string][] = [];
  for (const [postingId, roleId] of pairs) {
    if (roleId === null) continue;
    revs[roleId] = rev;
    added.push([rev, postingId, roleId]);
  }
  let journal = [...j.journal, ...added];
  let floor = j.floor;
  if (journal.length > MAX_JOURNAL) {
    const cut = journal.length - MAX_JOURNAL;
    floor = Math.max(floor, journal[cut - 1]![0]);
    journal = journal.slice(cut);
  }
  return { ...j, rev, floor, revs, journal };
}

/** Notes a write too large or too unspecific to list (a restore, a cleared table). */
export function noteEverything(j: StatsJournal): StatsJournal {
  const rev = j.rev + 1;
  return { ...j, rev, floor: rev, allRev: rev, journal: [] };
}

/**
 * The postings of `roleId` changed after revision `since` (joined, left or edited), or null when
 * the journal no longer reaches back that far.
 */
export function changedSince(j: StatsJournal, roleId: string, since: number): Set<string> | null {
  if (since < j.floor || since < j.allRev) return null;
  const ids = new Set<string>();
  for (const [rev, postingId, role] of j.journal) if (rev > since && role === roleId) ids.add(postingId);
  return ids;
}
