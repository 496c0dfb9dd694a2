import * as z from 'zod/mini';
import { Alias, Posting, Role, Settings } from '../db/schemas';

/**
 * The files RoleClip writes and reads: a full backup and a role library a teammate can import.
 * Each names its format and version; a reader accepts the versions it knows and says so when a
 * file comes from a newer RoleClip. Adding a version: bump the constant, keep a schema for each
 * older version and convert it up in readFile().
 */
export const BACKUP_FORMAT = 'roleclip-backup';
export const ROLES_FORMAT = 'roleclip-roles';
export const BACKUP_VERSION = 1;
export const ROLES_VERSION = 1;

/**
 * Imports are read a row at a time (json-stream.ts), so a file's size is not limited: what is
 * held in memory is bounded by its largest row, and a row longer than this is refused (a
 * posting's page text is at most 200,000 characters; its JSON with every other field stays far
 * below). 100,000 postings make a ~260 MB backup, which restores like a small one.
 */
export const MAX_ROW_CHARS = 4_000_000;

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  roles: z.array(Role),
  aliases: z.array(Alias),
  postings: z.array(Posting),
  settings: z.nullable(Settings),
});
export type BackupFile = z.infer<typeof BackupFile>;

export const RoleLibraryFile = z.object({
  format: z.literal(ROLES_FORMAT),
  version: z.literal(ROLES_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  roles: z.array(Role),
  aliases: z.array(Alias),
});
export type RoleLibraryFile = z.infer<typeof RoleLibraryFile>;

export type ImportErrorKind = 'too-large' | 'not-json' | 'wrong-format' | 'wrong-version' | 'invalid' | 'storage';

/** A file that cannot be imported. `issues` says what is wrong where, one line each. */
export class ImportError extends Error {
  constructor(
    readonly kind: ImportErrorKind,
    readonly issues: string[],
    options?: { cause?: unknown },
  ) {
    super(`${kind}: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? `; … (${issues.length - 5} more)` : ''}`, options);
    this.name = 'ImportError';
  }
}

/** "postings[12].duties.3": the top-level list with its index, then the field path. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  const [head, second, ...rest] = path;
  let out = String(head);
  if (typeof second === 'number') out += `[${second}]`;
  else if (second !== undefined) rest.unshift(second);
  return rest.length ? `${out}.${rest.map(String).join('.')}` : out;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One line per zod issue, in words (zod/mini carries no message texts of its own). */
export function describeIssues(error: z.core.$ZodError, data: unknown, max = 20): string[] {
  return error.issues.slice(0, max).map((issue) => {
    const where = formatPath(issue.path);
    const got = valueAt(data, issue.path);
    const i = issue as z.core.$ZodIssue & Record<string, unknown>;
    switch (issue.code) {
      case 'invalid_type':
        return `${where}: expected ${String(i.expected)}, received ${describeValue(got)}`;
      case 'too_big':
        return `${where}: ${i.origin === 'string' ? 'too long' : i.origin === 'array' ? 'too many items' : 'too large'} (at most ${String(i.maximum)})`;
      case 'too_small':
        return `${where}: ${i.origin === 'string' ? 'too short' : i.origin === 'array' ? 'too few items' : 'too small'} (at least ${String(i.minimum)})`;
      case 'invalid_value':
        return `${where}: expected ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(' or ')}, received ${describeValue(got)}`;
      case 'invalid_format':
        return `${where}: ${issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid ${String(i.format)}`}, received ${describeValue(got)}`;
      case 'invalid_union':
        return `${where}: not one of the allowed forms, received ${describeValue(got)}`;
      default:
        return `${where}: ${issue.message || issue.code}`;
    }
  });
}

/** UTF-8 byte length, stopping early once past `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The format's name, or why it is not one of ours. */
export function checkFormat(format: unknown): typeof BACKUP_FORMAT | typeof ROLES_FORMAT {
  if (format !== BACKUP_FORMAT && format !== ROLES_FORMAT) {
    throw new ImportError('wrong-format', [`format: expected "${BACKUP_FORMAT}" or "${ROLES_FORMAT}", received ${describeValue(format)}`]);
  }
  return format;
}

/** Throws unless this RoleClip reads the version. */
export function checkVersion(format: typeof BACKUP_FORMAT | typeof ROLES_FORMAT, version: unknown): void {
  const supported = format === BACKUP_FORMAT ? BACKUP_VERSION : ROLES_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('wrong-version', [`version: expected a whole number, received ${describeValue(version)}`]);
  }
  if (version > supported) {
    throw new ImportError('wrong-version', [`version: the file is version ${version}, from a newer RoleClip; this one reads up to version ${supported}`]);
  }
}

/** The issues of one row of a list, with the row's place in the file: "postings[12].duties.3: …". */
export function describeRowIssues(error: z.core.$ZodError, row: unknown, list: string, index: number, max = 20): string[] {
  const issues = error.issues.map((issue) => ({ ...issue, path: [list, index, ...issue.path] }));
  const data = { [list]: Object.assign([], { [index]: row }) };
  return describeIssues({ issues } as z.core.$ZodError, data, max);
}

/** A top-level value of the wrong kind or missing: "roles: expected array, received object". */
export function describeTopLevel(key: string, expected: string, value: unknown): string {
  return `${key}: expected ${expected}, received ${describeValue(value)}`;
}

/** Rows of one kind that share a key: the file is not a consistent library. */
export function duplicateKeys<T>(rows: readonly T[], key: (row: T) => string, list: string, field: string): string[] {
  const first = new Map<string, number>();
  const issues: string[] = [];
  rows.forEach((row, i) => {
    const k = key(row);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else issues.push(`${list}[${i}].${field}: "${k}" repeats ${list}[${seen}]`);
  });
  return issues;
}
