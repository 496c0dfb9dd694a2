/**
 * Everything the popup does through Dexie, in one chunk of its own (loaded by access.ts): the
 * saved-ad check, the competitor rows, saving, reassigning, teaching, the language setting and the
 * first run's seeding. Dexie and the repositories (~35 KB gzip) are compiled after the comparison
 * is on screen, not before: the comparison itself is built from the bootstrap's plain IndexedDB read
 * (early.ts).
 */
export { liveQuery } from 'dexie';
export { findDuplicate, postingContentHash, savePosting, defaultDeps } from '@/lib/db/repo';
export { editDuties } from '@/lib/db/roles-repo';
export { getSettings, updateSettings } from '@/lib/db/settings';
export { newestOfRole } from '@/lib/library/queries';
export { loadStoredMatcherIndex } from '@/lib/roles/load-stored';
export { learnTitle, reassignPosting } from '@/lib/roles/learning';
export { ensureLibrary } from '../bootstrap';
export { getDb } from '../db';
