import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '@/entrypoints/popup/App';
import { snapshotPage } from '@/lib/page/snapshot';
import { renderUi } from '../helpers/render';

/**
 * The popup's own read of the page's snapshot, from its first line (platform/popup/start.ts): the
 * page's posting with its role and comparison; an ad's worth of selected text instead of the page;
 * a reply that is not a snapshot as an error.
 */
const settings = { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true };
const AD = `<html><head><title>招聘</title></head><body><h1>淘宝运营专员</h1><h3>岗位职责</h3><ol><li>负责淘宝店铺的日常运营和商品上下架</li><li>策划店铺活动，提升转化率</li></ol><h3>任职要求</h3><ol><li>两年以上电商运营经验</li><li>熟练使用生意参谋</li></ol></body></html>`;

function page(): Document {
  const window = new Window({ url: 'https://shop.example.com/jobs/1', settings });
  window.document.write(AD);
  return window.document as unknown as Document;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
  window.history.replaceState(null, '', '/popup.html?tabId=7');
  // The body model is a file of the package, not here: the popup matches from the library alone.
  vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('no package here'));
  performance.mark('roleclip:open'); // main.tsx's, where the popup's speed measure starts
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await new Promise((done) => setTimeout(done, 50));
});

const SELECTED = '客服专员\n岗位职责：\n1、通过千牛接待顾客咨询，促成订单\n2、处理退换货和售后问题\n任职要求：\n1、打字速度每分钟50字以上\n2、有天猫客服经验优先';

describe('the popup reads the page it is opened on', () => {
  test.each([
    ['the page', '', '淘宝运营专员', '运营专员'],
    ['a short selection: still the page', '淘宝运营专员', '淘宝运营专员', '运营专员'],
  ])('%s', async (_name, selection, title, role) => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: snapshotPage(page(), selection) }] as never);
    renderUi(<App />);
    expect((await screen.findByTestId('posting-title', undefined, { timeout: 20_000 })).textContent).toBe(title);
    expect((await screen.findByTestId('role-name')).textContent).toBe(role);
    expect(screen.getByTestId('coverage-text').textContent).toMatch(/^覆盖 [1-9]\d* \/ \d+ 项标准职责$/);
  });

  test('an ad-length selection is read instead of the page (with the page title as its title)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: snapshotPage(page(), SELECTED) }] as never);
    renderUi(<App />);
    expect((await screen.findByTestId('posting-title', undefined, { timeout: 20_000 })).textContent).toBe('招聘');
    await screen.findByTestId('role-name');
    expect(document.body.textContent).toContain('通过千牛接待顾客咨询');
    expect(document.body.textContent).not.toContain('商品上下架');
  });

  test('a reply that is not what the reader sends is an error, not a crash', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { url: 'https://shop.example.com/jobs/1', html: 1 } }] as never);
    renderUi(<App />);
    expect(await screen.findByRole('alert', undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByTestId('posting-screen')).toBeNull();
  });
});
