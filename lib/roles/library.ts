import { describeZodError, Role } from '../db/schemas';
import { phrasingProblem } from './phrasings';
import { copywriter, designer, liveStreamer, newMediaOperator } from './data/content';
import { finance, hr, tech } from './data/functions';
import { operationsDirector, operationsSpecialist, promotionSpecialist, storeManager } from './data/operations';
import { customerService, dataAnalyst, merchandiser, warehouseLogistics } from './data/service';
import type { LibraryRole } from './data/shape';
import { DUTY_PHRASINGS } from './data/phrasings/index';
import { ROLE_SPECIALTIES } from './data/specialties';

export type { LibraryRole } from './data/shape';

/**
 * The built-in standard role library (issue #4), written from the seed documents in
 * ../shared/seeds/. Bump LIBRARY_VERSION whenever a role's content changes; a role added later
 * carries `since: <new version>` so seeding can tell it from a role the user deleted.
 */
export { LIBRARY_VERSION } from './version';
import { LIBRARY_VERSION } from './version';

/**
 * A role with its duties' phrasings and its specialties joined in (kept in lib/roles/data/phrasings/
 * and data/specialties.ts, so the duties stay readable).
 */
function withPhrasings(role: LibraryRole): LibraryRole {
  const specialties = ROLE_SPECIALTIES[role.id];
  return {
    ...role,
    duties: role.duties.map((d) => ({ ...d, phrasings: [...(DUTY_PHRASINGS[d.id] ?? [])] })),
    ...(specialties ? { specialties: specialties.map((x) => ({ ...x, duties: [...x.duties], skills: [...x.skills], titles: [...x.titles] })) } : {}),
  };
}

export const LIBRARY_ROLES: readonly LibraryRole[] = [
  operationsDirector,
  storeManager,
  operationsSpecialist,
  promotionSpecialist,
  newMediaOperator,
  designer,
  copywriter,
  customerService,
  liveStreamer,
  dataAnalyst,
  merchandiser,
  warehouseLogistics,
  finance,
  hr,
  tech,
].map(withPhrasings);

/** The library as stored rows, each checked by the Role schema (and by the library's own rules). */
export function builtinRoles(now: number, version = LIBRARY_VERSION): Role[] {
  return LIBRARY_ROLES.map((entry) => toRole(entry, now, version));
}

export function toRole(entry: LibraryRole, now: number, version = LIBRARY_VERSION): Role {
  const { since: _since, ...rest } = entry;
  const row = {
    ...rest,
    origin: 'builtin' as const,
    builtinVersion: version,
    edited: false,
    createdAt: now,
    updatedAt: now,
  };
  const parsed = Role.safeParse(row);
  if (!parsed.success) throw new Error(`role library: ${entry.id}: ${describeZodError(parsed.error)}`);
  const problem = libraryRuleProblem(entry);
  if (problem) throw new Error(`role library: ${entry.id}: ${problem}`);
  return parsed.data;
}

/** Rules the schema cannot express: duty counts, unique ids prefixed by the role id, sources. */
function libraryRuleProblem(entry: LibraryRole): string | null {
  if (entry.duties.length < 6 || entry.duties.length > 15) return `${entry.duties.length} duties (want 6-15)`;
  const ids = [...entry.duties, ...entry.requirements.items].map((x) => x.id);
  if (new Set(ids).size !== ids.length) return 'duplicate duty id';
  const stray = ids.find((id) => !id.startsWith(`${entry.id}.`));
  if (stray) return `duty id ${stray} does not start with the role id`;
  if (!entry.sources.length) return 'no source';
  if (entry.duties.some((x) => !x.textEn)) return 'a duty has no English text';
  const dutyIds = new Set(entry.duties.map((x) => x.id));
  const strayDuty = entry.specialties?.flatMap((x) => x.duties).find((id) => !dutyIds.has(id));
  if (strayDuty) return `specialty duty ${strayDuty} is not a duty of the role`;
  const bad = entry.duties.flatMap((x) => (x.phrasings ?? []).map((p) => phrasingProblem(p))).find(Boolean);
  if (bad) return bad;
  return null;
}
