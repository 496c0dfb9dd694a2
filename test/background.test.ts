import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { handleMessage } from '@/lib/clip';
import { builtinMatcherIndex } from '@/lib/roles/builtin-index';
import { readMatcherFold } from '@/lib/roles/profile-store';
import { seedLibrary } from '@/lib/roles/seed';
import { freshDb, testDeps } from './helpers/db';

const index = () => Promise.resolve(builtinMatcherIndex());

describe('background script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('registers the "clip selection" context-menu item on install', async () => {
    const create = vi.fn();
    const onClicked = vi.fn();
    // The fake browser has no contextMenus implementation: stub the two calls we make.
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(create);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(onClicked);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `msg:${key}`);
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0]).toMatchObject({
      id: 'roleclip-clip-selection',
      title: 'msg:menuClipSelection',
      contexts: ['selection'],
    });
    expect(onClicked).toHaveBeenCalledTimes(1);
  });
});

describe('handleMessage', () => {
  test('ping answers pong', async () => {
    expect(await handleMessage({ type: 'ping' }, { ...testDeps(), db: freshDb(), index })).toEqual({ ok: true, type: 'pong' });
  });

  test('clip-text runs the engine and the matcher, saves, and a second clip updates', async () => {
    const db = freshDb();
    const deps = { ...testDeps(), db, index };
    const text = '岗位职责：\n1、负责淘宝店铺的日常运营与活动策划\n2、负责商品上下架和价格维护\n任职要求：\n1、一年以上电商运营经验';
    const msg = { type: 'clip-text' as const, text, url: 'https://shop.example.com/jobs/7?utm_source=x', title: '淘宝运营 - 某某公司招聘' };
    const first = await handleMessage(msg, deps);
    expect(first).toMatchObject({ ok: true, type: 'clipped', status: 'created', title: '淘宝运营' });
    const second = await handleMessage({ ...msg, url: 'https://shop.example.com/jobs/7' }, deps);
    expect(second).toMatchObject({ ok: true, status: 'updated' });
    const rows = await db.postings.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.duties).toEqual(['负责淘宝店铺的日常运营与活动策划', '负责商品上下架和价格维护']);
    expect(rows[0]!.requirements).toEqual(['一年以上电商运营经验']);
    expect(rows[0]!.roleId).toBe('operations-specialist');
    expect(rows[0]!.roleAssignedBy).toBe('matcher');
    await db.delete();
  });

  test('refresh-profiles folds the saved postings into the stored matcher profiles, and stores the index parts', async () => {
    const db = freshDb();
    const deps = { ...testDeps(), db, index };
    await seedLibrary(db, deps);
    const text = '岗位职责：\n1、负责淘宝店铺的日常运营与活动策划\n2、负责商品上下架和价格维护\n任职要求：\n1、一年以上电商运营经验';
    await handleMessage({ type: 'clip-text', text, url: 'https://shop.example.com/jobs/8', title: '淘宝运营' }, deps);
    expect((await readMatcherFold(db)).current).toBe(false);
    expect((await readMatcherFold(db)).parts).toBeNull();
    expect(await handleMessage({ type: 'refresh-profiles' }, deps)).toEqual({ ok: true, type: 'refreshed' });
    const read = await readMatcherFold(db);
    expect(read.current).toBe(true);
    expect(read.parts?.classes.map((c) => c.id).sort()).toEqual(builtinMatcherIndex().classes.map((c) => c.id).sort());
    expect([...read.folds!.keys()]).toEqual(['operations-specialist']);
    await db.delete();
  });

  test('clip-text of a text that is no job ad saves nothing and says why', async () => {
    const db = freshDb();
    const reply = await handleMessage({ type: 'clip-text', text: '今天天气很好，我们去公园散步，看到很多人在放风筝。', url: '', title: '' }, { ...testDeps(), db, index });
    expect(reply).toEqual({ ok: false, error: 'not-job:not-job' });
    expect(await db.postings.count()).toBe(0);
    await db.delete();
  });
});
