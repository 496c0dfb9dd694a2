import Dexie from 'dexie';
import type { RoleClipDb } from '../db/db';
import { maintainedByCaller } from '../db/middleware';
import type { RepoDeps } from '../db/repo';
import type { Alias, Role } from '../db/schemas';
import { newestFirst, searchEntry, type SearchEntry } from '../db/search-entry';
import { EMPTY_SEARCH_META, partition, SEARCH_FORMAT, shardEntries, type SearchMeta } from '../db/search-shards';
import { EMPTY_JOURNAL, noteEverything, type StatsJournal } from '../db/stats-journal';
import { ImportError } from './backup-format';
import { byKey } from './canonical-json';
import { decideBatch, libraryKeys, type Decision } from './import-keys';
import { applyDecisions, stagingTable, type Format, type StagedHead } from './import-stage';
import { classifyStorageError } from './storage';

export interface ImportOptions {
  /** A role or alias whose id is already in the library: keep ours (default) or take the file's. */
  onConflict?: 'keep' | 'replace';
  /** Restore the backup's settings (language, library version). Default true. */
  restoreSettings?: boolean;
  /** Report what would happen and write nothing (the staged file's preview). */
  dryRun?: boolean;
  /** Refuse a row longer than this many characters (default MAX_ROW_CHARS). */
  maxRowChars?: number;
}

