import type { RoleClipDb } from '../db/db';
import type { BodyModel } from './body-types';
import type { MatcherIndex } from './matcher-index';
import { indexWithModel, type IndexInputs } from './index-with-model';
import { refreshMatcherFold } from './profile-refresh';
import { readMatcherFold } from './profile-store';

/**
 * Building the matcher index with a body model the caller loads, apart from the module that
 * imports the weights (load-stored.ts, loadBodyModel): a service worker cannot load chunks, so its
 * bundler would inline that dynamic import, 105 KB gzip of weights, into the background script.
 * The background passes the model it fetches as a file of the package
 * (platform/body-model-asset.ts) and imports only this module; the pages go through load.ts and
 * load-stored.ts, which pass loadBodyModel().
 */

/**
 * The matcher index as the user's library stands now, exactly: the stored folds of the saved
 * postings (profile-store.ts), brought up to date first when a posting or a role changed since
 * (profile-refresh.ts reads only what changed), with the given body model. For the background's
 * clips and the tests (through load.ts); the popup uses load-stored.ts, which does not wait for a fold.
 */
export function loadMatcherIndexWith(db: RoleClipDb, model: Promise<BodyModel | null>): Promise<MatcherIndex> {
  return indexWithModel(
    readMatcherFold(db).then(async (read): Promise<IndexInputs> => {
      if (read.current && read.folds) return { roles: read.roles, aliases: read.aliases, folds: read.folds, parts: read.parts };
      // The refresh reads the roles again: the parts read above may not be theirs.
      const { roles, folds } = await refreshMatcherFold(db);
      return { roles, aliases: read.aliases, folds };
    }),
    model,
  );
}
