import type { BodyModel } from './body-types';
import { buildIndex, type MatcherIndex } from './matcher-index';
import type { SavedFold } from './saved-fold';

/**
 * The index from its parts and a body model the caller loads: shared by the popup's loader
 * (load-stored.ts, which must not import the folding code) and the exact one (load-index.ts, which
 * must not import the weights).
 */

export type IndexParts = { roles: Parameters<typeof buildIndex>[0]; aliases: Parameters<typeof buildIndex>[1]; folds: ReadonlyMap<string, SavedFold> };

/** The index of these roles, aliases and folds, with the body model when it loaded. */
export async function indexWithModel(parts: Promise<IndexParts>, model: Promise<BodyModel | null>): Promise<MatcherIndex> {
  const [bodyModel, { roles, aliases, folds }] = await Promise.all([model, parts]);
  const index = buildIndex(roles, aliases, folds);
  return bodyModel ? { ...index, bodyModel } : index;
}

