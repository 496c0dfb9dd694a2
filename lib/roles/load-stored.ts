import type { RoleClipDb } from '../db/db';
import type { BodyModel } from './body-types';
import type { MatcherIndex } from './matcher-index';
import { indexWithModel } from './index-with-model';
import { readMatcherFold, type FoldRead } from './profile-store';
import type { SavedFold } from './saved-fold';

/**
 * The matcher index as the popup builds it: every role in the table (built-in, edited and
 * user-created alike), the learned aliases, the saved postings that have a role as their folds
 * stored in IndexedDB (profile-store.ts; the postings are never read, so opening the popup costs
 * the same at 0 and at 100,000 saved ads), and the body model. Stale or missing folds are used as
 * they are and `refreshLater` is called to fold them again elsewhere (a save since the last open
 * moves a profile by 1/200th at most, not worth holding the first screen). load.ts is the exact
 * twin (folds brought up to date first), for the tests (the background's, load-index.ts, takes
 * the model it fetches); nothing here imports the code that folds, so the popup's first script
 * does not carry it.
 *
 * The database is seeded first (seedLibrary); the library's data is not imported here, so the
 * popup can leave it out of its bundle. The body model is the same for every library: it is
 * shipped, not stored; the popup passes it in, fetched as a JSON file of the package while the
 * database is read, and other pages get it from loadBodyModel (a chunk of its own). The index's
 * role-and-alias parts come from IndexedDB when current (index-parts.ts).
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

/**
 * `model`: the popup passes the model it fetches as a JSON file of the package
 * (platform/body-model-asset.ts): parsed as JSON, not compiled as a 200 KB script chunk.
 */
export function loadStoredMatcherIndex(db: RoleClipDb, refreshLater: () => void, model: Promise<BodyModel | null> = loadBodyModel()): Promise<MatcherIndex> {
  return matcherIndexFromFold(readMatcherFold(db), refreshLater, model);
}

/** The index from a read of the stored fold (readMatcherFold, or the popup's bootstrap's rows through foldFromRows). */
export function matcherIndexFromFold(fold: Promise<FoldRead>, refreshLater: () => void, model: Promise<BodyModel | null>): Promise<MatcherIndex> {
  return indexWithModel(
    fold.then((read) => {
      // Stale parts (a role or an alias changed since they were stored) are built here from
      // scratch, never used; the background stores them again (refreshLater).
      if (!read.current || !read.folds || !read.parts) refreshLater();
      return { roles: read.roles, aliases: read.aliases, folds: read.folds ?? new Map<string, SavedFold>(), parts: read.parts };
    }),
    model,
  );
}
