import { afterEach, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { postingsToCsv } from '@/lib/library/csv';
import { writePostingsCsv } from '@/lib/library/csv-export';
import { generatePostings } from '@/lib/library/generate';
import { freshDb } from '../helpers/db';

let db: RoleClipDb;
afterEach(async () => db?.delete());

test('CSV written a page at a time is the CSV of all postings at once, header once', async () => {
  db = freshDb();
  const all = generatePostings({ count: 250, seed: 9 });
  await db.postings.bulkAdd(all);
  const pieces: string[] = [];
  const progress: number[] = [];
  const options = { roles: [{ id: 'designer', nameZh: '美工', nameEn: 'Designer' }], utcOffsetMinutes: 480 };
  await writePostingsCsv(db, options, (p) => pieces.push(p), (done) => progress.push(done), 100);
  const sorted = [...all].sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(pieces.join('')).toBe(postingsToCsv(sorted, options));
  expect(progress).toEqual([100, 200, 250]);
});

test('no postings: the header alone', async () => {
  db = freshDb();
  const pieces: string[] = [];
  await writePostingsCsv(db, {}, (p) => pieces.push(p));
  expect(pieces.join('')).toBe(postingsToCsv([]));
});
