import type { RoleClipDb } from '@/lib/db/db';
import { getSettings } from '@/lib/db/settings';
import { LIBRARY_VERSION } from '@/lib/roles/library';
import { seedLibrary } from '@/lib/roles/seed';

let seeded: Promise<unknown> | null = null;
/**
 * Seeds (first run) or upgrades the built-in role library, once per page. The usual case (already
 * current) is answered by a read-only look at the settings, which never waits behind a writer.
 */
export function ensureLibrary(db: RoleClipDb): Promise<unknown> {
  seeded ??= getSettings(db).then((settings) => (settings.libraryVersion >= LIBRARY_VERSION ? null : seedLibrary(db, { now: () => Date.now() })));
  return seeded;
}
