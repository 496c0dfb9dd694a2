import type { RoleClipDb } from '../db/db';
import type { RepoDeps } from '../db/repo';
import { ValidationError } from '../db/repo';
import { RecordNotFoundError } from '../db/roles-repo';
import { describeZodError, Role, type Duty, type DutyMark } from '../db/schemas';
import { cleanDisplay } from '../text/normalize';
import { markKey } from './marks';
import { phrasingProblem } from './phrasings';

/**
 * Teaching the comparison (issue #11). The user marks an ad's sentence as covering a duty, or as
 * not that duty; the mark is stored on the duty in the role's row and read for every later ad
 * (marks.ts). Marks are the user's, not the library's wording: they do not make a built-in role
 * "edited", and a library upgrade keeps them (seed.ts). A duty's phrasings (patterns) are
 * library content: changing them makes the role edited, like changing its text.
 */

const MAX_MARKS = 500;
const MAX_MARK_TEXT = 1000;

async function updateDuty(
  db: RoleClipDb,
  roleId: string,
  dutyId: string,
  change: (duty: Duty) => Duty,
  rolePatch: (role: Role) => Partial<Role> = () => ({}),
): Promise<Role> {
  return db.transaction('rw', db.roles, async () => {
    const role = await db.roles.get(roleId);
    if (!role) throw new RecordNotFoundError(`role ${roleId}`);
    const at = role.duties.findIndex((d) => d.id === dutyId);
    if (at < 0) throw new RecordNotFoundError(`duty ${dutyId}`);
    const duties = role.duties.map((d, i) => (i === at ? change(d) : d));
    const parsed = Role.safeParse({ ...role, duties, ...rolePatch(role) });
    if (!parsed.success) throw new ValidationError('role', describeZodError(parsed.error));
    await db.roles.put(parsed.data);
    return parsed.data;
  });
}

/**
 * "This sentence covers duty X" (`covers`) or "this is not X" (`not`). The newest word on a
 * sentence wins: marking it again, either way, replaces the earlier mark.
 */
export async function markDuty(
  db: RoleClipDb,
  input: { roleId: string; dutyId: string; text: string; polarity: DutyMark['polarity'] },
  deps: Pick<RepoDeps, 'now'>,
): Promise<Role> {
  const text = cleanDisplay(input.text.replace(/_x000d_/gi, ' ')).slice(0, MAX_MARK_TEXT);
  const key = markKey(text);
  if (!key) throw new ValidationError('mark', 'the sentence has no words');
  const mark: DutyMark = { text, polarity: input.polarity, createdAt: deps.now() };
  return updateDuty(
    db,
    input.roleId,
    input.dutyId,
    (duty) => {
      const kept = (duty.marks ?? []).filter((m) => markKey(m.text) !== key);
      return { ...duty, marks: [...kept, mark].slice(-MAX_MARKS) };
    },
    () => ({ updatedAt: mark.createdAt }),
  );
}

/** Forgets a mark (by its sentence). */
export async function unmarkDuty(db: RoleClipDb, input: { roleId: string; dutyId: string; text: string }, deps: Pick<RepoDeps, 'now'>): Promise<Role> {
  const key = markKey(input.text);
  return updateDuty(
    db,
    input.roleId,
    input.dutyId,
    (duty) => {
      const marks = (duty.marks ?? []).filter((m) => markKey(m.text) !== key);
      const { marks: _old, ...rest } = duty;
      return marks.length ? { ...rest, marks } : rest;
    },
    () => ({ updatedAt: deps.now() }),
  );
}

/** Replaces a duty's phrasings (one pattern a line); a pattern that cannot match is refused. */
export async function setDutyPhrasings(
  db: RoleClipDb,
  input: { roleId: string; dutyId: string; phrasings: readonly string[] },
  deps: Pick<RepoDeps, 'now'>,
): Promise<Role> {
  const phrasings = [...new Set(input.phrasings.map((p) => p.trim()).filter(Boolean))];
  const problems = phrasings.map(phrasingProblem).filter((p): p is string => p !== null);
  if (problems.length) throw new ValidationError('phrasings', problems.join('; '));
  return updateDuty(
    db,
    input.roleId,
    input.dutyId,
    (duty) => ({ ...duty, phrasings }),
    (role) => ({ edited: role.origin === 'builtin' ? true : role.edited, updatedAt: deps.now() }),
  );
}
