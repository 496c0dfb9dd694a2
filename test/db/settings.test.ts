import { afterEach, expect, test } from 'vitest';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { ValidationError } from '@/lib/db/repo';
import type { RoleClipDb } from '@/lib/db/db';
import { freshDb } from '../helpers/db';

let db: RoleClipDb;
afterEach(async () => db?.delete());

test('defaults until changed; a change persists; a bad value is refused', async () => {
  db = freshDb();
  expect(await getSettings(db)).toEqual({ id: 'settings', locale: 'auto', libraryVersion: 0 });
  await updateSettings(db, { locale: 'en' });
  expect((await getSettings(db)).locale).toBe('en');
  await expect(updateSettings(db, { locale: 'fr' as never })).rejects.toBeInstanceOf(ValidationError);
  expect((await getSettings(db)).locale).toBe('en');
});
