import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launchWithExtension, openPopupFor, OUT_DIR, readStore, servePages, type ExtensionSession } from './harness';

/** The library workspace's main flows in real Chromium. */
let session: ExtensionSession;
let server: Awaited<ReturnType<typeof servePages>>;
const url = (page: string) => `${server.origin}/${page}`;
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT_DIR, `${name}.png`), fullPage: true });

async function openLibrary(s: ExtensionSession, hash = ''): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`chrome-extension://${s.extensionId}/library.html${hash}`);
  return page;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

/** Saves the ads of the fixture pages through the popup, as a user would. */
async function clipFixtures(s: ExtensionSession) {
  const { popup } = await openPopupFor(s, url('job-basic.html'));
  await popup.getByRole('button', { name: '保存到岗位库' }).click();
  await popup.getByTestId('status-ok').filter({ hasText: '已保存' }).waitFor();
  for (const name of ['天猫店长', '电商美工', '售后客服']) {
    const { popup: p } = await openPopupFor(s, url('careers.html'));
    await p.getByTestId('posting-picker').getByRole('button', { name: new RegExp(name) }).click();
    await p.getByRole('button', { name: '保存到岗位库' }).click();
    await p.getByTestId('status-ok').filter({ hasText: '已保存' }).waitFor();
  }
}

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  server = await servePages();
  session = await launchWithExtension();
  await clipFixtures(session);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('library workspace (real Chromium)', () => {
  test('the roles page lists the fifteen standard roles with their saved-ad counts', async () => {
    const page = await openLibrary(session);
    await expect.poll(() => page.getByTestId('role-list').locator('li').count()).toBe(15);
    expect(await page.getByRole('link', { name: '美工/视觉设计' }).isVisible()).toBe(true);
    // Counts arrive after the roles are on screen.
    await expect.poll(() => page.locator('.role-card', { hasText: '美工/视觉设计' }).innerText()).toMatch(/1 条广告/);
    await shot(page, 'library-roles');
  });

  test('edit a duty, and restore the built-in text', async () => {
    const page = await openLibrary(session, '#/roles/designer');
    await page.getByRole('button', { name: '编辑“岗位职责”第 1 条' }).click();
    await page.getByLabel('“岗位职责”第 1 条的内容').fill('设计店铺首页、详情页和大促专题页');
    await page.getByLabel('“岗位职责”第 1 条的内容').press('Enter');
    await expect.poll(async () => (await readStore<{ id: string; duties: { text: string }[]; edited: boolean }>(page, 'roles')).find((r) => r.id === 'designer')?.duties[0]?.text).toBe(
      '设计店铺首页、详情页和大促专题页',
    );
    expect((await readStore<{ id: string; edited: boolean }>(page, 'roles')).find((r) => r.id === 'designer')?.edited).toBe(true);
    await shot(page, 'library-role-edit');
    await page.getByRole('button', { name: '恢复内置内容' }).click();
    await expect.poll(async () => (await readStore<{ id: string; edited: boolean }>(page, 'roles')).find((r) => r.id === 'designer')?.edited).toBe(false);
  });

  test('a duty\'s phrasings are edited on the role page; a pattern that cannot match is refused', async () => {
    const page = await openLibrary(session, '#/roles/hr');
    const phrasings = page.getByTestId('duty-phrasings');
    await phrasings.locator('details').first().locator('summary').click();
    const box = phrasings.getByLabel('写法（每行一个）').first();
    expect(await box.inputValue()).toContain('招聘');
    await box.fill('!招聘');
    await phrasings.getByRole('button', { name: '保存' }).first().click();
    await expect.poll(() => phrasings.getByRole('alert').first().innerText()).toContain('!招聘');
    await box.fill('招聘\n人才招募 + 渠道');
    await phrasings.getByRole('button', { name: '保存' }).first().click();
    await expect
      .poll(async () => (await readStore<{ id: string; duties: { phrasings?: string[] }[] }>(page, 'roles')).find((r) => r.id === 'hr')?.duties[0]?.phrasings)
      .toEqual(['招聘', '人才招募 + 渠道']);
    expect(await page.getByTestId('specialties').innerText()).toContain('招聘');
  });

  test('search the postings, tick two and compare them side by side', async () => {
    const page = await openLibrary(session, '#/postings');
    await expect.poll(() => page.getByTestId('postings-count').innerText()).toMatch(/^4 条广告/);
    await page.getByLabel('搜索').fill('千牛');
    await expect.poll(() => page.getByTestId('postings-count').innerText()).toMatch(/^1 条广告/);
    await page.getByLabel('搜索').fill('');
    await expect.poll(() => page.getByTestId('postings-count').innerText()).toMatch(/^4 条广告/);
    await page.getByLabel('选中“天猫店长”用于对比').check();
    await page.getByLabel('选中“淘宝运营专员”用于对比').check();
    await page.getByRole('link', { name: '对比选中的 2 条' }).click();
    const matrix = page.getByTestId('compare-matrix');
    await expect.poll(() => matrix.locator('thead th').count()).toBe(3);
    expect(await matrix.innerText()).toContain('天猫店长');
    expect(await matrix.locator('td.cell-yes').count()).toBeGreaterThan(0);
    await shot(page, 'library-compare');
  });

  test('a search in the URL is answered by the first screen from the stored index, then by the workspace with the same rows', async () => {
    const page = await session.context.newPage();
    // What the entry's first screen showed before the workspace replaced it.
    await page.addInitScript(() => {
      const seen: { rows: string[]; count: string }[] = [];
      (globalThis as unknown as { __first: typeof seen }).__first = seen;
      new MutationObserver(() => {
        const rows = [...document.querySelectorAll('#first-screen .posting-row .posting-row-title')].map((a) => a.textContent ?? '');
        const count = document.querySelector('#first-screen [data-testid="postings-count"]')?.textContent ?? '';
        if (rows.length && !seen.some((s) => s.count === count)) seen.push({ rows, count });
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`chrome-extension://${session.extensionId}/library.html#/postings?text=${encodeURIComponent('天猫')}`);
    // The first screen shows a count too: read the rows once the workspace's own list is live.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('roleclip:list-live').length)).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('postings-count').innerText()).toMatch(/^\d+ 条广告/);
    const rows = await page.locator('.posting-row .posting-row-title').allInnerTexts();
    expect(rows).toContain('天猫店长');
    expect(rows.length).toBeLessThan(4);
    const first = await page.evaluate(() => (globalThis as unknown as { __first: { rows: string[]; count: string }[] }).__first);
    // The library's 4 ads are one shard: the first screen's answer was already complete.
    expect(first).toEqual([{ rows, count: expect.stringMatching(new RegExp(`^${rows.length} 条广告`)) }]);
    const marks = await page.evaluate(() => Object.fromEntries(['roleclip:first-search', 'roleclip:list-live'].map((m) => [m, performance.getEntriesByName(m)[0]?.startTime ?? null])));
    expect(marks['roleclip:first-search']).not.toBeNull();
    expect(marks['roleclip:first-search']!).toBeLessThan(marks['roleclip:list-live']!);
    await page.close();
  });

  test('a posting page: comparison, JD check, tags edit', async () => {
    const page = await openLibrary(session, '#/postings');
    await page.getByRole('link', { name: '电商美工' }).click();
    await expect.poll(() => page.getByTestId('posting-detail').isVisible()).toBe(true);
    expect(await page.getByTestId('coverage-text').innerText()).toMatch(/^覆盖 \d+ \/ \d+ 项标准职责$/);
    expect(await page.getByTestId('jd-check').isVisible()).toBe(true);
    await page.getByLabel('标签（用逗号分隔）').fill('竞品');
    await page.getByRole('button', { name: '保存', exact: true }).first().click();
    await expect.poll(async () => (await readStore<{ title: string; tags: string[] }>(page, 'postings')).find((p) => p.title === '电商美工')?.tags).toEqual(['竞品']);
  });

  test('competitor statistics and a JD template exported as Markdown and Word', async () => {
    const page = await openLibrary(session, '#/roles/designer/competitors');
    await expect.poll(() => page.getByTestId('stats-count').innerText()).toBe('共 1 条已保存的广告');
    expect(await page.getByTestId('duty-frequency').locator('li').count()).toBeGreaterThan(3);
    // A duty added to the ad: the next open (or the background, if first) counts that ad's row in
    // from the stored totals, and its stored row (in its bucket) holds the new duty as an extra.
    const designer = (await readStore<{ id: string; title: string }>(page, 'postings')).find((p) => p.title === '电商美工')!;
    await page.goto(`chrome-extension://${session.extensionId}/library.html#/postings/${encodeURIComponent(designer.id)}`);
    await page.getByLabel('在“岗位职责”中新增一条').fill('负责公司年会的场地布置');
    await page.getByLabel('在“岗位职责”中新增一条').press('Enter');
    await expect.poll(async () => (await readStore<{ id: string; duties: string[] }>(page, 'postings')).find((p) => p.id === designer.id)?.duties).toContain('负责公司年会的场地布置');
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${session.extensionId}/library.html#/roles/designer/competitors`);
    await expect.poll(() => page.getByTestId('stats-count').innerText()).toBe('共 1 条已保存的广告');
    type Bucket = { roleId: string; rows: { id: string; extraDuties: [number, string, string][] }[] };
    await expect.poll(async () => (await readStore<Bucket>(page, 'statsRows')).filter((b) => b.roleId === 'designer').flatMap((b) => b.rows).find((r) => r.id === designer.id)?.extraDuties.map(([, item]) => item)).toContain('负责公司年会的场地布置');
    await page.goto(`chrome-extension://${session.extensionId}/library.html#/roles/designer/template`);
    await expect.poll(() => page.getByTestId('template-builder').isVisible()).toBe(true);
    await page.getByTestId('template-salary').fill('8-12K·13薪');
    const md = await downloaded(page, () => page.getByRole('button', { name: '下载 Markdown' }).click());
    expect(md.name).toMatch(/\.md$/);
    const text = md.body.toString('utf8');
    expect(text).toContain('## 岗位职责');
    expect(text).toContain('8-12K·13薪');
    const docx = await downloaded(page, () => page.getByRole('button', { name: '下载 Word (.docx)' }).click());
    expect(docx.name).toMatch(/\.docx$/);
    expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    await shot(page, 'library-template');
  });

  test('a backup restored into an empty profile gives back the same library', async () => {
    const page = await openLibrary(session, '#/data');
    const backup = await downloaded(page, () => page.getByTestId('export-backup').click());
    const other = await launchWithExtension();
    try {
      const empty = await openLibrary(other, '#/data');
      await empty.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup.body });
      await expect.poll(() => empty.getByTestId('data-status').innerText()).toContain('预览');
      await empty.getByLabel('同时恢复设置（语言等）').check();
      await empty.getByTestId('import-confirm').click();
      await expect.poll(() => empty.getByTestId('data-status').innerText()).toContain('已导入');
      const again = await downloaded(empty, () => empty.getByTestId('export-backup').click());
      // Everything but the moment of export must be the same, byte for byte.
      const strip = (b: Buffer) => b.toString('utf8').replace(/"exportedAt":\s*"[^"]*"/, '"exportedAt":""');
      writeFileSync(join(OUT_DIR, 'backup-1.json'), backup.body);
      writeFileSync(join(OUT_DIR, 'backup-2.json'), again.body);
      expect(strip(again.body)).toBe(strip(backup.body));
      await shot(empty, 'library-restored');
    } finally {
      await other.close();
    }
  });

  test('a malformed import is refused with what is wrong where, and changes nothing', async () => {
    const page = await openLibrary(session, '#/data');
    const before = (await readStore(page, 'postings')).length;
    const bad = JSON.stringify({ format: 'roleclip-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', roles: [], aliases: [], postings: [{ id: 42 }], settings: null });
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('postings[0]');
    expect((await readStore(page, 'postings')).length).toBe(before);
  });
});

describe("the list's first screen from its stored copy (real Chromium)", () => {
  let own: ExtensionSession;
  beforeAll(async () => {
    own = await launchWithExtension();
  });
  afterAll(async () => {
    await own?.close();
  });
  type HeadArea = { chrome: { storage: { local: { get(key: string): Promise<Record<string, { rows: { title: string }[] } | undefined>> } } } };
  const head = (page: Page) => page.evaluate(async () => (await (globalThis as unknown as HeadArea).chrome.storage.local.get('libraryListHead')).libraryListHead?.rows.map((r) => r.title) ?? null);
  const firstScreen = async (hash = '#/postings') => {
    const page = await openLibrary(own, hash);
    await page.getByTestId('postings-count').filter({ hasText: /条广告/ }).waitFor();
    return page;
  };

  test('kept by the background, painted before IndexedDB answers, dropped and put back after a save and a deletion', async () => {
    const { popup } = await openPopupFor(own, url('job-basic.html'));
    await popup.getByRole('button', { name: '保存到岗位库' }).click();
    await popup.getByTestId('status-ok').filter({ hasText: '已保存' }).waitFor();
    await popup.close();
    // The popup's save dropped the copy; the background reads it again once the writes settle.
    const page = await firstScreen();
    await expect.poll(() => head(page)).toEqual(['淘宝运营专员']);
    // The next open paints it before its IndexedDB read, then the live list takes over.
    const again = await firstScreen();
    expect(await again.evaluate(() => performance.getEntriesByName('roleclip:first-paint-head').length)).toBe(1);
    expect(await again.locator('.posting-row .posting-row-title').allInnerTexts()).toEqual(['淘宝运营专员']);
    // A second ad saved: the copy names it first; then the first one deleted in the library.
    const { popup: p } = await openPopupFor(own, url('careers.html'));
    await p.getByTestId('posting-picker').getByRole('button', { name: /天猫店长/ }).click();
    await p.getByRole('button', { name: '保存到岗位库' }).click();
    await p.getByTestId('status-ok').filter({ hasText: '已保存' }).waitFor();
    await p.close();
    await expect.poll(() => head(again)).toEqual(['天猫店长', '淘宝运营专员']);
    await again.getByRole('link', { name: '淘宝运营专员' }).click();
    await again.getByRole('button', { name: '删除这条广告' }).click();
    await expect.poll(() => head(again)).toEqual(['天猫店长']);
    const last = await firstScreen();
    await expect.poll(() => last.locator('.posting-row .posting-row-title').allInnerTexts()).toEqual(['天猫店长']);
  });
});
