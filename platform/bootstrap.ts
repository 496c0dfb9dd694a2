import type { RoleClipDb } from '@/lib/db/db';
import { getSettings } from '@/lib/db/settings';
import { LIBRARY_VERSION } from '@/lib/roles/version';

let seeded: Promise<boolean> | null = null;
/**
 * Seeds (first run) or upgrades the built-in role library, once per page. The usual case (already
 * current) is answered by a read-only look at the settings, which never waits behind a writer; the
 * library's data (~15 KB gzip) is loaded only when there is something to seed. True when it seeded
 * or upgraded (what was read before it may be out of date).
 */
export function ensureLibrary(db: RoleClipDb): Promise<boolean> {
  seeded ??= getSettings(db).then(async (settings) => {
    if (settings.libraryVersion >= LIBRARY_VERSION) return false;
    const { seedLibrary } = await import('@/lib/roles/seed');
    await seedLibrary(db, { now: () => Date.now() });
    return true;
  });
  return seeded;
}
