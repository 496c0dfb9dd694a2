import type { RoleClipDb } from '../db/db';
import { buildIndex, type MatcherIndex, type SavedPostingLike } from './matcher-index';
import type { BodyModel } from './body-types';

/**
 * The matcher index as the user's library stands: every role in the table (built-in, edited and
 * user-created alike), the learned aliases, and the saved postings that have a role, folded into
 * their role's profile, with the body model the caller loads. Apart from load.ts, whose
 * loadBodyModel imports the weights as a chunk: a service worker cannot fetch chunks, so its bundler
 * would inline the 105 KB of weights into the background script; the background instead passes a
 * model it fetches as a packaged file (platform/body-model-asset.ts) and imports only this module.
 */

// Enough clips to shape a role's profile; bounded so a huge library still builds in milliseconds.
const MAX_SAVED_PER_ROLE = 200;
const MAX_BODY_CHARS = 4000;

export async function loadMatcherIndexWith(db: RoleClipDb, model: Promise<BodyModel | null>): Promise<MatcherIndex> {
  const [bodyModel, stored, aliases, postings] = await Promise.all([
    model,
    db.roles.toArray(),
    db.aliases.toArray(),
    // Rows without a role are not in the roleId index; `above('')` reads exactly the assigned ones.
    db.postings.where('roleId').above('').toArray(),
  ]);
  const perRole = new Map<string, SavedPostingLike[]>();
  // Newest first, the user's own assignments before the matcher's.
  postings.sort((a, b) => Number(b.roleAssignedBy === 'user') - Number(a.roleAssignedBy === 'user') || b.clippedAt - a.clippedAt);
  for (const p of postings) {
    const list = perRole.get(p.roleId!) ?? [];
    if (list.length >= MAX_SAVED_PER_ROLE) continue;
    list.push({
      roleId: p.roleId,
      roleAssignedBy: p.roleAssignedBy,
      title: p.title,
      duties: p.duties,
      requirements: p.requirements,
      body: p.body.slice(0, MAX_BODY_CHARS),
    });
    perRole.set(p.roleId!, list);
  }
  const index = buildIndex(stored, aliases, [...perRole.values()].flat());
  return bodyModel ? { ...index, bodyModel } : index;
}
