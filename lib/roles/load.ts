import type { RoleClipDb } from '../db/db';
import { withBodyModel } from './load-stored';
import type { MatcherIndex } from './matcher-index';
import { refreshMatcherFold } from './profile-refresh';
import { readMatcherFold } from './profile-store';

export { loadBodyModel } from './load-stored';

/**
 * The matcher index as the user's library stands now, exactly: the stored folds of the saved
 * postings (profile-store.ts), brought up to date first when a posting or a role changed since
 * (profile-refresh.ts reads only what changed). For the background's clips and the tests; the
 * popup uses load-stored.ts, which does not wait for a fold.
 */
export function loadMatcherIndex(db: RoleClipDb): Promise<MatcherIndex> {
  return withBodyModel(
    readMatcherFold(db).then(async (read) => {
      if (read.current && read.folds) return { roles: read.roles, aliases: read.aliases, folds: read.folds };
      const { roles, folds } = await refreshMatcherFold(db);
      return { roles, aliases: read.aliases, folds };
    }),
  );
}
