import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RoleClipDb } from '@/lib/db/db';
import { defaultDeps, deletePosting, savePosting, updatePosting } from '@/lib/db/repo';
import { createRole, deleteRole, updateRoleInfo } from '@/lib/db/roles-repo';
import { updateSettings } from '@/lib/db/settings';
import { handleMessage } from '@/lib/clip';
import { exportBackup, importFile } from '@/lib/library/backup';
import { generatePostings } from '@/lib/library/generate';
import { parseHead, sameHead, toHead, type ListHead } from '@/lib/library/list-head';
import { builtinMatcherIndex } from '@/lib/roles/builtin-index';
import { reassignPosting } from '@/lib/roles/learning';
import { seedLibrary } from '@/lib/roles/seed';
import { HEAD_KEY, listHeadInvalidation, readHead, writeHead } from '@/platform/library/list-head';
import { ensureHead, headFromDb, keepHead } from '@/platform/library/list-head-keeper';
import { freshDb, testDeps } from '../helpers/db';

/**
 * The list head's stored copy (the library's first screen before IndexedDB answers) is dropped by
 * every path that writes what it shows: each test writes through the path's own function on a
 * handle set up as platform/db.ts sets up every page's, and finds the copy gone.
 */

let db: RoleClipDb;
const dbs: RoleClipDb[] = [];
function handle(): RoleClipDb {
  const d = freshDb();
  d.use(listHeadInvalidation);
  dbs.push(d);
  return d;
}
const stored = async () => (await fakeBrowser.storage.local.get(HEAD_KEY))[HEAD_KEY];
let head: ListHead;

beforeEach(async () => {
  fakeBrowser.reset();
  db = handle();
  await seedLibrary(db, defaultDeps);
  await db.postings.bulkAdd(generatePostings({ count: 30, seed: 5 }));
  head = toHead(await db.postings.orderBy('clippedAt').reverse().limit(10).toArray(), await db.roles.toArray(), 'auto');
  await writeHead(head);
  expect(sameHead(await readHead(), head)).toBe(true);
});
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const draft = {
  title: '直播运营',
  company: '杭州某电商',
  location: '杭州',
  salary: null,
  experienceYears: null,
  education: null,
  skills: [],
  duties: ['负责直播间日常运营'],
  requirements: [],
  preferred: [],
  source: 'site:zhipin',
  url: 'https://shop.example.com/jobs/live-1',
  body: '负责直播间日常运营',
};

