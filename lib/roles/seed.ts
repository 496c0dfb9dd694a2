import type { RoleClipDb } from '../db/db';
import { DEFAULT_SETTINGS, Settings, type Role } from '../db/schemas';
import { applyPhrasingEdits, PHRASING_EDITS, type PhrasingEdit } from './data/phrasings/index';
import { LIBRARY_ROLES, LIBRARY_VERSION, toRole, type LibraryRole } from './library';

/**
 * Fills the `roles` table from the built-in library, and merges later library versions in:
 * - first run (settings.libraryVersion 0): every built-in role is added;
 * - upgrade: roles new since the stored version are added; built-in roles the user never edited
 *   are replaced by the new text (keeping their creation time and the sentences the user marked on
 *   their duties); a user role with the same id is never touched; a built-in role missing from the
 *   table although the stored version already had it was removed on purpose and stays out;
 * - a role the user edited (`edited: true`) keeps every word the user wrote, and only gains what
 *   it lacks of what the new version adds: phrasings for the duties it still has under the same id
 *   and no phrasings of their own, the phrasing edits made since the stored version (edits.ts:
 *   a built-in pattern the user left as it was is replaced, new patterns are added), and the
 *   specialties (reported as `merged`).
 * Runs in one transaction, so two windows seeding at once cannot both add.
 */

export interface SeedReport {
  from: number;
  to: number;
  added: string[];
  updated: string[];
  /** Built-in ids left alone: edited by the user, or taken by a user role. */
  kept: string[];
  /** Edited built-in roles that gained the new version's phrasings or specialties. */
  merged: string[];
}

export interface LibrarySource {
  version: number;
  roles: readonly LibraryRole[];
  /** Phrasing edits by version, applied to the duties of edited built-in roles. */
  edits?: readonly PhrasingEdit[];
}

export async function seedLibrary(
  db: RoleClipDb,
  deps: { now: () => number },
  library: LibrarySource = { version: LIBRARY_VERSION, roles: LIBRARY_ROLES, edits: PHRASING_EDITS },
): Promise<SeedReport> {
  return db.transaction('rw', db.roles, db.settings, async () => {
    const stored = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(await db.settings.get('settings')) });
    const settings = stored.success ? stored.data : DEFAULT_SETTINGS;
    const from = settings.libraryVersion;
    const report: SeedReport = { from, to: Math.max(from, library.version), added: [], updated: [], kept: [], merged: [] };
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
      } else if (existing.origin !== 'builtin') {
        report.kept.push(entry.id);
      } else if (existing.edited) {
        report.kept.push(entry.id);
        const merged = mergeNewFields(existing, fresh, (library.edits ?? []).filter((e) => e.since > from && e.since <= library.version));
        if (merged) {
          rows.push(merged);
          report.merged.push(entry.id);
        }
      } else if ((existing.builtinVersion ?? 0) < library.version) {
        rows.push({ ...carryMarks(existing, fresh), createdAt: existing.createdAt });
        report.updated.push(entry.id);
      }
    }
    await db.roles.bulkPut(rows);
    await db.settings.put({ ...settings, libraryVersion: library.version });
    return report;
  });
}

/** The fresh role with the user's marks moved over from the stored one, duty by duty id. */
export function carryMarks(stored: Role, fresh: Role): Role {
  const marks = new Map(stored.duties.filter((d) => d.marks?.length).map((d) => [d.id, d.marks!]));
  if (!marks.size) return fresh;
  return { ...fresh, duties: fresh.duties.map((d) => (marks.has(d.id) ? { ...d, marks: marks.get(d.id)! } : d)) };
}

/**
 * An edited role plus what it lacks of the fresh one's phrasings and specialties, and the phrasing
 * edits made since it was stored; null when nothing changes.
 */
function mergeNewFields(stored: Role, fresh: Role, edits: readonly PhrasingEdit[]): Role | null {
  const freshDuties = new Map(fresh.duties.map((d) => [d.id, d]));
  let changed = false;
  const duties = stored.duties.map((d) => {
    if (d.phrasings !== undefined) {
      const edited = applyPhrasingEdits(d.id, d.phrasings, edits);
      if (edited.length === d.phrasings.length && edited.every((p, i) => p === d.phrasings![i])) return d;
      changed = true;
      return { ...d, phrasings: edited };
    }
    const phrasings = freshDuties.get(d.id)?.phrasings;
    if (!phrasings?.length) return d;
    changed = true;
    return { ...d, phrasings };
  });
  const ids = new Set(stored.duties.map((d) => d.id));
  const specialties =
    stored.specialties === undefined && fresh.specialties?.length
      ? fresh.specialties.map((x) => ({ ...x, duties: x.duties.filter((id) => ids.has(id)) })).filter((x) => x.duties.length)
      : undefined;
  if (specialties?.length) changed = true;
  return changed ? { ...stored, duties, ...(specialties?.length ? { specialties } : {}) } : null;
}
