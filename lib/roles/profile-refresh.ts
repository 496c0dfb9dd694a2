import type { RoleClipDb } from '../db/db';
import type { Posting, Role } from '../db/schemas';
import { changedSince, EMPTY_JOURNAL, roleRevision, type StatsJournal } from '../db/stats-journal';
import { foldSaved } from './fold-postings';
import { foldTable, PROFILE_FORMAT, profileStamp, readMatcherFold, savedTable, type KeptPosting, type MatcherFoldRow, type SavedTermsRow, type StoredFold } from './profile-store';
import { clipOf, MAX_SAVED_PER_ROLE, savedOrder, type SavedClip, type SavedFold } from './saved-fold';

/**
 * Brings the matcher's stored profiles (profile-store.ts) up to date: each role's kept postings
 * from what the statistics journal says changed, then every role's fold of them. Kept out of the
 * popup's first script (the popup only reads; the background folds, see lib/clip.ts).
 */

// A role with more changed postings than this is read again whole (bulkGet of thousands of keys
// is no cheaper than the role's index range).
const INCREMENTAL_MAX = 500;

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

