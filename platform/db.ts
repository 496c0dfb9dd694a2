import { RoleClipDb } from '@/lib/db/db';
import { listHeadInvalidation } from './library/list-head';

/** One database handle per extension page; its writes drop the library's list head copy. */
let instance: RoleClipDb | null = null;
export function getDb(): RoleClipDb {
  if (!instance) {
    instance = new RoleClipDb();
    instance.use(listHeadInvalidation);
  }
  return instance;
}
