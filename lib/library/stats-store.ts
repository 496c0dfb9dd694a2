import Dexie from 'dexie';
import type { RoleClipDb } from '../db/db';
import type { Role } from '../db/schemas';
import { newestFirst } from '../db/search-entry';
import type { RoleStats, StatsSummary } from './stats';
import { aggregateStats, type StatsRow } from './stats-rows';
import { addRow, emptyTotals, EXTRA_KINDS, memberOrder, rowMembers, setGroup, type ChangedGroups, type ExtraKind, type GroupMember, type StatsTotals } from './stats-totals';

/**
 * Where a role's cached statistics live (Dexie version 9, lib/db/db.ts), and the two ways they are
 * written: whole (every posting of the role counted) or changed (a few postings' rows taken out and
 * put in). Four tables, all derived from the postings and never exported:
 * - roleStats: the figures the screens show (StatsSummary), one small row a role: what an open reads;
 * - statsTotals: the running totals the figures are made from (stats-totals.ts), one row a role;
 * - statsRows: each posting's contribution (its StatsRow and the digest of what it was made from),
 *   in one of BUCKETS buckets a role by a hash of the posting's id (keyed [roleId+bucket]), so a
 *   change reads and writes the changed postings' buckets only (~60 rows each for a role of 7,870
 *   ads), and a whole count writes 128 records, not one a posting (IndexedDB's cost per record
 *   made 7,870 separate rows take 1.2-1.7 s to write, against 0.1-0.2 s for them in one);
 * - statsGroups: each extra item group's members, keyed [roleId+kind+key], read when one of its
 *   postings changes (for the group's first wording).
 * Every write takes all four together, in one transaction: the totals are always the sum of the
 * role's stored rows, and a change is stored only over the totals it was counted from.
 */

export interface CachedStats {
  roleId: string;
  rev: number;
  stamp: string;
  stats: StatsSummary;
}

export interface TotalsRow {
  roleId: string;
  rev: number;
  stamp: string;
  totals: StatsTotals;
}

/** A posting's row as stored: with its role, and postingDigest of the posting it was made from. */
export interface StoredRow extends StatsRow {
  roleId: string;
  digest: string;
}

/** A bucket of a role's stored rows (any order). */
export interface RowBucket {
  roleId: string;
  bucket: number;
  rows: StoredRow[];
}

export const BUCKETS = 128;

/** The bucket of a posting's row. */
export function bucketOf(postingId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < postingId.length; i++) h = Math.imul(h ^ postingId.charCodeAt(i), 16777619);
  return (h >>> 0) % BUCKETS;
}

export interface GroupRow {
  roleId: string;
  kind: ExtraKind;
  key: string;
  members: GroupMember[];
}

export const cachedTable = (db: RoleClipDb) => db.table<CachedStats, string>('roleStats');
export const totalsTable = (db: RoleClipDb) => db.table<TotalsRow, string>('statsTotals');
export const rowsTable = (db: RoleClipDb) => db.table<RowBucket, [string, number]>('statsRows');
export const groupsTable = (db: RoleClipDb) => db.table<GroupRow, [string, ExtraKind, string]>('statsGroups');

const ofRole = (roleId: string) => [[roleId, Dexie.minKey], [roleId, Dexie.maxKey]] as const;

/** The role's stored rows, newest first. */
export async function storedRows(db: RoleClipDb, roleId: string): Promise<StoredRow[]> {
  const [lo, hi] = ofRole(roleId);
  return (await rowsTable(db).where('[roleId+bucket]').between(lo, hi, true, true).toArray()).flatMap((b) => b.rows).sort(newestFirst);
}

/** The stored rows of these postings in the role (undefined where none), reading their buckets. */
export async function rowsOf(db: RoleClipDb, roleId: string, ids: readonly string[]): Promise<(StoredRow | undefined)[]> {
  const buckets = [...new Set(ids.map(bucketOf))];
  const read = await rowsTable(db).bulkGet(buckets.map((b): [string, number] => [roleId, b]));
  const byId = new Map<string, StoredRow>();
  for (const b of read) for (const r of b?.rows ?? []) byId.set(r.id, r);
  return ids.map((id) => byId.get(id));
}

function bucketsOf(roleId: string, rows: readonly StoredRow[]): RowBucket[] {
  const out = new Map<number, StoredRow[]>();
  for (const r of rows) {
    const b = bucketOf(r.id);
    (out.get(b) ?? out.set(b, []).get(b)!).push(r);
  }
  return [...out].map(([bucket, list]) => ({ roleId, bucket, rows: list }));
}

/**
 * The role's statistics with the lists behind every figure (which postings include each item,
 * each cluster's members, every value), summed from its stored rows: nothing is compared. What a
 * screen that lists them reads when it is opened; null when nothing current is stored.
 */
export async function readRoleStatsFromRows(db: RoleClipDb, role: Role, stamp: string): Promise<RoleStats | null> {
  const totals = await totalsTable(db).get(role.id);
  if (!totals || totals.stamp !== stamp) return null;
  return aggregateStats(role, await storedRows(db, role.id));
}

