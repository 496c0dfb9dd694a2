import type { Role } from '@/lib/db/schemas';
import { builtinRoles } from '@/lib/roles/library';

let cache: Map<string, Role> | null = null;
/** The shipped text of a built-in role (for "restore built-in text"). */
export function builtinRole(roleId: string): Role | undefined {
  cache ??= new Map(builtinRoles(Date.now()).map((role) => [role.id, role]));
  return cache.get(roleId);
}
