import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { handleMessage } from '@/lib/clip';
import { freshDb, testDeps } from './helpers/db';

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
    expect(await handleMessage({ type: 'ping' }, { ...testDeps(), db: freshDb() })).toEqual({ ok: true, type: 'pong' });
  });

  test('clip-text saves the text as a posting, and a second clip updates it', async () => {
    const db = freshDb();
    const deps = { ...testDeps(), db };
    const text = '岗位职责：\n1、负责淘宝店铺的日常运营与活动策划\n2、负责商品上下架和价格维护\n任职要求：\n1、一年以上电商运营经验';
    const msg = { type: 'clip-text' as const, text, url: 'https://shop.example.com/jobs/7?utm_source=x', title: '电商运营' };
    const first = await handleMessage(msg, deps);
    expect(first).toMatchObject({ ok: true, type: 'clipped', status: 'created', title: '电商运营' });
    const second = await handleMessage({ ...msg, url: 'https://shop.example.com/jobs/7' }, deps);
    expect(second).toMatchObject({ ok: true, status: 'updated' });
    const rows = await db.postings.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body.split('\n')[0]).toBe('岗位职责：');
    await db.delete();
  });
});
