import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupFor, OUT_DIR, readStore, servePages, type ExtensionSession } from './harness';
import { measurePopup } from './speed';

/**
 * The popup in real headless Chromium, on fixture pages served from 127.0.0.1. Every test leaves
 * a screenshot in test/e2e/out/. The last test checks that nothing was requested from anywhere but
 * the extension and the test server.
 */
let session: ExtensionSession;
let server: Awaited<ReturnType<typeof servePages>>;
const url = (page: string) => `${server.origin}/${page}`;
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT_DIR, `${name}.png`), fullPage: true });
const text = (page: Page, testId: string) => page.getByTestId(testId).first().innerText();

interface PostingRow {
  id: string;
  title: string;
  roleId: string | null;
  roleAssignedBy: string | null;
  tags: string[];
  note: string;
  duties: string[];
  canonicalUrl: string;
}

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  server = await servePages();
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('popup (real Chromium)', () => {
  test('a single-posting page shows the role, the coverage and the three lists', async () => {
    const { popup } = await openPopupFor(session, url('job-basic.html'));
    await expect.poll(() => text(popup, 'role-name')).toBe('运营专员');
    expect(await text(popup, 'posting-title')).toBe('淘宝运营专员');
    expect(await text(popup, 'role-confidence')).toMatch(/置信度 \d+%/);
    expect(await text(popup, 'coverage-text')).toMatch(/^覆盖 [1-9]\d* \/ \d+ 项标准职责$/);
    expect(await popup.getByTestId('covered-list').locator('li').count()).toBeGreaterThan(0);
    expect(await popup.getByTestId('covered-list').innerText()).toContain('广告原文：');
    expect(await popup.getByTestId('missing-list').locator('li').count()).toBeGreaterThan(0);
    await expect.poll(() => popup.getByTestId('extra-list').isVisible()).toBe(true);
    expect(await text(popup, 'req-experience')).toContain('经验');
    await expect.poll(() => text(popup, 'competitors')).toContain('还没有保存过');
    await shot(popup, 'popup-single-posting');
  });

  test('a careers page lists its postings; picking one shows its comparison', async () => {
    const { popup } = await openPopupFor(session, url('careers.html'));
    const picker = popup.getByTestId('posting-picker');
    await expect.poll(() => picker.locator('button').count()).toBe(3);
    expect(await picker.innerText()).toContain('天猫店长');
    await shot(popup, 'popup-careers-list');
    await picker.getByRole('button', { name: /电商美工/ }).click();
    await expect.poll(() => text(popup, 'role-name')).toBe('美工/视觉设计');
    expect(await text(popup, 'posting-title')).toBe('电商美工');
    await popup.getByRole('button', { name: /返回职位列表/ }).click();
    await expect.poll(() => picker.locator('button').count()).toBe(3);
  });

  test('a page that is not a job ad says so and offers the ways on', async () => {
    const { popup } = await openPopupFor(session, url('not-job.html'));
    await expect.poll(() => text(popup, 'not-job')).toContain('这个页面看起来不是招聘广告。');
    expect(await text(popup, 'not-job')).toContain('剪藏选中文字到岗位夹');
    expect(await popup.getByLabel('粘贴招聘文字').isVisible()).toBe(true);
    await shot(popup, 'popup-not-job');
  });

  test('the paste box runs the same engine', async () => {
    const { popup } = await openPopupFor(session, url('not-job.html'));
    await popup.getByLabel('粘贴招聘文字').fill(
      '客服专员\n岗位职责：1、通过千牛接待顾客咨询，促成订单；2、处理退换货和售后问题；3、跟进物流异常，维护店铺动态评分。任职要求：1、打字速度每分钟50字以上；2、有天猫客服经验优先。',
    );
    await popup.getByRole('button', { name: '分析' }).click();
    await expect.poll(() => text(popup, 'role-name')).toBe('客服');
    expect(await popup.getByTestId('covered-list').locator('li').count()).toBeGreaterThan(0);
    await shot(popup, 'popup-pasted');
  });

  test('the JD check of the ad on screen: a compact line that opens to each issue', async () => {
    const { popup } = await openPopupFor(session, url('not-job.html'));
    await popup.getByLabel('粘贴招聘文字').fill('仓库文员\n岗位职责：\n1、负责出入库登记\n任职要求：\n1、女，25-35岁\n2、本地户口优先\n3、熟练使用Excel');
    await popup.getByRole('button', { name: '分析' }).click();
    const line = popup.getByTestId('jd-check-line');
    await expect.poll(() => line.innerText()).toBe('JD 检查：3 处可能违规');
    expect(await popup.getByTestId('jd-issue').first().isVisible()).toBe(false);
    await line.locator('summary').click();
    await expect.poll(() => popup.getByTestId('jd-issue').count()).toBe(3);
    expect(await popup.getByTestId('jd-issue').first().innerText()).toContain('性别');
    await shot(popup, 'popup-jd-check');
    const clean = await openPopupFor(session, url('job-basic.html'));
    await expect.poll(() => clean.popup.getByTestId('jd-check-line').innerText()).toBe('JD 检查：未发现可能违规的表述');
  });

  test('a page that never finishes loading: the popup gives up in time, says so and offers the paste box', async () => {
    const started = Date.now();
    const { popup } = await openPopupFor(session, url('never-loads.html'), { waitUntil: 'commit' });
    await expect.poll(() => popup.getByRole('alert').first().innerText().catch(() => ''), { timeout: 15_000 }).toContain('秒内没有读完');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await popup.getByTestId('skeleton').count()).toBe(0);
    expect(await popup.getByLabel('粘贴招聘文字').isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
    await shot(popup, 'popup-read-timeout');
  });

  test('save with tags and a note; reopening shows the duplicate notice and updates in place', async () => {
    const first = await openPopupFor(session, url('job-basic.html?utm_source=wechat'));
    await expect.poll(() => text(first.popup, 'role-name')).not.toBe('');
    await first.popup.getByLabel('标签（用逗号分隔）').fill('竞品，杭州');
    await first.popup.getByLabel('备注').fill('比我们的要求高');
    await first.popup.getByRole('button', { name: '保存到岗位库' }).click();
    await expect.poll(() => text(first.popup, 'status-ok')).toBe('已保存');
    let rows = await readStore<PostingRow>(first.popup, 'postings');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: '淘宝运营专员', roleId: 'operations-specialist', roleAssignedBy: 'matcher', tags: ['竞品', '杭州'], note: '比我们的要求高' });
    expect(rows[0]!.canonicalUrl).toBe(url('job-basic.html'));

    const again = await openPopupFor(session, url('job-basic.html?lid=2'));
    await expect.poll(() => text(again.popup, 'duplicate-notice')).toContain('这条广告已经保存过');
    await shot(again.popup, 'popup-duplicate');
    await again.popup.getByRole('button', { name: '更新已保存的记录' }).click();
    await expect.poll(() => text(again.popup, 'status-ok')).toBe('已更新已保存的岗位');
    rows = await readStore<PostingRow>(again.popup, 'postings');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe('比我们的要求高');
    expect(rows[0]!.tags).toEqual(['竞品', '杭州']);
  });

  test('an extra item is added to the role; copy as Markdown; open the saved posting in the library', async () => {
    const { popup } = await openPopupFor(session, url('not-job.html'));
    await popup.getByLabel('粘贴招聘文字').fill(
      '美工设计师\n岗位职责：\n1、负责店铺首页和商品详情页的设计；\n2、制作商品主图和活动海报；\n3、负责线下门店橱窗陈列道具的采购与布置。\n任职要求：\n1、熟练使用Photoshop。',
    );
    await popup.getByRole('button', { name: '分析' }).click();
    await expect.poll(() => text(popup, 'role-name')).toBe('美工/视觉设计');
    // A broad role is compared with the ad's specialty first; the whole role is one click away.
    expect(await text(popup, 'coverage-scope')).toContain('按专长比较：电商视觉');
    expect(await text(popup, 'coverage-text')).toMatch(/^覆盖 \d+ \/ 5 项标准职责$/);
    await popup.getByRole('button', { name: '查看整个岗位（9 项）' }).click();
    expect(await text(popup, 'coverage-text')).toMatch(/^覆盖 \d+ \/ 9 项标准职责$/);
    const extra = popup.getByTestId('extra-list').locator('li', { hasText: '橱窗陈列' });
    await extra.getByRole('button', { name: '加入该岗位职责' }).click();
    // The role now has the duty, so the ad covers it: the item moves from "extra" to "covered".
    await expect.poll(() => text(popup, 'coverage-text')).toMatch(/^覆盖 \d+ \/ 10 项标准职责$/);
    expect(await text(popup, 'covered-list')).toContain('负责线下门店橱窗陈列道具的采购与布置');
    expect(await text(popup, 'extra-list')).not.toContain('橱窗陈列');
    const roles = await readStore<{ id: string; duties: { text: string }[]; edited: boolean }>(popup, 'roles');
    const designer = roles.find((r) => r.id === 'designer')!;
    expect(designer.duties.at(-1)!.text).toBe('负责线下门店橱窗陈列道具的采购与布置');
    expect(designer.edited).toBe(true);

    // Copy as Markdown: what reaches the clipboard.
    await popup.evaluate(() => {
      (window as unknown as { copied: string[] }).copied = [];
      navigator.clipboard.writeText = async (value: string) => void (window as unknown as { copied: string[] }).copied.push(value);
    });
    await popup.getByRole('button', { name: '复制为 Markdown' }).click();
    await expect.poll(() => popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '')).toContain('# 美工设计师');
    expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0])).toContain('## 岗位职责\n\n1. 负责店铺首页和商品详情页的设计');

    await popup.getByRole('button', { name: '保存到岗位库' }).click();
    await expect.poll(() => text(popup, 'status-ok')).toBe('已保存');
    const [library] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('button', { name: '打开岗位库' }).last().click()]);
    await library.waitForLoadState();
    expect(library.url()).toMatch(/\/library\.html#\/postings\/.+/);
    await expect.poll(() => library.getByTestId('posting-title').innerText()).toBe('美工设计师');
    await library.close();
  });

  test('marking sentences teaches the comparison, for this ad and the next', async () => {
    const ad = '人事专员\n岗位职责：\n1、负责员工招聘与面试安排；\n2、负责对接外部人力资源服务供应商；\n任职要求：\n1、大专以上学历。';
    const { popup } = await openPopupFor(session, url('not-job.html'));
    await popup.getByLabel('粘贴招聘文字').fill(ad);
    await popup.getByRole('button', { name: '分析' }).click();
    await expect.poll(() => text(popup, 'role-name')).toBe('人力资源');
    // "Which standard duty is this": the extra item now covers the duty it was marked with.
    const extra = popup.getByTestId('extra-list').locator('li', { hasText: '人力资源服务供应商' });
    await extra.getByLabel('这句属于哪项标准职责').selectOption('hr.channels');
    await expect.poll(() => popup.getByTestId('covered-list').locator('[data-duty="hr.channels"]').innerText()).toContain('负责对接外部人力资源服务供应商');
    // "Not this duty": the sentence no longer covers recruiting.
    const recruiting = popup.getByTestId('covered-list').locator('[data-duty="hr.recruiting"]');
    await recruiting.getByRole('button', { name: /^这句不是/ }).first().click();
    await expect.poll(() => popup.getByTestId('covered-list').locator('[data-duty="hr.recruiting"]').count()).toBe(0);
    const roles = await readStore<{ id: string; duties: { id: string; marks?: { text: string; polarity: string }[] }[] }>(popup, 'roles');
    const hr = roles.find((r) => r.id === 'hr')!;
    expect(hr.duties.find((d) => d.id === 'hr.channels')!.marks).toMatchObject([{ polarity: 'covers' }]);
    expect(hr.duties.find((d) => d.id === 'hr.recruiting')!.marks).toMatchObject([{ polarity: 'not' }]);

    // A later ad with the same sentence is read the way the user taught.
    const later = await openPopupFor(session, url('not-job.html'));
    await later.popup.getByLabel('粘贴招聘文字').fill(ad.replace('人事专员', '人事助理'));
    await later.popup.getByRole('button', { name: '分析' }).click();
    await expect.poll(() => later.popup.getByTestId('covered-list').locator('[data-duty="hr.channels"]').count()).toBe(1);
    expect(await later.popup.getByTestId('covered-list').locator('[data-duty="hr.recruiting"]').count()).toBe(0);
  });

  test('reassigning teaches the title to the role', async () => {
    const { popup } = await openPopupFor(session, url('job-jsonld.html'));
    await expect.poll(() => text(popup, 'posting-title')).toBe('Customer Service Representative (E-commerce)');
    await popup.getByLabel('改为').selectOption({ label: '运营专员' });
    await expect.poll(() => text(popup, 'role-name')).toBe('运营专员');
    const aliases = await readStore<{ text: string; roleId: string }>(popup, 'aliases');
    expect(aliases.map((a) => [a.text, a.roleId])).toContainEqual(['Customer Service Representative (E-commerce)', 'operations-specialist']);
    // The next open of the same ad uses the taught title.
    const again = await openPopupFor(session, url('job-jsonld.html'));
    await expect.poll(() => text(again.popup, 'role-name')).toBe('运营专员');
    expect(await text(again.popup, 'role-evidence')).toContain('你教过的名称');
  });

  test('"clip selection" saves the selected text as a posting and confirms on the badge', async () => {
    const { page, popup, tabId } = await openPopupFor(session, url('careers.html'));
    await page.evaluate(() => {
      const section = document.querySelectorAll('section.job')[2]!;
      const range = document.createRange();
      range.selectNodeContents(section);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    const before = (await readStore<PostingRow>(popup, 'postings')).length;
    const reply = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'clip-selection', tabId: id }), tabId);
    expect(reply).toMatchObject({ ok: true, type: 'clipped', status: 'created', title: '售后客服' });
    const rows = await readStore<PostingRow>(popup, 'postings');
    expect(rows).toHaveLength(before + 1);
    const clipped = rows.find((r) => r.title === '售后客服')!;
    expect(clipped.roleId).toBe('customer-service');
    expect(clipped.duties[0]).toBe('通过千牛处理顾客的退换货和投诉');
    expect(await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
    // The background reads the body model from a file of the package (platform/body-model-asset.ts),
    // not from its own script: the file is there for the worker, whole.
    const model = await session.worker.evaluate(async () => {
      const res = await fetch('/body-model.json');
      const data = (await res.json()) as { classes: string[]; terms: string };
      return { status: res.status, roles: data.classes.filter((c) => !c.startsWith('outside:')).length, terms: data.terms.split('\n').length };
    });
    expect(model.status).toBe(200);
    expect(model.roles).toBe(15);
    expect(model.terms).toBeGreaterThan(1000);
  });

  test('English, from the language switch, is kept', async () => {
    const { popup } = await openPopupFor(session, url('job-basic.html'));
    await expect.poll(() => text(popup, 'role-name')).not.toBe('');
    await popup.getByLabel('语言').selectOption('en');
    await expect.poll(() => popup.getByRole('heading', { name: 'Duties compared' }).count()).toBe(1);
    await shot(popup, 'popup-english');
    const again = await openPopupFor(session, url('job-basic.html'));
    await expect.poll(() => again.popup.getByRole('heading', { name: 'Duties compared' }).count()).toBe(1);
    await again.popup.getByLabel('Language').selectOption('zh_CN');
  });

  test('every control is reachable by keyboard', async () => {
    const { popup } = await openPopupFor(session, url('job-basic.html'));
    await expect.poll(() => text(popup, 'role-name')).not.toBe('');
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Tab');
      reached.add(await popup.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.slice(0, 20) ?? ''}`));
    }
    expect([...reached].some((r) => /^BUTTON:(保存到岗位库|更新已保存的记录)/.test(r))).toBe(true);
    expect([...reached].some((r) => r.startsWith('SELECT:'))).toBe(true);
    expect([...reached].some((r) => r.startsWith('SUMMARY:'))).toBe(true);
  });

  test('the same short paste twice: the second says it is already saved', async () => {
    const paste = '客服专员\n岗位职责：回复顾客咨询\n任职要求：打字快';
    const first = await openPopupFor(session, url('not-job.html'));
    await first.popup.getByLabel('粘贴招聘文字').fill(paste);
    await first.popup.getByRole('button', { name: '分析' }).click();
    await first.popup.getByRole('button', { name: '保存到岗位库' }).click();
    await expect.poll(() => text(first.popup, 'status-ok')).toBe('已保存');
    const again = await openPopupFor(session, url('not-job.html'));
    await again.popup.getByLabel('粘贴招聘文字').fill(paste);
    await again.popup.getByRole('button', { name: '分析' }).click();
    await expect.poll(() => text(again.popup, 'duplicate-notice')).toContain('这条广告已经保存过');
    await again.popup.getByRole('button', { name: '更新已保存的记录' }).click();
    await expect.poll(() => text(again.popup, 'status-ok')).toBe('已更新已保存的岗位');
    const rows = await readStore<PostingRow>(again.popup, 'postings');
    expect(rows.filter((r) => r.title === '客服专员')).toHaveLength(1);
  });

  // What one open loads (the session's requests during it): Readability and OpenCC's dictionaries
  // are chunks of their own, loaded only for a page that needs them (platform/popup/start.ts,
  // converter.ts); `npm run bench -- popup` counts what an open of job-basic / job-jsonld loads.
  const chunksLoaded = async (page: string, role?: string | null) => {
    const from = session.requests.length;
    const { popup } = await openPopupFor(session, url(page));
    if (role === null) await expect.poll(() => popup.getByTestId('not-job').count()).toBe(1);
    else if (role) await expect.poll(() => text(popup, 'role-name')).toBe(role);
    else await expect.poll(() => text(popup, 'posting-title')).toMatch(/\S/);
    const loaded = session.requests.slice(from).filter((r) => r.startsWith(`chrome-extension://${session.extensionId}/`));
    const has = (name: string) => loaded.some((r) => new RegExp(`/chunks/${name}-[^/]+\\.js$`).test(r));
    return { popup, loaded, readability: has('readability'), opencc: has('opencc'), opens: loaded.filter((r) => /\/popup\.html/.test(r)).length };
  };

  test('an open of a Simplified job page loads neither Readability nor OpenCC', async () => {
    // Until the library is seeded and the background has stored its index parts (the first opens of
    // a new profile), the popup builds the index from the roles' aliases, with OpenCC.
    for (let i = 0; (await chunksLoaded('job-basic.html', '运营专员')).opencc; i++) {
      if (i === 20) throw new Error('the index parts were never stored');
      await new Promise((done) => setTimeout(done, 500));
    }
    for (const page of ['job-basic.html', 'job-jsonld.html']) {
      const { readability, opencc, opens } = await chunksLoaded(page, page === 'job-basic.html' ? '运营专员' : undefined);
      expect({ page, readability, opencc, opens }).toEqual({ page, readability: false, opencc: false, opens: 1 });
    }
  });

  test("Dexie's chunk is asked for after the comparison is on screen, and the competitor line, read through it, still comes", async () => {
    const from = session.requests.length;
    const { popup } = await chunksLoaded('job-basic.html', '运营专员');
    // Asked for once the first answer is painted, which may be just after the role shows: waited for.
    await expect.poll(() => session.requests.slice(from).some((r) => /\/chunks\/library-access-[^/]+\.js$/.test(r))).toBe(true);
    // The competitor line is Dexie's read: once it shows, the chunk has loaded.
    await expect.poll(() => popup.getByTestId('competitors').count(), { timeout: 15_000 }).toBe(1);
    const order = await popup.evaluate(() => {
      const rendered = performance.getEntriesByName('roleclip:rendered')[0]?.startTime ?? null;
      const dexie = performance.getEntriesByName('roleclip:library-access')[0]?.startTime ?? null;
      return { rendered, dexie };
    });
    expect(order.rendered).not.toBeNull();
    expect(order.dexie).not.toBeNull();
    expect(order.dexie!).toBeGreaterThan(order.rendered!);
  });

  test('a job ad with no section headings (a blog post) loads Readability and is read from its article', async () => {
    const { popup, readability, opencc } = await chunksLoaded('job-blog.html', '客服');
    expect({ readability, opencc }).toEqual({ readability: true, opencc: false });
    expect(await text(popup, 'posting-title')).toBe('小店招一位客服');
    expect(await popup.getByTestId('covered-list').locator('li').count()).toBeGreaterThan(0);
  });

  test('a Traditional-Chinese ad loads OpenCC and is compared as its Simplified form', async () => {
    const { popup, readability, opencc, opens } = await chunksLoaded('job-traditional.html', '运营专员');
    expect({ readability, opencc, opens }).toEqual({ readability: false, opencc: true, opens: 1 });
    expect(await text(popup, 'posting-title')).toBe('電商營運專員');
    expect(await popup.getByTestId('covered-list').locator('li').count()).toBeGreaterThan(0);
    await shot(popup, 'popup-traditional');
  });

  test('Traditional characters the page writes as JSON escapes: the popup starts over with OpenCC first and shows the same', async () => {
    const { popup, opencc, opens } = await chunksLoaded('job-escaped.html', '运营专员');
    expect({ opencc, opens }).toEqual({ opencc: true, opens: 2 });
    expect(await text(popup, 'posting-title')).toBe('電商營運專員');
    const plain = await openPopupFor(session, url('job-traditional.html'));
    await expect.poll(() => text(plain.popup, 'coverage-text')).toBe(await text(popup, 'coverage-text'));
  });

  test('speed: popup open to rendered comparison (recorded for npm run bench)', async () => {
    const timings = await measurePopup(session, [url('job-basic.html'), url('job-jsonld.html')], 7);
    mkdirSync('.output/test-results', { recursive: true });
    writeFileSync('.output/test-results/popup-speed.json', JSON.stringify({ measuredAt: new Date().toISOString(), timings }, null, 2));
    expect(Object.values(timings).flat()).toHaveLength(14);
    expect(Object.values(timings).flat().every((ms) => ms > 0)).toBe(true);
  });

  test('the extension requests nothing outside itself and the test page', () => {
    const foreign = session.requests.filter(
      (requested) => !requested.startsWith(`chrome-extension://${session.extensionId}/`) && !requested.startsWith(server.origin),
    );
    expect(session.requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });
});
