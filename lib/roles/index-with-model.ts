import type { BodyModel } from './body-types';
import { buildIndex, indexFromParts, type IndexParts, type MatcherIndex } from './matcher-index';
import type { SavedFold } from './saved-fold';

/**
 * The index from its inputs and a body model the caller loads: shared by the popup's loader
 * (load-stored.ts, which must not import the folding code) and the exact one (load-index.ts, which
 * must not import the weights).
 */

export type IndexInputs = {
  roles: Parameters<typeof buildIndex>[0];
  aliases: Parameters<typeof buildIndex>[1];
  folds: ReadonlyMap<string, SavedFold>;
  /** The role-and-alias parts read back from IndexedDB, current for these roles and aliases (index-parts.ts); else built here. */
  parts?: IndexParts | null;
};

/** The index of these roles, aliases and folds, with the body model when it loaded. */
export async function indexWithModel(inputs: Promise<IndexInputs>, model: Promise<BodyModel | null>): Promise<MatcherIndex> {
  const [bodyModel, { roles, aliases, folds, parts }] = await Promise.all([model, inputs]);
  const index = parts ? indexFromParts(parts, roles, folds) : buildIndex(roles, aliases, folds);
  return bodyModel ? { ...index, bodyModel } : index;
}