/** Totals and group rows of `rows` (the role's every row). */
export function totalsOf(roleId: string, rows: readonly StatsRow[]): { totals: StatsTotals; groups: GroupRow[] } {
  const totals = emptyTotals();
  const groups: GroupRow[] = [];
  for (const r of rows) addRow(totals, r, 1);
  for (const kind of EXTRA_KINDS) {
    const byKey = new Map<string, GroupMember[]>();
    for (const r of rows) for (const [key, members] of rowMembers(r, kind)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(...members);
    for (const [key, members] of byKey) {
      members.sort(memberOrder);
      setGroup(totals, kind, key, members);
      groups.push({ roleId, kind, key, members });
    }
  }
  return { totals, groups };
}

/** Stores a whole count of the role (replacing whatever was stored for it). */
export async function storeWhole(db: RoleClipDb, role: Role, rev: number, stamp: string, rows: StoredRow[], totals: StatsTotals, groups: GroupRow[], stats: StatsSummary): Promise<void> {
  const [lo, hi] = ofRole(role.id);
  await db.transaction('rw', [cachedTable(db), totalsTable(db), rowsTable(db), groupsTable(db), db.table('statsInputs')], async () => {
    await rowsTable(db).where('[roleId+bucket]').between(lo, hi, true, true).delete();
    await groupsTable(db).where('[roleId+kind+key]').between(lo, hi, true, true).delete();
    await rowsTable(db).bulkPut(bucketsOf(role.id, rows));
    await groupsTable(db).bulkPut(groups);
    await totalsTable(db).put({ roleId: role.id, rev, stamp, totals });
    await cachedTable(db).put({ roleId: role.id, rev, stamp, stats });
    // What versions 6-8 kept (every row in one row), now moved into the tables above.
    await db.table('statsInputs').delete(role.id);
  });
}

export interface Change {
  /** The rows taken out (the changed postings' stored rows). */
  removed: StoredRow[];
  /** The rows put in (the changed postings now in the role). */
  added: StoredRow[];
}

/**
 * Applies a change to `totals` (the role's stored totals, changed in place): the removed rows
 * out, the added ones in, and the extra groups either touches made again from their stored
 * members (read here: one row a group). Returns the group rows to store, and the groups whose
 * size changed (for summarize to work into the kept clustering).
 */
export async function applyChange(db: RoleClipDb, roleId: string, totals: StatsTotals, change: Change): Promise<{ groups: GroupRow[]; changed: ChangedGroups }> {
  for (const r of change.removed) addRow(totals, r, -1);
  for (const r of change.added) addRow(totals, r, 1);
  const ids = new Set([...change.removed, ...change.added].map((r) => r.id));
  const touched: [ExtraKind, string, GroupMember[]][] = [];
  for (const kind of EXTRA_KINDS) {
    const fresh = new Map<string, GroupMember[]>();
    for (const r of change.removed) for (const key of rowMembers(r, kind).keys()) fresh.set(key, fresh.get(key) ?? []);
    for (const r of change.added) for (const [key, members] of rowMembers(r, kind)) fresh.set(key, [...(fresh.get(key) ?? []), ...members]);
    for (const [key, members] of fresh) touched.push([kind, key, members]);
  }
  const stored = await groupsTable(db).bulkGet(touched.map(([kind, key]) => [roleId, kind, key]));
  const changed: ChangedGroups = { extraDuties: new Map(), extraRequirements: new Map() };
  const groups = touched.map(([kind, key, added], i): GroupRow => {
    const members = [...(stored[i]?.members ?? []).filter((m) => !ids.has(m[0])), ...added].sort(memberOrder);
    const before = totals[kind].groups.get(key)?.[0] ?? 0;
    setGroup(totals, kind, key, members);
    if (members.length !== before) changed[kind]!.set(key, before);
    return { roleId, kind, key, members };
  });
  return { groups, changed };
}

/**
 * Stores a change counted from the stored totals at `base` (their rev): only if they are still
 * those (another page may have stored the same change meanwhile). Returns whether it stored.
 */
export async function storeChange(db: RoleClipDb, role: Role, base: number, rev: number, stamp: string, totals: StatsTotals, change: Change, groups: GroupRow[], stats: StatsSummary): Promise<boolean> {
  return db.transaction('rw', [cachedTable(db), totalsTable(db), rowsTable(db), groupsTable(db)], async () => {
    const now = await totalsTable(db).get(role.id);
    if (!now || now.rev !== base || now.stamp !== stamp) return false;
    // The changed postings' buckets, read again inside this transaction, with their rows replaced.
    const ids = new Set([...change.removed, ...change.added].map((r) => r.id));
    const keys = [...new Set([...ids].map(bucketOf))];
    const buckets = await rowsTable(db).bulkGet(keys.map((b): [string, number] => [role.id, b]));
    const next = keys.map((bucket, i): RowBucket => ({
      roleId: role.id,
      bucket,
      rows: [...(buckets[i]?.rows ?? []).filter((r) => !ids.has(r.id)), ...change.added.filter((r) => bucketOf(r.id) === bucket)],
    }));
    await rowsTable(db).bulkDelete(next.filter((b) => !b.rows.length).map((b): [string, number] => [role.id, b.bucket]));
    await rowsTable(db).bulkPut(next.filter((b) => b.rows.length));
    await groupsTable(db).bulkDelete(groups.filter((g) => !g.members.length).map((g): [string, ExtraKind, string] => [role.id, g.kind, g.key]));
    await groupsTable(db).bulkPut(groups.filter((g) => g.members.length));
    await totalsTable(db).put({ roleId: role.id, rev, stamp, totals });
    await cachedTable(db).put({ roleId: role.id, rev, stamp, stats });
    return true;
  });
}