describe('the list head copy is dropped by every write it shows', () => {
  test('popup save (savePosting)', async () => {
    await savePosting(db, draft, testDeps(1_800_000_000_000));
    expect(await stored()).toBeUndefined();
  });

  test('background clip (clip-text message)', async () => {
    const text = '岗位职责：\n1、负责淘宝店铺的日常运营与活动策划\n2、负责商品上下架和价格维护\n任职要求：\n1、一年以上电商运营经验';
    const reply = await handleMessage({ type: 'clip-text', text, url: 'https://shop.example.com/jobs/9', title: '淘宝运营' }, { ...testDeps(1_800_000_000_000), db, index: () => Promise.resolve(builtinMatcherIndex()) });
    expect(reply.ok).toBe(true);
    expect(await stored()).toBeUndefined();
  });

  test('library edit (updatePosting)', async () => {
    await updatePosting(db, head.rows[0]!.id, { tags: ['竞品'] });
    expect(await stored()).toBeUndefined();
  });

  test('delete (deletePosting)', async () => {
    await deletePosting(db, head.rows[0]!.id);
    expect(await stored()).toBeUndefined();
  });

  test('reassignment (reassignPosting)', async () => {
    await reassignPosting(db, head.rows[0]!.id, 'customer-service', defaultDeps);
    expect(await stored()).toBeUndefined();
  });

  test('import (importFile)', async () => {
    const source = freshDb();
    dbs.push(source);
    await source.postings.bulkAdd(generatePostings({ count: 5, seed: 9 }).map((p) => ({ ...p, id: `imp-${p.id}`, url: `${p.url}-imp`, clippedAt: p.clippedAt + 1 })));
    const report = await importFile(db, await exportBackup(source, defaultDeps), {}, testDeps());
    expect(report.postings.added).toBe(5);
    expect(await stored()).toBeUndefined();
  });

  test("a role's rename and deletion (its postings unassigned), and the language", async () => {
    const mine = await createRole(db, { nameZh: '直播运营' }, testDeps());
    expect(await stored()).toBeUndefined();
    await writeHead(head);
    await updateRoleInfo(db, 'operations-specialist', { nameZh: '店铺运营' }, testDeps());
    expect(await stored()).toBeUndefined();
    await db.postings.update(head.rows[0]!.id, { roleId: mine.id });
    await writeHead(head);
    await deleteRole(db, mine.id, testDeps());
    expect(await stored()).toBeUndefined();
    await writeHead(head);
    await updateSettings(db, { locale: 'en' });
    expect(await stored()).toBeUndefined();
  });

  test('a copy written while a write is in flight does not survive its commit', async () => {
    await db.transaction('rw', db.postings, async () => {
      await db.postings.delete(head.rows[0]!.id);
      // A page that read just before this commit stores what it read.
      await writeHead(head);
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await stored()).toBeUndefined();
  });

  test("every page's handle (platform/db.ts getDb) drops it", async () => {
    const { getDb } = await import('@/platform/db');
    const page = getDb();
    dbs.push(page);
    await updateSettings(page, { locale: 'en' });
    expect(await stored()).toBeUndefined();
  });

  test('reads and a seeding with nothing to change keep it', async () => {
    await seedLibrary(db, defaultDeps);
    await db.postings.orderBy('clippedAt').reverse().limit(50).toArray();
    await db.transaction('rw', db.roles, db.settings, async () => void (await db.roles.count()));
    expect(sameHead(parseHead(await stored()), head)).toBe(true);
  });
});

describe('the background puts the copy back', () => {
  test('when it starts and finds none', async () => {
    await fakeBrowser.storage.local.remove(HEAD_KEY);
    keepHead(db, 10);
    const want = (await headFromDb(db)).head;
    expect(want.rows).toHaveLength(30);
    await vi.waitFor(async () => expect(sameHead(await readHead(), want)).toBe(true));
  });

  test('a library page opened elsewhere than the list stores it only when there is none (ensureHead)', async () => {
    await ensureHead(db);
    expect(sameHead(await readHead(), head)).toBe(true);
    await fakeBrowser.storage.local.remove(HEAD_KEY);
    await ensureHead(db);
    expect(sameHead(await readHead(), (await headFromDb(db)).head)).toBe(true);
  });

  test('after a save drops it: the new posting first, the same head the library page would read', async () => {
    keepHead(db, 10);
    const { posting } = await savePosting(db, draft, testDeps(1_800_000_000_000));
    await vi.waitFor(async () => expect((await readHead())?.rows[0]?.id).toBe(posting.id));
    expect(sameHead(await readHead(), (await headFromDb(db)).head)).toBe(true);
    // And again after a deletion of that posting.
    await deletePosting(db, posting.id);
    await vi.waitFor(async () => expect((await readHead())?.rows[0]?.id).toBe(head.rows[0]!.id));
    expect((await readHead())!.rows.map((r) => r.id)).not.toContain(posting.id);
  });
});

describe('the stored copy is checked, not trusted', () => {
  test('keys sorted by storage compare equal; another format or a malformed row is ignored', () => {
    const sorted = JSON.parse(JSON.stringify(head, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v)));
    expect(sameHead(parseHead(sorted), head)).toBe(true);
    expect(parseHead({ ...head, format: 2 })).toBeNull();
    expect(parseHead({ ...head, rows: [{ ...head.rows[0], title: 5 }] })).toBeNull();
    expect(parseHead('<b>x</b>')).toBeNull();
    expect(sameHead(head, { ...head, rows: head.rows.slice(1) })).toBe(false);
  });
});
