import type { RoleClipDb } from './db';
import type { RepoDeps } from './repo';
import { ValidationError } from './repo';
import { describeZodError, Role, type Duty } from './schemas';

/**
 * Editing the role library. Every change marks a built-in role as `edited`, so a later library
 * upgrade never overwrites it; every row is validated before it is written.
 */

export type DutyList = 'duties' | 'requirements';

export type DutyEdit =
  | { op: 'add'; text: string; index?: number }
  | { op: 'edit'; dutyId: string; text: string }
  | { op: 'remove'; dutyId: string }
  | { op: 'move'; dutyId: string; toIndex: number };

// Not named NotFoundError: Dexie turns errors of that (DOMException) name into its own class.
export class RecordNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'RecordNotFoundError';
  }
}

/** A duty statement as the library keeps it: trimmed, without the list punctuation ads end items with. */
function dutyTextOf(text: string): string {
  return text.trim().replace(/[\s。．.；;，,、]+$/u, '');
}

function listOf(role: Role, list: DutyList): Duty[] {
  return list === 'duties' ? role.duties : role.requirements.items;
}

function withList(role: Role, list: DutyList, items: Duty[]): Role {
  return list === 'duties' ? { ...role, duties: items } : { ...role, requirements: { ...role.requirements, items } };
}

/** Validates and writes a role; returns it. */
async function put(db: RoleClipDb, role: Role): Promise<Role> {
  const parsed = Role.safeParse(role);
  if (!parsed.success) throw new ValidationError('role', describeZodError(parsed.error));
  await db.roles.put(parsed.data);
  return parsed.data;
}

/** Applies one edit to a role's duties or requirement items. Returns the stored role. */
export async function editDuties(db: RoleClipDb, roleId: string, list: DutyList, edit: DutyEdit, deps: RepoDeps): Promise<Role> {
  return db.transaction('rw', db.roles, async () => {
    const role = await db.roles.get(roleId);
    if (!role) throw new RecordNotFoundError(`role ${roleId}`);
    const items = [...listOf(role, list)];
    const at = (dutyId: string) => {
      const index = items.findIndex((duty) => duty.id === dutyId);
      if (index < 0) throw new RecordNotFoundError(`duty ${dutyId}`);
      return index;
    };
    switch (edit.op) {
      case 'add': {
        const duty: Duty = { id: `${roleId}.u-${deps.newId()}`, text: dutyTextOf(edit.text) };
        items.splice(edit.index ?? items.length, 0, duty);
        break;
      }
      case 'edit': {
        const index = at(edit.dutyId);
        // The English text described the old wording: drop it rather than show a stale translation.
        // Phrasings and the user's marks say how ads word the duty: they stay.
        const { textEn: _stale, ...kept } = items[index]!;
        items[index] = { ...kept, text: dutyTextOf(edit.text) };
        break;
      }
      case 'remove':
        items.splice(at(edit.dutyId), 1);
        break;
      case 'move': {
        const [duty] = items.splice(at(edit.dutyId), 1);
        items.splice(Math.max(0, Math.min(edit.toIndex, items.length)), 0, duty!);
        break;
      }
    }
    return put(db, { ...withList(role, list, items), edited: true, updatedAt: deps.now() });
  });
}

/**
 * Puts a built-in role back to its shipped text (duties, requirements, aliases, names). The
 * sentences the user marked on its duties are the user's teaching, not the role's text: they stay.
 */
export async function restoreBuiltinRole(db: RoleClipDb, builtin: Role, deps: RepoDeps): Promise<Role> {
  const existing = await db.roles.get(builtin.id);
  const marks = new Map((existing?.duties ?? []).filter((d) => d.marks?.length).map((d) => [d.id, d.marks!]));
  const duties = builtin.duties.map((d) => (marks.has(d.id) ? { ...d, marks: marks.get(d.id)! } : d));
  return put(db, { ...builtin, duties, createdAt: existing?.createdAt ?? builtin.createdAt, edited: false, updatedAt: deps.now() });
}

/** A role id from a name: latin letters kept, otherwise a generated suffix. */
function roleIdFor(name: string, deps: RepoDeps): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `user-${slug ? `${slug}-` : ''}${deps.newId().replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 8)}`;
}

export async function createRole(
  db: RoleClipDb,
  input: { nameZh: string; nameEn?: string; department?: string; duties?: string[] },
  deps: RepoDeps,
): Promise<Role> {
  const now = deps.now();
  const id = roleIdFor(input.nameEn || input.nameZh, deps);
  const role: Role = {
    id,
    nameZh: input.nameZh.trim(),
    nameEn: (input.nameEn ?? '').trim() || input.nameZh.trim(),
    department: (input.department ?? '').trim(),
    aliases: [input.nameZh.trim()],
    duties: (input.duties ?? []).map((text, i) => ({ id: `${id}.u-${i + 1}`, text: text.trim() })),
    requirements: { experienceYears: null, education: null, skills: [], items: [] },
    sources: [],
    origin: 'user',
    builtinVersion: null,
    edited: false,
    createdAt: now,
    updatedAt: now,
  };
  return db.transaction('rw', db.roles, async () => {
    if (await db.roles.get(id)) throw new ValidationError('role', `id ${id} already exists`);
    return put(db, role);
  });
}

export async function updateRoleInfo(
  db: RoleClipDb,
  roleId: string,
  patch: Partial<Pick<Role, 'nameZh' | 'nameEn' | 'department' | 'aliases'>>,
  deps: RepoDeps,
): Promise<Role> {
  return db.transaction('rw', db.roles, async () => {
    const role = await db.roles.get(roleId);
    if (!role) throw new RecordNotFoundError(`role ${roleId}`);
    const aliases = patch.aliases ? [...new Set(patch.aliases.map((a) => a.trim()).filter(Boolean))] : role.aliases;
    return put(db, { ...role, ...patch, aliases, edited: true, updatedAt: deps.now() });
  });
}

/**
 * Deletes a user role. Its postings are kept and become unassigned; the titles it learned go.
 * Built-in roles cannot be deleted (they can be edited and restored).
 */
export async function deleteRole(db: RoleClipDb, roleId: string, deps: RepoDeps): Promise<{ unassigned: number }> {
  return db.transaction('rw', [db.roles, db.postings, db.aliases], async () => {
    const role = await db.roles.get(roleId);
    if (!role) throw new RecordNotFoundError(`role ${roleId}`);
    if (role.origin === 'builtin') throw new ValidationError('role', `${roleId} is built in: edit or restore it instead`);
    const now = deps.now();
    const unassigned = await db.postings
      .where('roleId')
      .equals(roleId)
      .modify({ roleId: null, roleScore: null, roleAssignedBy: null, updatedAt: now });
    await db.aliases.where('roleId').equals(roleId).delete();
    await db.roles.delete(roleId);
    return { unassigned };
  });
}
