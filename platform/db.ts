import { RoleClipDb } from '@/lib/db/db';

/** One database handle per extension page. */
let instance: RoleClipDb | null = null;
export function getDb(): RoleClipDb {
  instance ??= new RoleClipDb();
  return instance;
}
