import * as z from 'zod/mini';
import type { RoleClipDb } from '../db/db';
import type { RepoDeps } from '../db/repo';
import { Alias, Posting, Role, Settings } from '../db/schemas';
import { EMPTY_SEARCH_META, type SearchMeta } from '../db/search-shards';
import {
  BACKUP_FORMAT, checkFormat, checkVersion, describeIssues, describeRowIssues, describeTopLevel, ImportError, MAX_ROW_CHARS, ROLES_FORMAT,
} from './backup-format';
import { decideBatch, libraryKeys, type Decision } from './import-keys';
import { importText, type ImportInput } from './import-read';
import { JsonObjectSplitter, JsonStreamError } from './json-stream';

/**
 * The first half of an import: the file is read row by row, each row validated against its
 * schema (a bad row stops it with what is wrong where), and every valid row written to the
 * importStaging table in batches, with what the merge will do with each posting (keep, rename,
 * or skip as a duplicate of which). Nothing of the library changes here; the second half
 * (merge.ts) moves the staged rows in in one transaction. The preview the user confirms is
 * this pass's report, so confirming does not read or decide anything again unless the library
 * changed in between.
 */

export type Format = typeof BACKUP_FORMAT | typeof ROLES_FORMAT;

export interface StagedHead {
  format: Format;
  settings: Settings | null;
  /** The search meta's write counter when the decisions were made (a write since: decide again). */
  gen: number;
  postings: number;
  /** What the staged decisions do with the postings (the preview shows it). */
  added: number;
  duplicates: { incomingId: string; existingId: string; by: 'url' | 'content' | 'id' }[];
  renamed: { from: string; to: string }[];
  /** Postings to add, per role id (those of a role in neither library nor file are counted apart). */
  perRole: Record<string, number>;
}

/** What a batch's decisions do: the postings to add (renamed where decided) and the report. */
export function applyDecisions(rows: readonly Posting[], decisions: readonly Decision[], report: Pick<StagedHead, 'duplicates' | 'renamed' | 'perRole'>): Posting[] {
  const add: Posting[] = [];
  rows.forEach((p, i) => {
    const d = decisions[i]!;
    if ('dup' in d) return void report.duplicates.push({ incomingId: p.id, existingId: d.dup, by: d.by });
    if (d.id !== p.id) report.renamed.push({ from: p.id, to: d.id });
    if (p.roleId !== null) report.perRole[p.roleId] = (report.perRole[p.roleId] ?? 0) + 1;
    add.push(d.id === p.id ? p : { ...p, id: d.id });
  });
  return add;
}

export type StagedRow =
  | { seq: 0; kind: 'head'; head: StagedHead }
  | { seq: number; kind: 'roles'; rows: Role[] }
  | { seq: number; kind: 'aliases'; rows: Alias[] }
  | { seq: number; kind: 'postings'; rows: Posting[]; decisions: Decision[] };

export const stagingTable = (db: RoleClipDb) => db.table<StagedRow, number>('importStaging');

/** Postings per staged row (and per decision batch): ~1.3 MB of generated postings. */
export const STAGE_BATCH = 500;
const MAX_ISSUES = 20;

export interface StageProgress {
  /** Bytes (or characters) read of the file. */
  read: number;
  size: number;
  postings: number;
}

const LISTS = { roles: Role, aliases: Alias, postings: Posting } as const;
type ListKey = keyof typeof LISTS;
const keyOf: Record<ListKey, (row: never) => string> = {
  roles: (r: Role) => r.id,
  aliases: (a: Alias) => a.alias,
  postings: (p: Posting) => p.id,
};

export async function discardStaged(db: RoleClipDb): Promise<void> {
  await stagingTable(db).clear();
}

/** Reads, validates and stages a file; returns its head. Throws ImportError (and stages nothing). */
export async function stageImport(
  db: RoleClipDb,
  input: ImportInput,
  deps: Pick<RepoDeps, 'newId'>,
  options: { maxRowChars?: number; onProgress?: (p: StageProgress) => void } = {},
): Promise<StagedHead> {
  await discardStaged(db);
  try {
    return await stage(db, input, deps, options);
  } catch (error) {
    await discardStaged(db);
    if (error instanceof JsonStreamError) {
      if (error.kind === 'too-large') throw new ImportError('too-large', [`a row is too long to be a RoleClip row: ${error.message}`]);
      throw new ImportError('not-json', [`not valid JSON (the file may be truncated): ${error.message}`]);
    }
    if (error instanceof SyntaxError) throw new ImportError('not-json', [`not valid JSON: ${error.message}`]);
    if (error instanceof TypeError && /decod|encod/i.test(error.message)) throw new ImportError('not-json', [`not valid JSON: the file is not UTF-8 text (${error.message})`]);
    throw error;
  }
}

