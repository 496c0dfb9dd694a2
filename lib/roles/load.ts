import type { RoleClipDb } from '../db/db';
import type { MatcherIndex } from './matcher-index';
import { loadMatcherIndexWith } from './load-index';
import type { BodyModel } from './body-types';

/**
 * The body model for pages (popup, workspace): its weights and code come as a chunk of their own (a
 * dynamic import), fetched while the database is read, so the popup's first script holds neither.
 * The index itself is built by load-index.ts.
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

/** The matcher index with the shipped body model (loadBodyModel): the popup's and the workspace's. */
export function loadMatcherIndex(db: RoleClipDb): Promise<MatcherIndex> {
  return loadMatcherIndexWith(db, loadBodyModel());
}
