import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '@/entrypoints/popup/App';
import { RoleClipDb } from '@/lib/db/db';
import { updateSettings } from '@/lib/db/settings';
import { snapshotPage } from '@/lib/page/snapshot';
import { refreshIndexParts } from '@/lib/roles/index-parts';
import { refreshMatcherFold } from '@/lib/roles/profile-refresh';
import { seedLibrary } from '@/lib/roles/seed';
import { startEarly } from '@/platform/popup/early';
import { testDeps } from '../helpers/db';
import { renderUi } from '../helpers/render';

/**
 * The popup's Dexie loads after its first answer is on screen (platform/popup/access.ts), so its
 * language comes first from the settings row its bootstrap reads with plain IndexedDB: a user who
 * chose English on a Chinese browser sees the comparison in English from its first render, not in
 * Chinese and then English; and a choice made later through Dexie still reaches the open popup.
 */
const AD = `<html><head><title>招聘</title></head><body><h1>天猫店铺运营</h1><h3>岗位职责</h3><ol><li>负责天猫店铺的日常运营与商品上新</li><li>策划大促活动并复盘转化数据</li></ol><h3>任职要求</h3><ol><li>三年以上电商运营经验</li></ol></body></html>`;

let db: RoleClipDb | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
  window.history.replaceState(null, '', '/popup.html?tabId=7');
  vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('no package here'));
  const doc = new DOMParser().parseFromString(AD, 'text/html');
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ...snapshotPage(doc, ''), url: 'https://shop.example.com/jobs/9' } }] as never);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await new Promise((done) => setTimeout(done, 50));
  db?.close();
  await db?.delete();
  db = null;
});

describe("the popup's language before and after Dexie loads", () => {
  test('the chosen language is there from the first render, and a later choice follows', async () => {
    db = new RoleClipDb('roleclip');
    await seedLibrary(db, testDeps());
    await refreshMatcherFold(db);
    await refreshIndexParts(db);
    await updateSettings(db, { locale: 'en' });

    performance.mark('roleclip:open');
    startEarly(); // main.tsx's first line: the page read and the plain library read
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const text = document.querySelector('[data-testid="coverage-text"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    renderUi(<App />);
    await screen.findByTestId('coverage-text', undefined, { timeout: 20_000 });
    observer.disconnect();
    // Every text the coverage line ever showed was English: no Chinese first render.
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(text).toMatch(/^Covers \d+ of \d+ standard duties$/);

    // Another page switches to Chinese: the open popup follows (Dexie's live query, after paint).
    await updateSettings(db, { locale: 'zh_CN' });
    await waitFor(() => expect(screen.getByTestId('coverage-text').textContent).toMatch(/^覆盖 \d+ \/ \d+ 项标准职责$/), { timeout: 10_000 });
  });
});
