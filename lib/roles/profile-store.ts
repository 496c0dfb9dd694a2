import type { RoleClipDb } from '../db/db';
import type { Alias, Posting, Role } from '../db/schemas';
import { changedSince, EMPTY_JOURNAL, roleRevision, type StatsJournal } from '../db/stats-journal';
import { hash53 } from '../text/hash';
import { foldSaved } from './matcher-index';
import { clipOf, MAX_SAVED_PER_ROLE, savedOrder, type SavedClip, type SavedFold } from './saved-fold';

/**
 * The matcher's saved-posting profiles, kept in IndexedDB so the popup never reads the postings.
 *
 * savedTerms: per role, the postings that shape its profile (the user's first, then the newest,
 * MAX_SAVED_PER_ROLE of them) as term counts, with the statistics journal's revision of the role
 * they stand at. Brought up to date from the journal (lib/db/stats-journal.ts, which every write
 * to postings advances): only the postings saved, edited, reassigned or deleted since are read.
 * The role's postings are read in full only when the journal no longer reaches back, when a kept
 * posting left a role that has more than it keeps, or the first time.
 *
 * matcherFold: one row, every role's fold of those counts (saved-fold.ts), made with the roles as
 * they were (`stamp`) and at each role's revision (`revs`). The popup reads it and the roles:
 * current, it is exactly what reading every posting would give; stale (a save since, a role
 * edited), the popup uses it as it is and asks for it to be folded again in the background.
 * Bump PROFILE_FORMAT when what a posting contributes (saved-fold.ts, features.ts) changes.
 */
export const PROFILE_FORMAT = 1;

interface KeptPosting {
  id: string;
  user: boolean;
  clippedAt: number;
  weight: number;
  terms: string[];
  counts: number[];
}

export interface SavedTermsRow {
  roleId: string;
  format: number;
  rev: number;
  /** The role has more postings than it keeps. */
  more: boolean;
  kept: KeptPosting[];
}

interface StoredFold {
  /** The fold's terms; mean[i] is terms[i]'s weight in the mean (0: not in it). */
  terms: string[];
  mean: number[];
  total: number;
}

export interface MatcherFoldRow {
  id: 'fold';
  format: number;
  stamp: string;
  revs: Record<string, number>;
  folds: Record<string, StoredFold>;
}

// A role with more changed postings than this is read again whole (bulkGet of thousands of keys
// is no cheaper than the role's index range).
const INCREMENTAL_MAX = 500;

const savedTable = (db: RoleClipDb) => db.table<SavedTermsRow, string>('savedTerms');
const foldTable = (db: RoleClipDb) => db.table<MatcherFoldRow, string>('matcherFold');

/** What the folds were made against: every role's last edit, and this code. */
export function profileStamp(roles: readonly Pick<Role, 'id' | 'updatedAt'>[]): string {
  return `${PROFILE_FORMAT}:${hash53(roles.map((r) => `${r.id}@${r.updatedAt}`).sort().join('|'))}`;
}

function keep(p: Posting): KeptPosting {
  const clip = clipOf(p);
  return { id: p.id, user: p.roleAssignedBy === 'user', clippedAt: p.clippedAt, weight: clip.weight, terms: [...clip.counts.keys()], counts: [...clip.counts.values()] };
}

const clipOfKept = (k: KeptPosting): SavedClip => ({ counts: new Map(k.terms.map((t, i) => [t, k.counts[i]!])), weight: k.weight });

/** The role's kept postings brought to revision `rev`: from what changed when that is enough. */
async function refreshRole(db: RoleClipDb, roleId: string, journal: StatsJournal, row: SavedTermsRow | undefined): Promise<SavedTermsRow> {
  const rev = roleRevision(journal, roleId);
  if (row && row.format === PROFILE_FORMAT && row.rev === rev) return row;
  const changed = row && row.format === PROFILE_FORMAT ? changedSince(journal, roleId, row.rev) : null;
  if (row && changed && changed.size <= INCREMENTAL_MAX) {
    const rows = await db.postings.bulkGet([...changed]);
    const kept = row.kept.filter((k) => !changed.has(k.id));
    // Unchanged postings the role did not keep rank below every one it kept: while none of those
    // changed, the changed ones merged in give the right first MAX. Otherwise (a kept posting
    // edited or gone from a role that has more) which ones come next is in the index.
    if (!row.more || kept.length === row.kept.length) {
      for (const p of rows) if (p && p.roleId === roleId) kept.push(keep(p));
      kept.sort(savedOrder);
      return { roleId, format: PROFILE_FORMAT, rev, more: row.more || kept.length > MAX_SAVED_PER_ROLE, kept: kept.slice(0, MAX_SAVED_PER_ROLE) };
    }
  }
  const all = await db.postings.where('roleId').equals(roleId).toArray();
  const order = all.map((p) => ({ id: p.id, user: p.roleAssignedBy === 'user', clippedAt: p.clippedAt, p })).sort(savedOrder);
  return { roleId, format: PROFILE_FORMAT, rev, more: all.length > MAX_SAVED_PER_ROLE, kept: order.slice(0, MAX_SAVED_PER_ROLE).map((o) => keep(o.p)) };
}

