import type { Role } from '@/lib/db/schemas';

/** The shipped text of a built-in role (for "restore built-in text"), loaded when asked for. */
export async function builtinRole(roleId: string): Promise<Role | undefined> {
  const { builtinRoles } = await import('@/lib/roles/library');
  return builtinRoles(Date.now()).find((role) => role.id === roleId);
}
