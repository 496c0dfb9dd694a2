import type { RoleClipDb } from '@/lib/db/db';
import { seedLibrary } from '@/lib/roles/seed';

let seeded: Promise<unknown> | null = null;
/** Seeds (first run) or upgrades the built-in role library, once per page. */
export function ensureLibrary(db: RoleClipDb): Promise<unknown> {
  seeded ??= seedLibrary(db, { now: () => Date.now() });
  return seeded;
}
