import { builtinRoles } from './library';
import { buildIndex, type MatcherIndex } from './matcher-index';

let builtin: MatcherIndex | null = null;
/**
 * The shipped library's index, built on first use: for the CLI and the eval, which have no user
 * database. (Apart from analyze.ts so the popup, which reads its roles from the database, does not
 * bundle the library's data.)
 */
export function builtinMatcherIndex(): MatcherIndex {
  builtin ??= buildIndex(builtinRoles(0));
  return builtin;
}
