import type { RoleClipDb } from '../db/db';
import type { Posting } from '../db/schemas';
import { postingsToCsv, type CsvOptions } from './csv';

/**
 * All saved postings as CSV, written a page at a time (postingsToCsv on each page, its header
 * once), so 100,000 postings never sit in memory as rows and one string together.
 */
export async function writePostingsCsv(
  db: RoleClipDb,
  options: CsvOptions,
  write: (piece: string) => void,
  onProgress?: (done: number, total: number) => void,
  chunk = 1000,
): Promise<void> {
  const total = await db.postings.count();
  let done = 0;
  let last: string | null = null;
  for (;;) {
    const page = last === null ? db.postings.orderBy(':id') : db.postings.where(':id').above(last);
    const rows: Posting[] = await page.limit(chunk).toArray();
    if (!rows.length && done) break;
    const csv = postingsToCsv(rows, options);
    // Every page's text starts with the byte-order mark and the header line: keep them once.
    write(done ? csv.slice(csv.indexOf('\r\n') + 2) : csv);
    if (!rows.length) break;
    done += rows.length;
    last = rows[rows.length - 1]!.id;
    onProgress?.(done, total);
  }
}
