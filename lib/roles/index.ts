/**
 * The role library's public surface (issue #4), for the extension and the CLI:
 * - seedLibrary(db, {now}) at start-up: fills / upgrades the roles table;
 * - loadMatcherIndex(db) once per change of roles, aliases or assignments, then
 *   matchPosting(index, matchInputOf(posting)) per posting;
 * - compareWithRole(index, roleId, posting) for the duty-level report;
 * - reassignPosting(db, postingId, roleId, {now}) when the user picks another role.
 */
export { LIBRARY_VERSION, LIBRARY_ROLES, builtinRoles } from './library';
export { seedLibrary, type SeedReport } from './seed';
export { buildIndex, type MatcherIndex, type SavedPostingLike } from './matcher-index';
export { loadMatcherIndex } from './load';
export { matchPosting, THRESHOLD, MARGIN } from './matcher';
export { matchInputOf, roleFieldsOf } from './analyze';
export { builtinMatcherIndex } from './builtin-index';
export { compareWithRole, UnknownRoleError } from './compare';
export { SIMILARITY_THRESHOLD } from './align';
export { reassignPosting, forgetAlias } from './learning';
export type * from './types';
