import { builtinRoles } from './library';
import { buildIndex, type MatcherIndex } from './matcher-index';
import { parseBodyModel } from './body-model-file';
import type { BodyModel } from './body-types';
import modelData from './data/body-model.json';

let builtin: MatcherIndex | null = null;
let model: BodyModel | null = null;

/** The shipped body model, parsed on first use (the CLI and the eval import it statically). */
export function builtinBodyModel(): BodyModel {
  model ??= parseBodyModel(modelData);
  return model;
}

/**
 * The shipped library's index with the body model, built on first use: for the CLI and the eval,
 * which have no user database. (Apart from analyze.ts so the popup, which reads its roles from the
 * database and loads the model lazily, does not bundle the library's data.)
 */
export function builtinMatcherIndex(): MatcherIndex {
  builtin ??= { ...buildIndex(builtinRoles(0)), bodyModel: builtinBodyModel() };
  return builtin;
}
