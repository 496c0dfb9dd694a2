import type { Role } from '../db/schemas';
import { classDocuments, classIdfOf } from './matcher-index';
import { clipOf, foldClips, termUnion, type SavedClip, type SavedFold, type SavedPostingLike } from './saved-fold';

/**
 * Saved postings folded into their roles' profiles with the idf of the index they make with these
 * roles: buildIndex(roles, learned, folds) then gives the index the postings shape. Used where
 * postings are folded (profile-refresh.ts, tests, benches), never by the popup's first script.
 */
export function foldSaved(roles: readonly Role[], byRole: ReadonlyMap<string, readonly SavedClip[]>): Map<string, SavedFold> {
  const { docs, counts } = classDocuments(roles);
  const unions = new Map([...byRole].map(([id, clips]) => [id, termUnion(clips)]));
  const idf = classIdfOf(docs, counts, (id) => unions.get(id) ?? []);
  return new Map([...byRole].filter(([, clips]) => clips.length > 0).map(([id, clips]) => [id, foldClips(clips, idf)]));
}

/** The postings of known roles, each role's folded (every one given: pick them first). */
export function foldPostings(roles: readonly Role[], saved: readonly SavedPostingLike[]): Map<string, SavedFold> {
  const roleIds = new Set(roles.map((r) => r.id));
  const byRole = new Map<string, SavedClip[]>();
  for (const p of saved) {
    if (!p.roleId || !roleIds.has(p.roleId)) continue;
    const list = byRole.get(p.roleId) ?? [];
    list.push(clipOf(p));
    byRole.set(p.roleId, list);
  }
  return foldSaved(roles, byRole);
}
