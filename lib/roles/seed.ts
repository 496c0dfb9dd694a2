import type { RoleClipDb } from '../db/db';
import { DEFAULT_SETTINGS, Settings, type Role } from '../db/schemas';
import { LIBRARY_ROLES, LIBRARY_VERSION, toRole, type LibraryRole } from './library';

/**
 * Fills the `roles` table from the built-in library, and merges later library versions in:
 * - first run (settings.libraryVersion 0): every built-in role is added;
 * - upgrade: roles new since the stored version are added; built-in roles the user never edited
 *   are replaced by the new text (keeping their creation time); a role the user edited
 *   (`edited: true`) or a user role with the same id is never touched; a built-in role missing
 *   from the table although the stored version already had it was removed on purpose and stays out.
 * Runs in one transaction, so two windows seeding at once cannot both add.
 */

export interface SeedReport {
  from: number;
  to: number;
  added: string[];
  updated: string[];
  /** Built-in ids left alone: edited by the user, or taken by a user role. */
  kept: string[];
}

export interface LibrarySource {
  version: number;
  roles: readonly LibraryRole[];
}

export async function seedLibrary(
  db: RoleClipDb,
  deps: { now: () => number },
  library: LibrarySource = { version: LIBRARY_VERSION, roles: LIBRARY_ROLES },
): Promise<SeedReport> {
  return db.transaction('rw', db.roles, db.settings, async () => {
    const stored = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(await db.settings.get('settings')) });
    const settings = stored.success ? stored.data : DEFAULT_SETTINGS;
    const from = settings.libraryVersion;
    const report: SeedReport = { from, to: Math.max(from, library.version), added: [], updated: [], kept: [] };
    if (from >= library.version) return report;

    const now = deps.now();
    const rows: Role[] = [];
    for (const entry of library.roles) {
      const existing = await db.roles.get(entry.id);
      const fresh = toRole(entry, now, library.version);
      if (!existing) {
        if (entry.since > from) {
          rows.push(fresh);
          report.added.push(entry.id);
        }
      } else if (existing.origin !== 'builtin' || existing.edited) {
        report.kept.push(entry.id);
      } else if ((existing.builtinVersion ?? 0) < library.version) {
        rows.push({ ...fresh, createdAt: existing.createdAt });
        report.updated.push(entry.id);
      }
    }
    await db.roles.bulkPut(rows);
    await db.settings.put({ ...settings, libraryVersion: library.version });
    return report;
  });
}