async function stage(db: RoleClipDb, input: ImportInput, deps: Pick<RepoDeps, 'newId'>, options: { maxRowChars?: number; onProgress?: (p: StageProgress) => void }): Promise<StagedHead> {
  const { keys, gen } = await db.transaction('r', [db.postings, db.meta], async () => ({
    keys: await libraryKeys(db),
    gen: (((await db.meta.get('search')) as SearchMeta | undefined) ?? EMPTY_SEARCH_META).gen,
  }));
  const taken = new Set(keys.ids);
  const issues: string[] = [];
  const seen: Record<ListKey, Map<string, number>> = { roles: new Map(), aliases: new Map(), postings: new Map() };
  const lists: { roles: Role[]; aliases: Alias[] } = { roles: [], aliases: [] };
  const top: Record<string, unknown> = {};
  let batch: Posting[] = [];
  let seq = 1;
  let postings = 0;
  const report: Pick<StagedHead, 'added' | 'duplicates' | 'renamed' | 'perRole'> = { added: 0, duplicates: [], renamed: [], perRole: {} };
  let progress = { read: 0, size: 0 };
  const check = () => {
    if (issues.length >= MAX_ISSUES) throw new ImportError('invalid', issues);
  };
  const flush = async () => {
    if (!batch.length) return;
    const decisions = await decideBatch(batch, keys, taken, (ids) => db.postings.bulkGet(ids), deps.newId);
    report.added += applyDecisions(batch, decisions, report).length;
    await stagingTable(db).put({ seq: seq++, kind: 'postings', rows: batch, decisions });
    postings += batch.length;
    batch = [];
    options.onProgress?.({ ...progress, postings });
  };

  const splitter = new JsonObjectSplitter(options.maxRowChars ?? MAX_ROW_CHARS);
  let first = true;
  for await (const text of importText(input, (read, size) => (progress = { read, size }))) {
    if (first && text.trim()) {
      const lead = text.replace(/^[\s\ufeff]+/, '')[0];
      if (lead !== '{' && lead !== undefined && /["[\d\-tfn]/.test(lead)) {
        throw new ImportError('wrong-format', ['(file): expected a RoleClip backup or role library object']);
      }
      first = false;
    }
    for (const piece of splitter.push(text)) {
      const list = piece.key in LISTS ? (piece.key as ListKey) : null;
      const value = JSON.parse(piece.text) as unknown;
      if (!list) {
        if (piece.key === 'format') checkFormat(value);
        top[piece.key] = value;
        continue;
      }
      if (piece.index < 0) {
        issues.push(describeTopLevel(list, 'array', value));
        check();
        continue;
      }
      const parsed = LISTS[list].safeParse(value);
      if (!parsed.success) {
        issues.push(...describeRowIssues(parsed.error, value, list, piece.index, MAX_ISSUES - issues.length));
        check();
        continue;
      }
      const key = (keyOf[list] as (row: unknown) => string)(parsed.data);
      const earlier = seen[list].get(key);
      if (earlier !== undefined) {
        issues.push(`${list}[${piece.index}].${list === 'aliases' ? 'alias' : 'id'}: "${key}" repeats ${list}[${earlier}]`);
        check();
        continue;
      }
      seen[list].set(key, piece.index);
      if (issues.length) continue; // the file is refused: keep reading only to list its problems
      if (list === 'postings') {
        batch.push(parsed.data as Posting);
        if (batch.length >= STAGE_BATCH) await flush();
      } else (lists[list] as unknown[]).push(parsed.data);
    }
  }
  splitter.end();
  const present = splitter.keys;
  if (!present.has('format')) checkFormat(undefined);
  const format = checkFormat(top.format);
  checkVersion(format, top.version);
  const required: [string, string][] = [['roles', 'array'], ['aliases', 'array'], ...(format === BACKUP_FORMAT ? ([['postings', 'array'], ['settings', 'object']] as [string, string][]) : [])];
  for (const [key, kind] of required) if (!present.has(key)) issues.push(describeTopLevel(key, kind, undefined));
  const head = z.object({ exportedAt: z.string().check(z.maxLength(40)), settings: z.optional(z.nullable(Settings)) }).safeParse(top);
  if (!head.success) issues.push(...describeIssues(head.error, top));
  if (issues.length) throw new ImportError('invalid', issues.slice(0, MAX_ISSUES));

  if (format === BACKUP_FORMAT) await flush();
  else await stagingTable(db).where('seq').above(0).delete(); // a role library holds no postings
  const backup = format === BACKUP_FORMAT;
  const staged: StagedHead = {
    format,
    settings: backup && head.success ? (head.data.settings ?? null) : null,
    gen,
    postings: backup ? postings : 0,
    ...(backup ? report : { added: 0, duplicates: [], renamed: [], perRole: {} }),
  };
  await stagingTable(db).bulkPut([
    { seq: 0, kind: 'head', head: staged },
    { seq: seq++, kind: 'roles', rows: lists.roles },
    { seq: seq++, kind: 'aliases', rows: lists.aliases },
  ]);
  return staged;
}
