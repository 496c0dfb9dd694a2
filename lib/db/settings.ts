import type { RoleClipDb } from './db';
import { DEFAULT_SETTINGS, describeZodError, Settings } from './schemas';
import { ValidationError } from './repo';

export async function getSettings(db: RoleClipDb): Promise<Settings> {
  return settingsFrom(await db.settings.get('settings'));
}

/** The settings row as stored (or read without Dexie), checked; the defaults where it is missing or broken. */
export function settingsFrom(row: unknown): Settings {
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(row && typeof row === 'object' ? row : {}) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(db: RoleClipDb, patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch, id: 'settings' as const };
    const parsed = Settings.safeParse(next);
    if (!parsed.success) throw new ValidationError('settings', describeZodError(parsed.error));
    await db.settings.put(parsed.data);
    return parsed.data;
  });
}
