import type { RoleClipDb } from '../db/db';
import { RecordNotFoundError } from '../db/roles-repo';
import type { RepoDeps } from '../db/repo';
import { ValidationError } from '../db/repo';
import { Alias, describeZodError, Posting } from '../db/schemas';
import { cleanDisplay } from '../text/normalize';
import { learnedAliasKey } from './titles';

/**
 * Learning from the user. Reassigning a posting to a role is the user saying "ads titled like
 * this are that role": the posting is updated (roleAssignedBy 'user') and its title is stored as an
 * alias of the role, so the next matcher index (loadMatcherIndex) sends the same title there.
 * The latest choice wins when the same title was taught to another role before.
 */

export interface ReassignResult {
  posting: Posting;
  /** The alias written, or null (no title to learn from, or the role was cleared). */
  alias: Alias | null;
}

export async function reassignPosting(
  db: RoleClipDb,
  postingId: string,
  roleId: string | null,
  deps: Pick<RepoDeps, 'now'>,
): Promise<ReassignResult> {
  return db.transaction('rw', [db.postings, db.aliases, db.roles], async () => {
    const posting = await db.postings.get(postingId);
    if (!posting) throw new RecordNotFoundError(`posting ${postingId}`);
    if (roleId !== null && !(await db.roles.get(roleId))) throw new RecordNotFoundError(`role ${roleId}`);
    const now = deps.now();

    const updated = Posting.safeParse({
      ...posting,
      roleId,
      // The user's choice is certain; a score would only restate the matcher's old guess.
      roleScore: null,
      roleAssignedBy: 'user',
      updatedAt: now,
    });
    if (!updated.success) throw new ValidationError('posting', describeZodError(updated.error));
    await db.postings.put(updated.data);

    return { posting: updated.data, alias: await writeAlias(db, posting.title, roleId, now) };
  });
}

/**
 * Teaches a title without a saved posting (the popup reassigns before the user saves): the next
 * matcher index sends postings titled like this to `roleId`; `null` forgets the title.
 */
export async function learnTitle(db: RoleClipDb, title: string, roleId: string | null, deps: Pick<RepoDeps, 'now'>): Promise<Alias | null> {
  return db.transaction('rw', [db.aliases, db.roles], async () => {
    if (roleId !== null && !(await db.roles.get(roleId))) throw new RecordNotFoundError(`role ${roleId}`);
    return writeAlias(db, title, roleId, deps.now());
  });
}

// The alias row for a title (inside the caller's transaction); the latest choice wins.
async function writeAlias(db: RoleClipDb, title: string, roleId: string | null, now: number): Promise<Alias | null> {
  const key = learnedAliasKey(title).slice(0, 200);
  if (!key) return null;
  if (roleId === null) {
    // "None of these": a title taught earlier must stop pulling postings into a role.
    await db.aliases.delete(key);
    return null;
  }
  const alias = Alias.safeParse({ alias: key, text: cleanDisplay(title).slice(0, 200) || key, roleId, createdAt: now });
  if (!alias.success) throw new ValidationError('alias', describeZodError(alias.error));
  await db.aliases.put(alias.data);
  return alias.data;
}

/** Forgets a learned title. */
export async function forgetAlias(db: RoleClipDb, aliasKey: string): Promise<void> {
  await db.aliases.delete(aliasKey);
}
