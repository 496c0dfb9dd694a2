import type { RoleClipDb } from '../db/db';
import { buildIndex, type MatcherIndex, type SavedPostingLike } from './matcher-index';
import type { BodyModel } from './body-types';

/**
 * The matcher index as the user's library stands: every role in the table (built-in, edited and
 * user-created alike), the learned aliases, and the saved postings that have a role, folded into
 * their role's profile, and the body model. The database is seeded first (seedLibrary); the
 * library's data is not imported here, so the popup can leave it out of its bundle, and the body
 * model's weights come as a chunk of their own (a dynamic import), fetched while the database is
 * read.
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

// Enough clips to shape a role's profile; bounded so a huge library still builds in milliseconds.
const MAX_SAVED_PER_ROLE = 200;
const MAX_BODY_CHARS = 4000;

export async function loadMatcherIndex(db: RoleClipDb): Promise<MatcherIndex> {
  const [bodyModel, stored, aliases, postings] = await Promise.all([
    loadBodyModel(),
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
