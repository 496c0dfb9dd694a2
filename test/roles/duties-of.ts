import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { coverItems } from '@/lib/roles/cover';

/** The built-in library's duties one item covers for a role (the phrasing tests' reading). */
const roles = builtinRoles(0);
const index = buildIndex(roles);
export const dutiesOf = (roleId: string, item: string): string[] =>
  coverItems(index, roles.find((r) => r.id === roleId)!, [item]).covered.map((x) => x.dutyId);
