import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RoleClipDb } from '@/lib/db/db';
import { updateSettings } from '@/lib/db/settings';
import { generatePostings } from '@/lib/library/generate';
import { newestPostings } from '@/lib/library/queries';
import { newestFirst } from '@/lib/library/search';
import { builtinRoles } from '@/lib/roles/library';
import { roleName } from '@/components/labels';

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
  history.replaceState(null, '', '#/postings');
});
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
    const titles = [...document.querySelectorAll('#first-screen .posting-row .posting-row-title')].map((a) => a.textContent);
    expect(titles).toEqual(want.map((p) => p.title || '（无标题）'));
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
    // A search typed before the workspace is up: in the URL, the unfiltered rows hidden.
    const input = document.querySelector<HTMLInputElement>('#first-screen [data-testid="search"]')!;
    input.focus();
    input.value = '运营';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(decodeURIComponent(location.hash)).toContain('运营');
    expect(document.querySelector<HTMLElement>('#first-screen .virtual-scroller')!.hidden).toBe(true);
    expect(document.querySelector('#first-screen [data-testid="postings-count"]')!.textContent).toBe('正在搜索：先读取最新保存的广告…');
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

  test('another page than the list: nothing read or painted', async () => {
    history.replaceState(null, '', '#/roles');
    const fp = await fresh();
    await fp.paintFirstScreen(el('first-screen'), el('root'));
    expect(el('first-screen').childElementCount).toBe(0);
    expect(el('root').hidden).toBe(false);
    expect(await fp.firstPaintRows()).toBeNull();
  });
});
