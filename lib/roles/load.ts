import type { RoleClipDb } from '../db/db';
import { buildIndex, type MatcherIndex } from './matcher-index';
import { readMatcherFold } from './profile-store';

/**
 * The matcher index as the user's library stands: every role in the table (built-in, edited and
 * user-created alike), the learned aliases, and the saved postings that have a role, folded into
 * their role's profile. The saved postings are never read here: their folds are (profile-store.ts),
 * so opening the popup costs the same at 0 and at 100,000 saved ads. The database is seeded first
 * (seedLibrary); the library's data is not imported here, so the popup can leave it out of its bundle.
 */

export interface LoadOptions {
  /**
   * Given, stale or missing folds are used as they are and this is called to fold them again
   * later (the popup: a save since its last open moves a profile by 1/200th at most, not worth
   * holding its first screen). Without it they are brought up to date first (exact).
   */
  refreshLater?: () => void;
}

export async function loadMatcherIndex(db: RoleClipDb, options: LoadOptions = {}): Promise<MatcherIndex> {
  const read = await readMatcherFold(db);
  if (read.current && read.folds) return buildIndex(read.roles, read.aliases, read.folds);
  if (options.refreshLater) {
    options.refreshLater();
    return buildIndex(read.roles, read.aliases, read.folds ?? new Map());
  }
  const { refreshMatcherFold } = await import('./profile-refresh');
  const { roles, folds } = await refreshMatcherFold(db);
  return buildIndex(roles, read.aliases, folds);
}