function toStored(fold: SavedFold): StoredFold {
  return { terms: [...fold.terms], mean: fold.terms.map((t) => fold.mean.get(t) ?? 0), total: fold.total };
}

function fromStored(stored: Record<string, StoredFold>): Map<string, SavedFold> {
  const folds = new Map<string, SavedFold>();
  for (const [roleId, s] of Object.entries(stored)) {
    const mean = new Map<string, number>();
    s.terms.forEach((t, i) => s.mean[i]! > 0 && mean.set(t, s.mean[i]!));
    folds.set(roleId, { terms: s.terms, mean, total: s.total });
  }
  return folds;
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Brings every role's kept postings up to date and folds them again with the roles as they are;
 * stores both. One at a time per page: a second call waits for the first and finds little to do.
 */
export function refreshMatcherFold(db: RoleClipDb): Promise<{ roles: Role[]; folds: Map<string, SavedFold> }> {
  const next = running.then(() => refreshNow(db));
  running = next.catch(() => undefined);
  return next;
}

async function refreshNow(db: RoleClipDb): Promise<{ roles: Role[]; folds: Map<string, SavedFold> }> {
  const stored = await readMatcherFold(db);
  if (stored.current && stored.folds) return { roles: stored.roles, folds: stored.folds };
  // The journal first: a write after this read has a later revision and is taken up next time.
  const [roles, journal, rows] = await db.transaction('r', [db.roles, db.meta, savedTable(db)], () =>
    Promise.all([db.roles.toArray(), db.meta.get('stats') as Promise<StatsJournal | undefined>, savedTable(db).toArray()]),
  );
  const byId = new Map(rows.map((r) => [r.roleId, r]));
  const current: SavedTermsRow[] = [];
  for (const role of roles) current.push(await refreshRole(db, role.id, journal ?? EMPTY_JOURNAL, byId.get(role.id)));
  const folds = foldSaved(roles, new Map(current.map((r) => [r.roleId, r.kept.map(clipOfKept)])));
  const row: MatcherFoldRow = {
    id: 'fold',
    format: PROFILE_FORMAT,
    stamp: profileStamp(roles),
    revs: Object.fromEntries(current.map((r) => [r.roleId, r.rev])),
    folds: Object.fromEntries([...folds].map(([id, f]) => [id, toStored(f)])),
  };
  const changed = current.filter((r) => byId.get(r.roleId) !== r);
  const gone = rows.filter((r) => !roles.some((role) => role.id === r.roleId)).map((r) => r.roleId);
  await db.transaction('rw', [savedTable(db), foldTable(db)], async () => {
    if (changed.length) await savedTable(db).bulkPut(changed);
    if (gone.length) await savedTable(db).bulkDelete(gone);
    await foldTable(db).put(row);
  });
  return { roles, folds };
}

export interface FoldRead {
  roles: Role[];
  aliases: Alias[];
  /** The stored folds (null: none yet, or made by another PROFILE_FORMAT). */
  folds: Map<string, SavedFold> | null;
  /** The folds are what the roles and postings give now. */
  current: boolean;
}

/** What the popup reads to build the matcher: the roles, the aliases and one folded row. */
export async function readMatcherFold(db: RoleClipDb): Promise<FoldRead> {
  const [roles, aliases, journal, row] = await db.transaction('r', [db.roles, db.aliases, db.meta, foldTable(db)], () =>
    Promise.all([db.roles.toArray(), db.aliases.toArray(), db.meta.get('stats') as Promise<StatsJournal | undefined>, foldTable(db).get('fold')]),
  );
  if (!row || row.format !== PROFILE_FORMAT) return { roles, aliases, folds: null, current: false };
  const j = journal ?? EMPTY_JOURNAL;
  const current = row.stamp === profileStamp(roles) && roles.every((r) => (row.revs[r.id] ?? -1) === roleRevision(j, r.id));
  return { roles, aliases, folds: fromStored(row.folds), current };
}
