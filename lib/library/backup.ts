import type { RoleClipDb } from '../db/db';
import type { RepoDeps } from '../db/repo';
import type { Alias, Posting, Role, Settings } from '../db/schemas';
import {
  BACKUP_FORMAT, BACKUP_VERSION, BackupFile, ImportError, MAX_IMPORT_BYTES, ROLES_FORMAT, ROLES_VERSION, RoleLibraryFile, describeIssues,
  duplicateKeys, parseImport, readImportText, type ImportInput,
} from './backup-format';
import { byKey, canonicalJson } from './canonical-json';
import { mergeIntoDb, type ImportOptions, type ImportReport } from './merge';

/**
 * Full backups and shareable role libraries. Exports are canonical (rows sorted by key, object
 * keys sorted), so export -> restore into an empty profile -> export gives the same bytes.
 */

const iso = (ms: number) => new Date(ms).toISOString();

export async function exportBackup(db: RoleClipDb, deps: Pick<RepoDeps, 'now'>): Promise<string> {
  const [roles, aliases, postings, settings] = await db.transaction('r', [db.roles, db.aliases, db.postings, db.settings], () =>
    Promise.all([db.roles.toArray(), db.aliases.toArray(), db.postings.toArray(), db.settings.get('settings')]),
  );
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(deps.now()),
    roles: roles.sort(byKey((r: Role) => r.id)),
    aliases: aliases.sort(byKey((a: Alias) => a.alias)),
    postings: postings.sort(byKey((p: Posting) => p.id)),
    settings: settings ?? null,
  };
  return canonicalJson(file);
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

export type ValidatedImport =
  | { format: typeof BACKUP_FORMAT; file: BackupFile }
  | { format: typeof ROLES_FORMAT; file: RoleLibraryFile };

/**
 * Reads and validates an import without touching the database: size, JSON, format, version,
 * every row against its schema, and keys that repeat inside the file. Throws ImportError.
 */
export async function validateImport(input: ImportInput, maxBytes = MAX_IMPORT_BYTES): Promise<ValidatedImport> {
  const text = await readImportText(input, maxBytes);
  const { format, data } = parseImport(text);
  const schema = format === BACKUP_FORMAT ? BackupFile : RoleLibraryFile;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ImportError('invalid', describeIssues(parsed.error, data));
  const file = parsed.data as BackupFile | RoleLibraryFile;
  const repeats = [
    ...duplicateKeys(file.roles, (r) => r.id, 'roles', 'id'),
    ...duplicateKeys(file.aliases, (a) => a.alias, 'aliases', 'alias'),
    ...('postings' in file ? duplicateKeys(file.postings, (p) => p.id, 'postings', 'id') : []),
  ];
  if (repeats.length) throw new ImportError('invalid', repeats);
  return format === BACKUP_FORMAT ? { format, file: file as BackupFile } : { format, file: file as RoleLibraryFile };
}

/**
 * Imports a backup or a role library into the database, all or nothing: the file is validated
 * first, then merged inside one transaction (roles by id, aliases by key, postings by canonical
 * URL or content hash); any failure, a full disk included, rolls everything back and throws
 * ImportError. `dryRun` reports what would happen and writes nothing.
 */
export async function importFile(
  db: RoleClipDb,
  input: ImportInput,
  options: ImportOptions = {},
  deps: Pick<RepoDeps, 'newId'>,
): Promise<ImportReport> {
  const validated = await validateImport(input, options.maxBytes);
  const { file } = validated;
  return mergeIntoDb(
    db,
    {
      format: validated.format,
      roles: file.roles,
      aliases: file.aliases,
      postings: 'postings' in file ? file.postings : [],
      settings: 'settings' in file ? (file.settings as Settings | null) : null,
    },
    options,
    deps,
  );
}

export type { ImportOptions, ImportReport } from './merge';
