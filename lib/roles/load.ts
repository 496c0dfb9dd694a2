import type { RoleClipDb } from '../db/db';
import type { BodyModel } from './body-types';
import { buildIndex, type MatcherIndex } from './matcher-index';
import { readMatcherFold } from './profile-store';
import type { SavedFold } from './saved-fold';

/**
 * The matcher index as the user's library stands: every role in the table (built-in, edited and
 * user-created alike), the learned aliases, the saved postings that have a role, folded into
 * their role's profile, and the body model. The saved postings are never read here: their folds
 * are (profile-store.ts), so opening the popup costs the same at 0 and at 100,000 saved ads. The
 * database is seeded first (seedLibrary); the library's data is not imported here, so the popup
 * can leave it out of its bundle, and the body model's weights come as a chunk of their own (a
 * dynamic import), fetched while the database is read. The body model is the same for every
 * library: it is shipped, not stored.
 */

let model: Promise<BodyModel | null> | null = null;
/**
 * The shipped body model, loaded once per page; a page may call this first thing, so the chunk
 * loads while the library is seeded and read. Should it fail to load or parse (a broken build),
 * matching goes on from the library alone rather than failing the popup.
 */
export function loadBodyModel(): Promise<BodyModel | null> {
  model ??= Promise.all([import('./body-model-file'), import('./data/body-model.json')])
    .then(([file, data]) => file.parseBodyModel(data.default))
    .catch(() => null);
  return model;
}

export interface LoadOptions {
  /**
   * Given, stale or missing folds are used as they are and this is called to fold them again
   * later (the popup: a save since its last open moves a profile by 1/200th at most, not worth
   * holding its first screen). Without it they are brought up to date first (exact).
   */
  refreshLater?: () => void;
}

async function foldsNow(db: RoleClipDb, options: LoadOptions) {
  const read = await readMatcherFold(db);
  if (read.current && read.folds) return { roles: read.roles, aliases: read.aliases, folds: read.folds };
  if (options.refreshLater) {
    options.refreshLater();
    return { roles: read.roles, aliases: read.aliases, folds: read.folds ?? new Map<string, SavedFold>() };
  }
  const { refreshMatcherFold } = await import('./profile-refresh');
  const { roles, folds } = await refreshMatcherFold(db);
  return { roles, aliases: read.aliases, folds };
}

export async function loadMatcherIndex(db: RoleClipDb, options: LoadOptions = {}): Promise<MatcherIndex> {
  const [bodyModel, { roles, aliases, folds }] = await Promise.all([loadBodyModel(), foldsNow(db, options)]);
  const index = buildIndex(roles, aliases, folds);
  return bodyModel ? { ...index, bodyModel } : index;
}
