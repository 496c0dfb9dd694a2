import type { RoleClipDb } from '../db/db';
import type { Role } from '../db/schemas';
import { computeRoleStats, readCachedStats, type CachedStats, type ComputeOptions } from './stats-cache';
import type { CompareFn, StatsSummary } from './stats';

/**
 * Keeping every role's cached statistics current in the background, so that opening a role's
 * statistics reads one row even the first time, after a restore or after a role was edited
 * (which changes what every posting is compared with: at 100,000 ads that is ~8,000 comparisons
 * for the biggest role, 14-17 s on a loaded machine, when the page had to do them on opening).
 *
 * One computation per (role, roles stamp) at a time, shared: the statistics page opened while the
 * background is counting that role joins it (and sees its progress) instead of comparing every
 * posting a second time.
 */

export interface SharedOptions extends ComputeOptions {
  /** This caller no longer needs the result: the computation stops when every caller says so. */
  cancelled?: () => boolean;
}

interface Flight {
  promise: Promise<StatsSummary>;
  listeners: Set<SharedOptions>;
}

/** Thrown by computeShared when every caller gave up (nothing is stored). */
export class Cancelled extends Error {}

const flights = new Map<string, Flight>();

/**
 * computeRoleStats, or joining the one already running for the same role and stamp. The caller's
 * onProgress/onResult are called for a joined computation too (onFirst only for one it starts).
 */
export function computeShared(db: RoleClipDb, role: Role, stamp: string, compare: CompareFn, options: SharedOptions = {}): Promise<StatsSummary> {
  const key = `${role.id}\u0000${role.updatedAt}\u0000${stamp}`;
  const running = flights.get(key);
  if (running) {
    running.listeners.add(options);
    return running.promise.finally(() => running.listeners.delete(options));
  }
  const listeners = new Set<SharedOptions>([options]);
  const promise = computeRoleStats(db, role, stamp, compare, {
    pause: async () => {
      if (options.pause) await options.pause();
      if ([...listeners].every((l) => l.cancelled?.())) throw new Cancelled('statistics no longer needed');
    },
    onStage: options.onStage,
    onFirst: options.onFirst,
    known: options.known,
    beforeCompare: options.beforeCompare,
    onProgress: (done, total) => listeners.forEach((l) => l.onProgress?.(done, total)),
    onResult: (stats) => listeners.forEach((l) => l.onResult?.(stats)),
  }).finally(() => flights.delete(key));
  flights.set(key, { promise, listeners });
  return promise;
}

export interface RefreshOptions {
  /** Awaited between steps (the page passes an idle wait). */
  pause?: () => Promise<void>;
  /** Stop between roles (and between steps) when this says so: the page closed or roles changed. */
  cancelled?: () => boolean;
  /** Called before each role that is not current is counted: index among the stale ones, and how many. */
  onRole?: (role: Role, done: number, of: number) => void;
}

/**
 * Brings every role's cached statistics up to date, one role at a time, the ones with the most
 * to do last (roles with a cache to update first: a few postings each). Returns the roles it
 * counted. A role edited while this runs has another stamp: the caller starts again.
 */
export async function refreshAllStats(db: RoleClipDb, roles: readonly Role[], stamp: string, compare: CompareFn, options: RefreshOptions = {}): Promise<string[]> {
  const stale: { role: Role; known: CachedStats | undefined }[] = [];
  for (const role of roles) {
    if (options.cancelled?.()) return [];
    const { cached, current } = await readCachedStats(db, role.id, stamp);
    if (!current) stale.push({ role, known: cached?.stamp === stamp ? cached : undefined });
  }
  stale.sort((a, b) => Number(Boolean(b.known)) - Number(Boolean(a.known)));
  const done: string[] = [];
  for (const [i, { role, known }] of stale.entries()) {
    if (options.cancelled?.()) break;
    options.onRole?.(role, i, stale.length);
    try {
      await computeShared(db, role, stamp, compare, { pause: options.pause, cancelled: options.cancelled, known });
    } catch (err) {
      if (err instanceof Cancelled) break;
      throw err;
    }
    done.push(role.id);
  }
  return done;
}
