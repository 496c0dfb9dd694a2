import type { RoleClipDb } from '../db/db';
import type { Alias, Role } from '../db/schemas';
import { EMPTY_JOURNAL, roleRevision, type StatsJournal } from '../db/stats-journal';
import { hash53 } from '../text/hash';
import type { SavedFold } from './saved-fold';
import { partsFromRow, partsTable, type IndexPartsRow } from './index-parts';
import type { IndexParts } from './matcher-index';
import { FOLD_STORES } from './fold-stores';

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
 * This module is what the popup reads; profile-refresh.ts writes (the background, the library).
 */
export const PROFILE_FORMAT = 1;

export interface KeptPosting {
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

export interface StoredFold {
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

export const savedTable = (db: RoleClipDb) => db.table<SavedTermsRow, string>('savedTerms');
export const foldTable = (db: RoleClipDb) => db.table<MatcherFoldRow, string>(FOLD_STORES.fold);

/** What the folds were made against: every role's last edit, and this code. */
export function profileStamp(roles: readonly Pick<Role, 'id' | 'updatedAt'>[]): string {
  return `${PROFILE_FORMAT}:${hash53(roles.map((r) => `${r.id}@${r.updatedAt}`).sort().join('|'))}`;
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

export interface FoldRead {
  roles: Role[];
  aliases: Alias[];
  /** The stored folds (null: none yet, or made by another PROFILE_FORMAT). */
  folds: Map<string, SavedFold> | null;
  /** The folds are what the roles and postings give now. */
  current: boolean;
  /** The index's role-and-alias parts as stored, when made from these roles and aliases (index-parts.ts). */
  parts: IndexParts | null;
}

/** The rows readMatcherFold reads, as IndexedDB gives them (the popup's bootstrap reads the same rows without Dexie). */
export interface FoldRows {
  roles: Role[];
  aliases: Alias[];
  journal: StatsJournal | undefined;
  fold: MatcherFoldRow | undefined;
  parts: IndexPartsRow | undefined;
}

/** What the popup reads to build the matcher: the roles, the aliases, one folded row and the index's parts. */
export async function readMatcherFold(db: RoleClipDb): Promise<FoldRead> {
  const [roles, aliases, journal, fold, parts] = await db.transaction('r', [db.roles, db.aliases, db.meta, foldTable(db), partsTable(db)], () =>
    Promise.all([
      db.roles.toArray(),
      db.aliases.toArray(),
      db.meta.get('stats') as Promise<StatsJournal | undefined>,
      foldTable(db).get('fold'),
      partsTable(db).get('parts'),
    ]),
  );
  return foldFromRows({ roles, aliases, journal, fold, parts });
}

/** The fold and parts as read, checked against the roles and the journal they were read with. */
export function foldFromRows({ roles, aliases, journal, fold: row, parts: partsRow }: FoldRows): FoldRead {
  const parts = partsFromRow(partsRow, roles, aliases);
  if (!row || row.format !== PROFILE_FORMAT) return { roles, aliases, folds: null, current: false, parts };
  const j = journal ?? EMPTY_JOURNAL;
  const current = row.stamp === profileStamp(roles) && roles.every((r) => (row.revs[r.id] ?? -1) === roleRevision(j, r.id));
  return { roles, aliases, folds: fromStored(row.folds), current, parts };
}
