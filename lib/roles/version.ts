/**
 * The built-in role library's version (lib/roles/library.ts). Bump it whenever a role's content
 * changes; seeding merges a newer version in without touching the user's edits. Kept apart from
 * the library's data so pages can check the version without loading the roles.
 */
// 4: issue 12's title vocabulary; 5: the phrasing edits of the issue 11 follow-up; 6: vocabulary
// mined from many unjudged ads (both in data/phrasings/edits.ts); 7: English e-commerce titles
// (marketplace, Amazon account, fulfillment, head of e-commerce…) and 剪辑 as the designer's video work.
export const LIBRARY_VERSION = 7;
