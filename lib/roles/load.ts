import type { RoleClipDb } from '../db/db';
import { loadBodyModel } from './load-stored';
import { loadMatcherIndexWith } from './load-index';
import type { MatcherIndex } from './matcher-index';

export { loadBodyModel } from './load-stored';

/**
 * The matcher index as the user's library stands now, exactly (load-index.ts), with the shipped
 * body model as the pages load it. For the tests and the pages that wait for the folds; the popup
 * uses load-stored.ts, which does not, and the background load-index.ts with the model it fetches.
 */
export function loadMatcherIndex(db: RoleClipDb): Promise<MatcherIndex> {
  return loadMatcherIndexWith(db, loadBodyModel());
}
