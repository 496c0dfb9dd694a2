/**
 * Storage safety, the pure parts: what kind of storage failure an error is (so the UI can say
 * what to do next), and how full the origin's quota is. Requesting persistence
 * (navigator.storage.persist) and reading the estimate belong to platform/.
 */
export type StorageErrorKind =
  /** The disk or the browser's quota for the extension is full. */
  | 'quota'
  /** IndexedDB is unavailable (disabled, private window in some browsers, blocked by policy). */
  | 'unavailable'
  /** The database was made by a newer RoleClip (downgrade) or another tab blocks an upgrade. */
  | 'version'
  /** The database was closed or deleted while in use (another tab, the browser clearing data). */
  | 'closed'
  /** A row broke a constraint (a duplicate key): a bug or a racing write, not the user's doing. */
  | 'constraint'
  | 'other';

const BY_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota', // Firefox
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable', // Firefox private windows: "A mutation operation was attempted…"
  SecurityError: 'unavailable',
  VersionError: 'version',
  VersionChangeError: 'version',
  UpgradeError: 'version',
  BlockedError: 'version',
  DatabaseClosedError: 'closed',
  ConstraintError: 'constraint',
};

// DOMException's legacy codes for a full quota: 22 (QUOTA_EXCEEDED_ERR) and Firefox's 1014.
const QUOTA_CODES = new Set([22, 1014]);

/**
 * Classifies any error (DOMException, Dexie's errors, plain objects from a message channel),
 * looking through the wrappers: Dexie.AbortError, OpenFailedError and BulkError carry the real
 * cause in `inner`, `failures` or the standard `cause`. The most specific kind found wins.
 */
export function classifyStorageError(error: unknown): StorageErrorKind {
  const seen = new Set<unknown>();
  let found: StorageErrorKind = 'other';
  const visit = (e: unknown, depth: number): void => {
    if (e === null || typeof e !== 'object' || seen.has(e) || depth > 8) return;
    seen.add(e);
    const x = e as { name?: unknown; code?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    const kind = (typeof x.name === 'string' && BY_NAME[x.name]) || (typeof x.code === 'number' && QUOTA_CODES.has(x.code) ? 'quota' : null);
    if (kind && rank(kind) > rank(found)) found = kind;
    if (found === 'other' && typeof x.message === 'string' && /quota|disk (is )?full|no space/i.test(x.message)) found = 'quota';
    visit(x.inner, depth + 1);
    visit(x.cause, depth + 1);
    if (Array.isArray(x.failures)) for (const f of x.failures.slice(0, 20)) visit(f, depth + 1);
    else if (x.failures && typeof x.failures === 'object') for (const f of Object.values(x.failures).slice(0, 20)) visit(f, depth + 1);
  };
  visit(error, 0);
  return found;
}

// A full disk explains a closed transaction better than "closed" does.
function rank(kind: StorageErrorKind): number {
  return { quota: 5, version: 4, unavailable: 3, closed: 2, constraint: 1, other: 0 }[kind];
}

export type UsageLevel = 'ok' | 'high' | 'critical' | 'unknown';

export interface StorageUsage {
  usedBytes: number | null;
  quotaBytes: number | null;
  /** used / quota, 0..1, or null when the browser gives no numbers. */
  fraction: number | null;
  level: UsageLevel;
}

/** Warn at 80% of the quota, alarm at 95%: past that a large import or backup may not fit. */
export const USAGE_HIGH = 0.8;
export const USAGE_CRITICAL = 0.95;

/** From navigator.storage.estimate()'s result (any field may be missing). */
export function describeUsage(estimate: { usage?: number; quota?: number } | null | undefined): StorageUsage {
  const used = typeof estimate?.usage === 'number' && estimate.usage >= 0 ? estimate.usage : null;
  const quota = typeof estimate?.quota === 'number' && estimate.quota > 0 ? estimate.quota : null;
  if (used === null || quota === null) return { usedBytes: used, quotaBytes: quota, fraction: null, level: 'unknown' };
  const fraction = Math.min(1, used / quota);
  const level = fraction >= USAGE_CRITICAL ? 'critical' : fraction >= USAGE_HIGH ? 'high' : 'ok';
  return { usedBytes: used, quotaBytes: quota, fraction, level };
}

/** "1.5 MB": binary units, one decimal under 10. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = Math.max(0, bytes);
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 || v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}
