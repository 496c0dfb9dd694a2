import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RoleClipDb } from '@/lib/db/db';
import { updateSettings } from '@/lib/db/settings';
import { SHARD_MAX } from '@/lib/db/search-shards';
import { generatePostings } from '@/lib/library/generate';
import { loadSearchIndex } from '@/lib/library/queries';
import { builtinRoles } from '@/lib/roles/library';
import { installConverter } from '@/lib/text/normalize';
import { makeOpenCC } from '@/lib/text/opencc';
import { announce } from '@/platform/changes';
import { readHead } from '@/platform/library/list-head';

/**
 * The library page's entry answers a search from the newest search shard before the workspace
 * has loaded (platform/library/first-search.ts): its rows are the first rows of the whole
 * library's answer, its count says it is still reading, a search the shard cannot answer waits,
 * and after a write to the postings it stops answering from what it read.
 */

let db: RoleClipDb | null = null;
const COUNT = SHARD_MAX + 300;

async function fresh() {
  vi.resetModules();
  document.body.innerHTML = '<div id="first-screen"></div><div id="root"></div>';
  return import('@/platform/library/first-paint');
}
const el = (id: string) => document.getElementById(id)!;
const titles = () => [...document.querySelectorAll('#first-screen .posting-row .posting-row-title')].map((a) => a.textContent);
const countLine = () => document.querySelector('#first-screen [data-testid="postings-count"]')!.textContent;
const type = (text: string) => {
  const input = document.querySelector<HTMLInputElement>('#first-screen [data-testid="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '#/postings');
});
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = null;
});

async function library() {
  db = new RoleClipDb('roleclip');
  await db.roles.bulkAdd(builtinRoles(0));
  await updateSettings(db, { locale: 'zh_CN' });
  // More than a shard holds: the index is stored as two shards, the newest read first.
  await db.postings.bulkAdd(generatePostings({ count: COUNT, seed: 7 }));
  expect(await db.searchShards.count()).toBeGreaterThan(1);
  return loadSearchIndex(db);
}

describe('a search answered by the first screen', () => {
  test('from the newest shard: the first rows of the whole answer, a count still growing; a search it cannot answer waits', async () => {
    let whole = await library();
    // The oldest posting given a title no other has: it matches outside the newest shard only.
    const oldest = whole.entries()[whole.size - 1]!.summary;
    await db!.postings.update(oldest.id, { title: '最早一条独有标题' });
    whole = await loadSearchIndex(db!);
    const newest = (await db!.searchShards.orderBy(':id').last())!;
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    // Typed before the shard is in: waiting, as before.
    type('运营');
    await vi.waitFor(() => expect(fp.firstScreenAnswers()).toBe(true));
    const full = whole.search({ text: '运营' });
    const inShard = full.hits.filter((h) => newest.ids.includes(h.id)).length;
    expect(inShard).toBeGreaterThan(50);
    expect(inShard).toBeLessThan(full.total);
    expect(titles()).toEqual(full.hits.slice(0, 50).map((h) => h.title || '（无标题）'));
    expect(countLine()).toBe(`已找到 ${inShard} 条（已读取 ${newest.ids.length} / ${COUNT} 条广告，正在读取其余的…）`);
    // Each row names its role as the list does.
    const first = full.hits[0]!;
    const role = builtinRoles(0).find((r) => r.id === first.roleId);
    if (role) expect(document.querySelector(`a[href="#/postings/${first.id}"]`)!.parentElement!.textContent).toContain(role.nameZh);
    // The oldest posting's own title: the screen shows no rows and never says there are none.
    expect(whole.search({ text: '最早一条独有标题' }).hits.map((h) => h.id)).toEqual([oldest.id]);
    expect(newest.ids).not.toContain(oldest.id);
    type('最早一条独有标题');
    expect(titles()).toEqual([]);
    expect(countLine()).toMatch(/^已找到 0 条/);
    expect(document.body.textContent).not.toContain('没有');
  });

  test('after a posting is written or deleted anywhere, the first screen stops answering from what it read', async () => {
    const whole = await library();
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    // The page stores the list head's copy after its read; every Dexie write drops it.
    await vi.waitFor(async () => expect(await readHead()).not.toBeNull());
    type('运营');
    await vi.waitFor(() => expect(fp.firstScreenAnswers()).toBe(true));
    const gone = whole.search({ text: '运营' }).hits[0]!;
    expect(titles()[0]).toBe(gone.title);
    // Deleted through the extension's own handle (the list head's middleware drops the copy).
    const { getDb } = await import('@/platform/db');
    await getDb().postings.delete(gone.id);
    await vi.waitFor(() => expect(fp.firstScreenAnswers()).toBe(false));
    expect(titles()).toEqual([]);
    expect(countLine()).toBe('正在搜索：先读取最新保存的广告…');
    getDb().close();
  });

  test('a write heard before the shard is in: the shard is never answered from', async () => {
    await library();
    const fp = await fresh();
    void fp.paintFirstScreen(el('first-screen'), el('root'));
    announce({ kind: 'postings', ids: ['p-from-popup'] });
    await fp.firstShardRead();
    await vi.waitFor(() => expect(document.querySelector('#first-screen [data-testid="search"]')).not.toBeNull());
    type('运营');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fp.firstScreenAnswers()).toBe(false);
    expect(titles()).toEqual([]);
  });

  test('a save the popup announces also stops it', async () => {
    await library();
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    type('客服');
    await vi.waitFor(() => expect(fp.firstScreenAnswers()).toBe(true));
    announce({ kind: 'postings', ids: ['p-from-popup'] });
    await vi.waitFor(() => expect(fp.firstScreenAnswers()).toBe(false));
    expect(countLine()).toBe('正在搜索：先读取最新保存的广告…');
  });

  test('what the workspace chunk waits for: the shard read, or nothing on another page or with no library', async () => {
    history.replaceState(null, '', '#/roles');
    let fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    await fp.firstShardRead();
    history.replaceState(null, '', '#/postings');
    fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    await fp.firstShardRead();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('roleclip');
    await library();
    fp = await fresh();
    void fp.paintFirstScreen(el('first-screen'), el('root'));
    await fp.firstShardRead();
    // Settled with the shard in: a search typed now is answered from it.
    expect(performance.getEntriesByName('roleclip:first-shard').length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(document.querySelector('#first-screen [data-testid="search"]')).not.toBeNull());
    type('运营');
    await vi.waitFor(() => expect(fp.firstScreenAnswers()).toBe(true));
  });

  test('a Traditional query loads the converter first, then answers as the Simplified one', async () => {
    const whole = await library();
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    await vi.waitFor(() => expect(document.querySelector('#first-screen [data-testid="search"]')).not.toBeNull());
    type('运营');
    await vi.waitFor(() => expect(fp.firstScreenAnswers()).toBe(true));
    const simplified = titles();
    installConverter(null);
    try {
      type('運營');
      // Not answered from a text it could not normalise yet: waiting, then the same rows.
      expect(countLine()).toBe('正在搜索：先读取最新保存的广告…');
      await vi.waitFor(() => expect(titles()).toEqual(simplified));
      expect(simplified).toEqual(whole.search({ text: '运营' }).hits.slice(0, 50).map((h) => h.title || '（无标题）'));
    } finally {
      installConverter(makeOpenCC);
    }
  });
});
