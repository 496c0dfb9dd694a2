import type { RoleClipDb } from '../db/db';
import { postingContentHash, urlIdentity, type RepoDeps } from '../db/repo';
import type { Alias, Posting, Role, Settings } from '../db/schemas';
import { textKey } from '../text/normalize';
import { ImportError, type BACKUP_FORMAT, type ROLES_FORMAT } from './backup-format';
import { byKey } from './canonical-json';
import { classifyStorageError } from './storage';

export interface ImportOptions {
  /** A role or alias whose id is already in the library: keep ours (default) or take the file's. */
  onConflict?: 'keep' | 'replace';
  /** Restore the backup's settings (language, library version). Default true. */
  restoreSettings?: boolean;
  /** Work out the report inside the transaction, then roll it back: nothing is written. */
  dryRun?: boolean;
  /** Refuse files larger than this many bytes (default MAX_IMPORT_BYTES, 50 MB). */
  maxBytes?: number;
}

export interface ImportReport {
  format: typeof BACKUP_FORMAT | typeof ROLES_FORMAT;
  dryRun: boolean;
  roles: { added: string[]; replaced: string[]; kept: string[] };
  aliases: { added: number; replaced: number; kept: number; unknownRole: number };
  postings: {
    added: number;
    /** Already in the library: same canonical URL, same normalised text, or same id and title. */
    duplicates: { incomingId: string; existingId: string; by: 'url' | 'content' | 'id' }[];
    /** Ids taken by another posting here: the incoming posting got a new id. */
    renamed: { from: string; to: string }[];
    /** Postings whose role is in neither the library nor the file (kept, shown as that id). */
    unknownRole: number;
  };
  settings: 'restored' | 'kept' | 'none';
}

export interface MergeInput {
  format: ImportReport['format'];
  roles: Role[];
  aliases: Alias[];
  postings: Posting[];
  settings: Settings | null;
}

class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** The merge itself, in one rw transaction over every table: it all lands, or none of it. */
export async function mergeIntoDb(db: RoleClipDb, input: MergeInput, options: ImportOptions, deps: Pick<RepoDeps, 'newId'>): Promise<ImportReport> {
  const replace = options.onConflict === 'replace';
  try {
    return await db.transaction('rw', [db.roles, db.aliases, db.postings, db.settings], async () => {
      const report: ImportReport = {
        format: input.format,
        dryRun: Boolean(options.dryRun),
        roles: { added: [], replaced: [], kept: [] },
        aliases: { added: 0, replaced: 0, kept: 0, unknownRole: 0 },
        postings: { added: 0, duplicates: [], renamed: [], unknownRole: 0 },
        settings: 'none',
      };
      const existingRoles = new Map((await db.roles.toArray()).map((r) => [r.id, r]));
      const roleIds = new Set(existingRoles.keys());
      const putRoles: Role[] = [];
      for (const role of [...input.roles].sort(byKey((r: Role) => r.id))) {
        const mine = existingRoles.get(role.id);
        // A built-in role the user never edited holds nothing of theirs: the file's copy (which may
        // carry their edits from the other machine) takes its place, so a restore is exact.
        const pristine = mine?.origin === 'builtin' && !mine.edited;
        if (!mine) report.roles.added.push(role.id);
        else if (replace || pristine) report.roles.replaced.push(role.id);
        else {
          report.roles.kept.push(role.id);
          continue;
        }
        putRoles.push(role);
      }
      await db.roles.bulkPut(putRoles);
      for (const r of input.roles) roleIds.add(r.id);

      const aliasKeys = new Set((await db.aliases.toCollection().primaryKeys()).map(String));
      const putAliases: Alias[] = [];
      for (const alias of input.aliases) {
        if (!roleIds.has(alias.roleId)) report.aliases.unknownRole++;
        else if (!aliasKeys.has(alias.alias)) report.aliases.added++;
        else if (replace) report.aliases.replaced++;
        else {
          report.aliases.kept++;
          continue;
        }
        if (roleIds.has(alias.roleId)) putAliases.push(alias);
      }
      await db.aliases.bulkPut(putAliases);

      await mergePostings(db, input.postings, roleIds, report, deps);

      if (input.settings && options.restoreSettings !== false) {
        await db.settings.put(input.settings);
        report.settings = 'restored';
      } else if (input.settings) report.settings = 'kept';

      if (options.dryRun) throw new DryRun(report);
      return report;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.report;
    if (e instanceof ImportError) throw e;
    const kind = classifyStorageError(e);
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new ImportError('storage', [`${kind === 'quota' ? 'the disk or the browser storage quota is full' : `the database refused the import (${kind})`}; nothing was imported. ${detail}`], { cause: e });
  }
}

/**
 * Duplicates are what findDuplicate (lib/db/repo.ts) calls a re-clip: the same canonical URL and
 * title (urlIdentity), else the same postingContentHash. The library's keys are read once into maps instead of two
 * index queries per posting (20,000 requests for a 10,000-posting backup). Postings of the file
 * are checked against the library as it was, not against each other: two rows in one backup
 * were two rows in the library it came from, and a restore keeps them both.
 */
async function mergePostings(db: RoleClipDb, incoming: Posting[], roleIds: Set<string>, report: ImportReport, deps: Pick<RepoDeps, 'newId'>): Promise<void> {
  const existing = await db.postings.toArray();
  const byUrl = new Map<string, string>();
  const byHash = new Map<string, string>();
  const byId = new Map<string, Posting>();
  for (const p of existing) {
    const identity = urlIdentity(p.canonicalUrl, p.title);
    if (identity && !byUrl.has(identity)) byUrl.set(identity, p.id);
    if (p.contentHash && !byHash.has(p.contentHash)) byHash.set(p.contentHash, p.id);
    byId.set(p.id, p);
  }
  const taken = new Set(byId.keys());
  const add: Posting[] = [];
  for (const p of [...incoming].sort(byKey((x: Posting) => x.id))) {
    const url = urlIdentity(p.url, p.title) || urlIdentity(p.canonicalUrl, p.title);
    const hash = postingContentHash(p);
    const sameId = byId.get(p.id);
    const dup: [string | undefined, 'url' | 'content' | 'id'][] = [
      [url ? byUrl.get(url) : undefined, 'url'],
      [hash ? byHash.get(hash) : undefined, 'content'],
      [p.contentHash ? byHash.get(p.contentHash) : undefined, 'content'],
      [sameId && textKey(sameId.title) === textKey(p.title) && textKey(sameId.company) === textKey(p.company) ? sameId.id : undefined, 'id'],
    ];
    const hit = dup.find(([id]) => id !== undefined);
    if (hit) {
      report.postings.duplicates.push({ incomingId: p.id, existingId: hit[0]!, by: hit[1] });
      continue;
    }
    let id = p.id;
    if (taken.has(id)) {
      do id = deps.newId();
      while (taken.has(id));
      report.postings.renamed.push({ from: p.id, to: id });
    }
    taken.add(id);
    if (p.roleId !== null && !roleIds.has(p.roleId)) report.postings.unknownRole++;
    add.push(id === p.id ? p : { ...p, id });
  }
  await db.postings.bulkAdd(add);
  report.postings.added = add.length;
}
