import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, openPopupFor, OUT_DIR, readStore, servePages, type ExtensionSession } from './harness';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  server = await servePages();
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('popup on a job page (real Chromium)', () => {
  test('shows the page title, saves it, and the row is in IndexedDB', async () => {
    const pageUrl = `${server.origin}/job-basic.html?utm_source=e2e`;
    const { popup } = await openPopupFor(session, pageUrl);
    await expect.poll(() => popup.getByTestId('page-title').textContent()).toBe('淘宝运营专员 - 杭州某服饰有限公司招聘');
    await popup.getByRole('button', { name: '保存到岗位库' }).click();
    await expect.poll(() => popup.getByTestId('status-ok').textContent()).toBe('已保存');
    await popup.screenshot({ path: join(OUT_DIR, 'foundation-saved.png') });
    const rows = await readStore<{ title: string; canonicalUrl: string; site: string }>(popup, 'postings');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toBe('淘宝运营专员 - 杭州某服饰有限公司招聘');
    expect(rows[0]!.canonicalUrl).toBe(`${server.origin}/job-basic.html`);
    expect(rows[0]!.site).toBe('127.0.0.1');
  });

  test('the extension requests nothing outside itself and the test page', () => {
    const foreign = session.requests.filter(
      (url) => !url.startsWith(`chrome-extension://${session.extensionId}/`) && !url.startsWith(server.origin),
    );
    expect(session.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
