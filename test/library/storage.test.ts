import { afterEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { classifyStorageError, describeUsage, formatBytes, type StorageErrorKind } from '@/lib/library/storage';
import { savePosting } from '@/lib/db/repo';
import type { RoleClipDb } from '@/lib/db/db';
import { freshDb, testDeps } from '../helpers/db';

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  test.each<[string, unknown, StorageErrorKind]>([
    ['a DOMException QuotaExceededError', quotaDom(), 'quota'],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), 'quota'],
    ['Dexie.AbortError wrapping the quota error (inner)', new Dexie.AbortError('Transaction aborted', quotaDom()), 'quota'],
    ['an Error with the quota error as cause', new Error('save failed', { cause: quotaDom() }), 'quota'],
    ['a BulkError whose failures hold it', new Dexie.BulkError('bulkAdd failed', [new Dexie.ConstraintError('dup'), quotaDom()]), 'quota'],
    ['Firefox NS_ERROR_DOM_QUOTA_REACHED', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }, 'quota'],
    ['a legacy code 22', { name: 'Error', code: 22 }, 'quota'],
    ['a message only (structured clone from a worker)', { message: 'QuotaExceededError: quota exceeded' }, 'quota'],
    ['IndexedDB missing', new Dexie.MissingAPIError('indexedDB API missing'), 'unavailable'],
    ['Firefox private window', new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'), 'unavailable'],
    ['OpenFailedError wrapping a VersionError (downgrade)', new Dexie.OpenFailedError('open failed', new Dexie.VersionError('newer')), 'version'],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError(), 'closed'],
    ['a duplicate key', new Dexie.ConstraintError('key exists'), 'constraint'],
    ['anything else', new TypeError('x is undefined'), 'other'],
    ['not an error at all', 'string thrown', 'other'],
    ['null', null, 'other'],
  ])('%s', (_, error, kind) => expect(classifyStorageError(error)).toBe(kind));

  test('a cycle of causes does not loop', () => {
    const a: { name: string; cause?: unknown } = { name: 'Error' };
    a.cause = { name: 'Error', cause: a };
    expect(classifyStorageError(a)).toBe('other');
  });

  describe('errors as Dexie really raises them', () => {
    let db: RoleClipDb;
    afterEach(async () => db?.delete());
    test('a quota error thrown during a save reaches the caller classifiable', async () => {
      db = freshDb();
      db.postings.hook('creating', () => {
        throw quotaDom();
      });
      const draft = { title: 't', company: '', location: '', salary: null, experienceYears: null, education: null, skills: [], duties: [], requirements: [], preferred: [], source: 'text' as const, url: '', body: 'x' };
      const error = await savePosting(db, draft, testDeps()).catch((e: unknown) => e);
      expect(classifyStorageError(error)).toBe('quota');
      expect(await db.postings.count()).toBe(0);
    });
  });
});

describe('describeUsage and formatBytes', () => {
  test.each<[object | null, object]>([
    [{ usage: 50 * 2 ** 20, quota: 1000 * 2 ** 20 }, { fraction: 0.05, level: 'ok' }],
    [{ usage: 850, quota: 1000 }, { fraction: 0.85, level: 'high' }],
    [{ usage: 990, quota: 1000 }, { level: 'critical' }],
    [{ usage: 2000, quota: 1000 }, { fraction: 1, level: 'critical' }],
    [{ usage: 10 }, { level: 'unknown', fraction: null, usedBytes: 10 }],
    [null, { level: 'unknown' }],
  ])('%j', (estimate, expected) => expect(describeUsage(estimate as never)).toMatchObject(expected));

  test.each([[0, '0 B'], [1023, '1023 B'], [1536, '1.5 KB'], [15 * 2 ** 20, '15 MB'], [5.2 * 2 ** 30, '5.2 GB']])('formatBytes(%i) = %s', (n, s) =>
    expect(formatBytes(n)).toBe(s),
  );
});
