import type { Posting } from '@/lib/db/schemas';
import { newestPostings } from '@/lib/library/queries';
import { parseRoute } from '@/lib/route';
import { getDb } from '../db';
import { firstPaintRows } from './first-paint';
import { ensureHead } from './list-head-keeper';

import { FIRST_SCREEN } from './first-paint';
export { FIRST_SCREEN };

let early: Promise<Posting[]> | null = null;

/**
 * Started as the library page's script runs, when it opens on the posting list: the first screen's
 * read then runs alongside the roles' read and the first render instead of after them (the list
 * needs the workspace's roles before it renders, but not before it reads).
 */
export function startFirstScreen(): void {
  const route = parseRoute(location.hash);
  // The entry's own read (first-paint.ts) when it made one: the same rows, read once.
  if (route.page === 'postings') early = firstPaintRows().then((rows) => rows ?? newestPostings(getDb(), FIRST_SCREEN)).catch(() => []);
  // Opened on another page: store the list head's copy if there is none (after an update, the
  // background may not have run yet), once this page's own reads are done, so that the list opens
  // from it. On the list, first-paint.ts stores it from its own read.
  else setTimeout(() => requestIdle(() => void ensureHead(getDb()).catch(() => undefined)), HEAD_AFTER_MS);
}

const HEAD_AFTER_MS = 3000;
const requestIdle = (run: () => void) => ('requestIdleCallback' in globalThis ? requestIdleCallback(() => run(), { timeout: 5000 }) : run());

/** The first screen's rows if they were read early (once), else a read now. */
export function firstScreen(): Promise<Posting[]> {
  const rows = early ?? newestPostings(getDb(), FIRST_SCREEN);
  early = null;
  return rows;
}