export interface ImportReport {
  format: Format;
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

/** Roles by id and aliases by key: what a merge with these options keeps, replaces and adds. */
export function mergeRoles(existing: readonly Role[], aliasKeys: ReadonlySet<string>, incoming: { roles: Role[]; aliases: Alias[] }, options: ImportOptions) {
  const replace = options.onConflict === 'replace';
  const mine = new Map(existing.map((r) => [r.id, r]));
  const roles: ImportReport['roles'] = { added: [], replaced: [], kept: [] };
  const aliases: ImportReport['aliases'] = { added: 0, replaced: 0, kept: 0, unknownRole: 0 };
  const putRoles: Role[] = [];
  for (const role of [...incoming.roles].sort(byKey((r: Role) => r.id))) {
    const ours = mine.get(role.id);
    // A built-in role the user never edited holds nothing of theirs: the file's copy (which may
    // carry their edits from the other machine) takes its place, so a restore is exact.
    const pristine = ours?.origin === 'builtin' && !ours.edited;
    if (!ours) roles.added.push(role.id);
    else if (replace || pristine) roles.replaced.push(role.id);
    else {
      roles.kept.push(role.id);
      continue;
    }
    putRoles.push(role);
  }
  const roleIds = new Set([...mine.keys(), ...incoming.roles.map((r) => r.id)]);
  const putAliases: Alias[] = [];
  for (const alias of incoming.aliases) {
    if (!roleIds.has(alias.roleId)) aliases.unknownRole++;
    else if (!aliasKeys.has(alias.alias)) aliases.added++;
    else if (replace) aliases.replaced++;
    else {
      aliases.kept++;
      continue;
    }
    if (roleIds.has(alias.roleId)) putAliases.push(alias);
  }
  return { roles, aliases, putRoles, putAliases, roleIds };
}

/** Postings of roles in neither the library nor the file. */
const unknownRoles = (perRole: Record<string, number>, known: ReadonlySet<string>) =>
  Object.entries(perRole).reduce((n, [roleId, count]) => n + (known.has(roleId) ? 0 : count), 0);

/** The report of a staged import, as it would merge now with these options (nothing is written). */
export async function previewStaged(db: RoleClipDb, options: ImportOptions): Promise<ImportReport> {
  const staging = stagingTable(db);
  return db.transaction('r', [db.roles, db.aliases, staging], async () => {
    const [first, incoming, existingRoles, aliasKeys] = await Promise.all([staging.get(0), stagedRoles(db), db.roles.toArray(), db.aliases.toCollection().primaryKeys()]);
    if (first?.kind !== 'head') throw new ImportError('invalid', ['nothing to import: choose the file again']);
    const merged = mergeRoles(existingRoles, new Set(aliasKeys.map(String)), incoming, options);
    const head = first.head;
    return {
      format: head.format,
      dryRun: true,
      roles: merged.roles,
      aliases: merged.aliases,
      postings: { added: head.added, duplicates: head.duplicates, renamed: head.renamed, unknownRole: unknownRoles(head.perRole, merged.roleIds) },
      settings: head.settings ? (options.restoreSettings !== false ? 'restored' : 'kept') : 'none',
    };
  });
}

async function stagedRoles(db: RoleClipDb): Promise<{ roles: Role[]; aliases: Alias[] }> {
  const rows = await stagingTable(db).where('seq').above(0).filter((r) => r.kind === 'roles' || r.kind === 'aliases').toArray();
  const roles = rows.find((r) => r.kind === 'roles');
  const aliases = rows.find((r) => r.kind === 'aliases');
  return { roles: roles?.kind === 'roles' ? roles.rows : [], aliases: aliases?.kind === 'aliases' ? aliases.rows : [] };
}

export interface CommitProgress {
  postings: number;
  total: number;
}

/**
 * The second half of an import: the staged rows (import-stage.ts) move into the library in one
 * read-write transaction over every table, so it all lands, or none of it: any failure, a full
 * disk included, rolls everything back and throws ImportError. The decisions made while staging
 * are used as they are unless a posting was written since; the search shards are rebuilt once
 * with the new postings' entries (not updated a posting at a time), and every role's cached
 * statistics are marked out of date.
 */
export async function commitStaged(db: RoleClipDb, options: ImportOptions, deps: Pick<RepoDeps, 'newId'>, onProgress?: (p: CommitProgress) => void): Promise<ImportReport> {
  const staging = stagingTable(db);
  try {
    return await db.transaction('rw', [db.roles, db.aliases, db.postings, db.settings, db.searchShards, db.meta, staging], async () => {
      maintainedByCaller(Dexie.currentTransaction.idbtrans);
      const first = await staging.get(0);
      if (first?.kind !== 'head') throw new ImportError('invalid', ['nothing to import: choose the file again']);
      const head: StagedHead = first.head;
      const [incoming, existingRoles, aliasKeys] = await Promise.all([stagedRoles(db), db.roles.toArray(), db.aliases.toCollection().primaryKeys()]);
      const merged = mergeRoles(existingRoles, new Set(aliasKeys.map(String)), incoming, options);
      await db.roles.bulkPut(merged.putRoles);
      await db.aliases.bulkPut(merged.putAliases);
      const report: ImportReport = {
        format: head.format,
        dryRun: false,
        roles: merged.roles,
        aliases: merged.aliases,
        postings: { added: 0, duplicates: [], renamed: [], unknownRole: 0 },
        settings: 'none',
      };

      const [meta, journal, before] = await Promise.all([
        db.meta.get('search').then((m) => (m as SearchMeta | undefined) ?? EMPTY_SEARCH_META),
        db.meta.get('stats').then((j) => (j as StatsJournal | undefined) ?? EMPTY_JOURNAL),
        db.postings.count(),
      ]);
      // A posting written since the file was staged may make a staged decision wrong: decide again.
      const redo = meta.gen !== head.gen ? await libraryKeys(db) : null;
      const taken = redo ? new Set(redo.ids) : null;
      const added: SearchEntry[] = [];
      const tally = { duplicates: report.postings.duplicates, renamed: report.postings.renamed, perRole: {} as Record<string, number> };
      for (let seq = 1; ; seq++) {
        const batch = await staging.get(seq);
        if (!batch) break;
        if (batch.kind !== 'postings') continue;
        const decisions: Decision[] = redo && taken ? await decideBatch(batch.rows, redo, taken, (ids) => db.postings.bulkGet(ids), deps.newId) : batch.decisions;
        const add = applyDecisions(batch.rows, decisions, tally);
        await db.postings.bulkAdd(add);
        for (const p of add) added.push(searchEntry(p));
        report.postings.added += add.length;
        onProgress?.({ postings: report.postings.added + report.postings.duplicates.length, total: head.postings });
      }

      report.postings.unknownRole = unknownRoles(tally.perRole, merged.roleIds);
      // The search shards were whole before: they are again, with the new entries in place.
      const whole = meta.format === SEARCH_FORMAT && meta.count === before;
      if (whole && added.length) {
        const all = (await db.searchShards.toArray()).flatMap(shardEntries);
        all.push(...added);
        all.sort((a, b) => newestFirst(a.summary, b.summary));
        await db.searchShards.clear();
        await db.searchShards.bulkPut(partition(all));
      }
      await db.meta.bulkPut([
        { ...meta, count: whole ? before + added.length : meta.count, gen: meta.gen + 1 },
        added.length ? noteEverything(journal) : journal,
      ]);

      if (head.settings && options.restoreSettings !== false) {
        await db.settings.put(head.settings);
        report.settings = 'restored';
      } else if (head.settings) report.settings = 'kept';

      await staging.clear();
      return report;
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const kind = classifyStorageError(e);
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new ImportError('storage', [`${kind === 'quota' ? 'the disk or the browser storage quota is full' : `the database refused the import (${kind})`}; nothing was imported. ${detail}`], { cause: e });
  }
}
