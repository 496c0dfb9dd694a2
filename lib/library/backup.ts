import type { RoleClipDb } from '../db/db';
import type { RepoDeps } from '../db/repo';
import type { Alias, Posting, Role } from '../db/schemas';
import { BACKUP_FORMAT, BACKUP_VERSION, ROLES_FORMAT, ROLES_VERSION, type RoleLibraryFile } from './backup-format';
import { byKey, canonicalJson, sortKeys } from './canonical-json';
import type { ImportInput } from './import-read';
import { discardStaged, stageImport, type StageProgress } from './import-stage';
import { commitStaged, previewStaged, type CommitProgress, type ImportOptions, type ImportReport } from './merge';

/**
 * Full backups and shareable role libraries. Exports are canonical (rows sorted by key, object
 * keys sorted), so export -> restore into an empty profile -> export gives the same bytes. A
 * backup is written a chunk of postings at a time and read a row at a time: its size is bounded
 * by the disk, not by memory.
 */

const iso = (ms: number) => new Date(ms).toISOString();
const json = (value: unknown) => JSON.stringify(sortKeys(value));

/** Postings read and written per step of a backup (~2.6 MB of JSON with generated postings). */
export const EXPORT_CHUNK = 1000;

/**
 * Writes a full backup to `write` in pieces, in one read transaction (a consistent snapshot). The
 * pieces concatenated are canonicalJson of the whole file: the same bytes as building it in memory.
 * `write` must be synchronous (a Blob part, an array push): the transaction ends at any other wait.
 */
export async function writeBackup(
  db: RoleClipDb,
  deps: Pick<RepoDeps, 'now'>,
  write: (piece: string) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<{ postings: number }> {
  return db.transaction('r', [db.roles, db.aliases, db.postings, db.settings], async () => {
    const [roles, aliases, settings, total] = await Promise.all([db.roles.toArray(), db.aliases.toArray(), db.settings.get('settings'), db.postings.count()]);
    // Keys in sorted order, as canonicalJson writes them: aliases, exportedAt, format, postings, roles, settings, version.
    write(`{"aliases":${json(aliases.sort(byKey((a: Alias) => a.alias)))},"exportedAt":${json(iso(deps.now()))},"format":${json(BACKUP_FORMAT)},"postings":[`);
    let done = 0;
    let last: string | null = null;
    for (;;) {
      // Primary-key order is code-unit order of the ids, the order byKey sorts them in.
      const page = last === null ? db.postings.orderBy(':id') : db.postings.where(':id').above(last);
      const rows: Posting[] = await page.limit(EXPORT_CHUNK).toArray();
      if (!rows.length) break;
      write(`${done ? ',' : ''}${rows.map(json).join(',')}`);
      done += rows.length;
      last = rows[rows.length - 1]!.id;
      onProgress?.(done, total);
    }
    write(`],"roles":${json(roles.sort(byKey((r: Role) => r.id)))},"settings":${json(settings ?? null)},"version":${BACKUP_VERSION}}\n`);
    return { postings: done };
  });
}

/** The whole backup as one string (tests, the command line, small libraries). */
export async function exportBackup(db: RoleClipDb, deps: Pick<RepoDeps, 'now'>): Promise<string> {
  const pieces: string[] = [];
  await writeBackup(db, deps, (piece) => pieces.push(piece));
  return pieces.join('');
}

/** Roles (all, or the given ids) with the aliases that point at them; indented for reading. */
export async function exportRoleLibrary(db: RoleClipDb, deps: Pick<RepoDeps, 'now'>, roleIds?: readonly string[]): Promise<string> {
  const wanted = roleIds ? new Set(roleIds) : null;
  const [roles, aliases] = await db.transaction('r', [db.roles, db.aliases], () => Promise.all([db.roles.toArray(), db.aliases.toArray()]));
  const kept = roles.filter((r) => !wanted || wanted.has(r.id)).sort(byKey((r: Role) => r.id));
  const ids = new Set(kept.map((r) => r.id));
  const file: RoleLibraryFile = {
    format: ROLES_FORMAT,
    version: ROLES_VERSION,
    exportedAt: iso(deps.now()),
    roles: kept,
    aliases: aliases.filter((a) => ids.has(a.roleId)).sort(byKey((a: Alias) => a.alias)),
  };
  return canonicalJson(file, 2);
}

/**
 * Reads and checks a file and says what importing it would do, changing nothing in the library
 * (it is staged aside; import-stage.ts). Throws ImportError with what is wrong where.
 */
export async function previewImport(
  db: RoleClipDb,
  input: ImportInput,
  options: ImportOptions,
  deps: Pick<RepoDeps, 'newId'>,
  onProgress?: (p: StageProgress) => void,
): Promise<ImportReport> {
  await stageImport(db, input, deps, { maxRowChars: options.maxRowChars, onProgress });
  return previewStaged(db, options);
}

/** Imports the file last previewed, all or nothing (merge.ts). */
export async function confirmImport(db: RoleClipDb, options: ImportOptions, deps: Pick<RepoDeps, 'newId'>, onProgress?: (p: CommitProgress) => void): Promise<ImportReport> {
  try {
    return await commitStaged(db, options, deps, onProgress);
  } finally {
    await discardStaged(db).catch(() => undefined);
  }
}

/** Forgets a previewed file (the user chose another, or left). */
export const cancelImport = discardStaged;

/**
 * Imports a backup or a role library in one call: checked and staged, then merged, all or
 * nothing. `dryRun` reports what would happen and writes nothing.
 */
export async function importFile(db: RoleClipDb, input: ImportInput, options: ImportOptions = {}, deps: Pick<RepoDeps, 'newId'>): Promise<ImportReport> {
  const preview = await previewImport(db, input, options, deps);
  if (options.dryRun) {
    await discardStaged(db);
    return preview;
  }
  return confirmImport(db, options, deps);
}

export type { ImportOptions, ImportReport } from './merge';
export type { ImportInput } from './import-read';
