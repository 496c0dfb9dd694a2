import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RoleClipDb } from '@/lib/db/db';
import { updateSettings } from '@/lib/db/settings';
import { generatePostings } from '@/lib/library/generate';
import { loadSearchIndex, newestPostings } from '@/lib/library/queries';
import { newestFirst } from '@/lib/library/search';
import { builtinRoles } from '@/lib/roles/library';
import { roleName } from '@/components/labels';
import { parseHead, sameHead, toHead } from '@/lib/library/list-head';
import { HEAD_KEY, readHead } from '@/platform/library/list-head';

/**
 * The library page's entry paints the posting list's first screen from plain IndexedDB: the same
 * rows, in the same order, as the workspace's first read; a search typed there reaches the URL;
 * nothing is created in a browser with no library.
 */

let db: RoleClipDb | null = null;

async function fresh() {
  vi.resetModules();
  document.body.innerHTML = '<div id="first-screen"></div><div id="root"></div>';
  return import('@/platform/library/first-paint');
}
const el = (id: string) => document.getElementById(id)!;

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '#/postings');
});
const titles = () => [...document.querySelectorAll('#first-screen .posting-row .posting-row-title')].map((a) => a.textContent);
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = null;
});

describe('first screen painted by the entry', () => {
  test('the newest 50 in the list order, with role names; typing goes into the URL; the workspace takes over', async () => {
    db = new RoleClipDb('roleclip');
    await db.roles.bulkAdd(builtinRoles(0));
    // The language as the user chose it (the test DOM's browser language is English).
    await updateSettings(db, { locale: 'zh_CN' });
    const postings = generatePostings({ count: 120, seed: 3 });
    // Two postings clipped in the same millisecond: the list orders them by id.
    postings[1] = { ...postings[1]!, clippedAt: postings[0]!.clippedAt };
    await db.postings.bulkAdd(postings);
    // Dexie's reverse read gives ties by id descending; the list (the search index's order) by id ascending.
    const want = (await newestPostings(db, 50)).sort(newestFirst);
    expect(want.map((p) => p.id)).not.toEqual((await newestPostings(db, 50)).map((p) => p.id));
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    expect(titles()).toEqual(want.map((p) => p.title || '（无标题）'));
    expect((await fp.firstPaintRows())!.map((p) => p.id)).toEqual(want.map((p) => p.id));
    expect(el('root').hidden).toBe(true);
    // Each row's line names its role as the list does (Chinese by default).
    for (const p of want.filter((x) => x.roleId)) {
      const role = builtinRoles(0).find((r) => r.id === p.roleId)!;
      expect(document.querySelector(`a[href="#/postings/${p.id}"]`)!.parentElement!.textContent).toContain(roleName(role, 'zh_CN'));
    }
    // The newest search shard, once (a library written through Dexie has one).
    let shard: ReturnType<typeof fp.takeFirstShard> = null;
    await vi.waitFor(() => expect((shard = fp.takeFirstShard())).not.toBeNull());
    expect(shard!.shard!.ids[0]).toBe(want[0]!.id);
    expect(shard!.meta.count).toBe(120);
    expect(fp.takeFirstShard()).toBeNull();
    // A search typed before the workspace is up: in the URL, and answered from the newest shard
    // (here the only one, so the answer and its count are complete), as the workspace's index answers it.
    const input = document.querySelector<HTMLInputElement>('#first-screen [data-testid="search"]')!;
    input.focus();
    input.value = '运营';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(decodeURIComponent(location.hash)).toContain('运营');
    const full = (await loadSearchIndex(db)).search({ text: '运营' });
    expect(full.total).toBeGreaterThan(0);
    expect(titles()).toEqual(full.hits.slice(0, 50).map((h) => h.title || '（无标题）'));
    expect(document.querySelector<HTMLElement>('#first-screen .virtual-scroller')!.hidden).toBe(false);
    expect(document.querySelector('#first-screen [data-testid="postings-count"]')!.textContent).toMatch(new RegExp(`^${full.total} 条广告 （`));
    expect(fp.firstScreenAnswers()).toBe(true);
    // A search with no match says so; clearing the box brings the newest postings back.
    input.value = 'zzqqxx不存在';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(titles()).toEqual([]);
    expect(document.querySelector('#first-screen .virtual-scroller')!.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('#first-screen [data-testid="postings-count"]')!.textContent).toMatch(/^0 条广告/);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(titles()).toEqual(want.map((p) => p.title || '（无标题）'));
    expect(fp.firstScreenAnswers()).toBe(false);
    input.value = '运营';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The workspace's own box is there when it takes over: the focus moves to it.
    el('root').innerHTML = '<input data-testid="search" id="real">';
    fp.dismissFirstScreen();
    expect(document.getElementById('first-screen')).toBeNull();
    expect(el('root').hidden).toBe(false);
    expect(document.activeElement?.id).toBe('real');
  });

  test('no library yet: nothing painted and no database created', async () => {
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    expect(document.getElementById('first-screen')).toBeNull();
    expect(el('root').hidden).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('roleclip');
  });

  test('the stored head paints first; the IndexedDB read replaces it (a deleted posting gone, a new one shown) and is stored', async () => {
    db = new RoleClipDb('roleclip');
    await db.roles.bulkAdd(builtinRoles(0));
    // Chinese, as chosen: no language file to load before the copy paints.
    await updateSettings(db, { locale: 'zh_CN' });
    const postings = generatePostings({ count: 80, seed: 4 });
    await db.postings.bulkAdd(postings);
    // An open with no copy stores the one it read (the rows as the list shows them).
    let fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    const read = (await fp.firstPaintRows())!;
    const want = toHead(read, await db.roles.toArray(), 'zh_CN');
    await vi.waitFor(async () => expect(sameHead(await readHead(), want)).toBe(true));
    // Written behind the copy's back (this handle has no invalidation): one shown posting
    // deleted, a newer one added. The next open paints the copy, then what IndexedDB holds.
    const gone = read[1]!;
    await db.postings.delete(gone.id);
    const added = { ...postings[0]!, id: 'p-new', title: '新来的岗位', url: 'https://example.com/new', clippedAt: read[0]!.clippedAt + 1000 };
    await db.postings.add(added);
    fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    expect(titles()).toContain(gone.title);
    expect(titles()).not.toContain('新来的岗位');
    const fresher = (await fp.firstPaintRows())!;
    expect(titles()[0]).toBe('新来的岗位');
    expect(titles()).not.toContain(gone.title);
    expect(titles()).toHaveLength(50);
    expect(fresher.map((p) => p.id)).not.toContain(gone.id);
    await vi.waitFor(async () => expect((await readHead())!.rows[0]!.id).toBe('p-new'));
  });

  test('a stored head whose library is gone: dismissed when the read finds no database, and dropped', async () => {
    await fakeBrowser.storage.local.set({ [HEAD_KEY]: toHead(generatePostings({ count: 3, seed: 1 }), [], 'zh_CN') });
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    expect(titles()).toHaveLength(3);
    expect(await fp.firstPaintRows()).toBeNull();
    expect(document.getElementById('first-screen')).toBeNull();
    expect(el('root').hidden).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('roleclip');
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(HEAD_KEY)).toEqual({}));
  });

  test('a stored value of another shape is not painted', async () => {
    await fakeBrowser.storage.local.set({ [HEAD_KEY]: { format: 1, rows: [{ id: 'x', title: '<img src=x onerror=alert(1)>' }], roles: [], locale: 'auto' } });
    expect(parseHead((await fakeBrowser.storage.local.get(HEAD_KEY))[HEAD_KEY])).toBeNull();
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    expect(document.getElementById('first-screen')).toBeNull();
  });

  test('another page than the list: nothing read or painted', async () => {
    history.replaceState(null, '', '#/roles');
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    expect(el('first-screen').childElementCount).toBe(0);
    expect(el('root').hidden).toBe(false);
    expect(await fp.firstPaintRows()).toBeNull();
  });
});
