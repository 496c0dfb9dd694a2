import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import type { PartContext } from './run-parts';
import { findChromium } from '../test/e2e/chromium';
import { launchWithExtension } from '../test/e2e/harness';
import { median } from '../test/e2e/speed';
import { insertLibrary, literal, SEARCHES } from './scale-library';

/**
 * The library workspace with 10,000 saved postings in headless Chromium (issue #6): opening the
 * workspace (the roles page and the posting list's first screen), a search, and opening a role's
 * comparison, each timed until the result is on screen. Target: each under 200 ms.
 */

const COUNT = 10_000;
const RUNS = 5;

/** What starts a timed step: a route change, or text typed into an input (as React sees it). */
type Action = { hash: string } | { type: string; into: string };

/** Time from the action (done in the page) until `selector` shows text matching `done`. */
async function timeUntil(page: Page, action: Action, selector: string, done: string): Promise<number> {
  return page.evaluate(
    ([act, sel, doneSource]) =>
      new Promise<number>((resolve, reject) => {
        const re = new RegExp(doneSource);
        const t0 = performance.now();
        const check = () => {
          const el = document.querySelector(sel);
          if (el && re.test(el.textContent ?? '')) {
            observer.disconnect();
            resolve(performance.now() - t0);
            return true;
          }
          return false;
        };
        const observer = new MutationObserver(() => void check());
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        if ('hash' in act) location.hash = act.hash;
        else {
          const input = document.querySelector<HTMLInputElement>(act.into)!;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, act.type);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        if (!check()) setTimeout(() => reject(new Error(`timeout waiting for ${sel}`)), 20_000);
      }),
    [action, selector, done] as const,
  );
}

const report = (label: string, list: number[], target = true) =>
  console.log(`${label}: median ${median(list).toFixed(0)} ms (runs: ${list.map((x) => x.toFixed(0)).join(', ')}${target ? '; target < 200 ms' : ''})`);

export default async function (_ctx: PartContext): Promise<void> {
  if (!findChromium()) return console.log('library UI: skipped (no Chromium; set CHROME_PATH)');
  if (spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, ROLECLIP_E2E: '1' } }).status !== 0) throw new Error('e2e build failed');
  const session = await launchWithExtension();
  // tsx (esbuild keepNames) wraps functions in __name(); functions sent to the page need it too.
  await session.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  try {
    const base = `chrome-extension://${session.extensionId}/library.html`;
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${base}#/roles`);
    await page.getByTestId('role-list').first().waitFor();
    const expected = await insertLibrary(page, COUNT);
    // A posting with a role, for the posting page's comparison.
    const designerPosting = expected.newestOf!.designer!;
    console.log(`fixture: ${COUNT} generated postings (lib/library/generate.ts, seed 1) in IndexedDB`);
    // Written behind RoleClip's back, like a library from before its stored search index: the
    // workspace indexes them once, in the background. Timed apart, then out of the way.
    const t0 = Date.now();
    await page.goto('about:blank');
    await page.goto(`${base}#/roles`);
    await page.waitForFunction(() => !document.querySelector('[data-testid="background-work"]'), undefined, { timeout: 600_000, polling: 200 });
    console.log(`one-off indexing of those postings (as after an upgrade): ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const open: number[] = [];
    const list: number[] = [];
    const search: number[] = [];
    const role: number[] = [];
    const roleFirst: number[] = [];
    const posting: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Opening the workspace: a fresh page load, until the roles (with counts) are on screen.
      await page.goto('about:blank');
      await page.goto(`${base}#/roles`);
      open.push(await page.evaluate(() => new Promise<number>((done) => {
        const check = () => (document.querySelector('[data-testid="role-list"] li') ? done(performance.now()) : requestAnimationFrame(check));
        check();
      })));
      // The posting list's first screen (fresh load), then a search once the index is ready.
      await page.goto('about:blank');
      await page.goto(`${base}#/postings`);
      list.push(await page.evaluate(() => new Promise<number>((done) => {
        const check = () => (document.querySelector('.posting-row') ? done(performance.now()) : requestAnimationFrame(check));
        check();
      })));
      // A search once the index holds every posting (its count line reads "N 条广告" then).
      await page.getByTestId('postings-count').filter({ hasText: /^\d+ 条广告/ }).waitFor({ timeout: 120_000 });
      // Until that search's own count is on screen (the count line shows the previous one until then).
      const text = SEARCHES[i % SEARCHES.length]!;
      const want = expected.searches.get(text)!;
      search.push(await timeUntil(page, { type: text, into: '[data-testid="search"]' }, '[data-testid="postings-count"]', `^${want.total} 条广告`));
      if (want.total) await page.locator('.posting-row .posting-row-title').first().filter({ hasText: new RegExp(`^${literal(want.first)}$`) }).waitFor();
      // First the newest ads' statistics on screen, then all of them (timed from the same click).
      const t0 = Date.now();
      roleFirst.push(await timeUntil(page, { hash: '#/roles/designer/competitors' }, '[data-testid="stats-count"]', '条'));
      await page.getByTestId('stats-count').filter({ hasText: '已保存的广告' }).waitFor({ timeout: 30_000 });
      role.push(Date.now() - t0);
      posting.push(await timeUntil(page, { hash: `#/postings/${designerPosting}` }, '[data-testid="coverage-text"]', '覆盖'));
    }
    report('open the workspace (roles page, fresh load, navigation to roles on screen)', open);
    await page.goto('about:blank');
    await page.goto(`${base}#/roles`);
    await page.getByTestId('role-list').first().waitFor();
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('roleclip:')).map((m) => `${m.name.slice(9)} ${m.startTime.toFixed(0)}`));
    console.log(`  roles page stages (ms after navigation): ${marks.join(', ')}`);
    report('posting list first screen (fresh load, navigation to rows on screen)', list);
    report('search at 10,000 (typed to its own count on screen)', search);
    report("open a role's comparison, first screen (designer: statistics of its newest 50 ads, cold page)", roleFirst);
    report('  the same, until the statistics cover all of its 791 ads', role, false);
    await page.goto('about:blank');
    await page.goto(`${base}#/roles`);
    await page.getByTestId('role-list').first().waitFor();
    const full = await timeUntil(page, { hash: '#/roles/designer/competitors' }, '[data-testid="stats-count"]', '已保存的广告');
    console.log(`  a role's comparison over all its ads, first open in a fresh page: ${full.toFixed(0)} ms`);
    const statMarks = await page.evaluate(() => ['route', 'stats-start', 'stats-read', 'stats-first'].map((n) => performance.getEntriesByName(`roleclip:${n}`).at(-1)?.startTime ?? NaN));
    console.log(
      `  its stages: route to the panel asking ${(statMarks[1]! - statMarks[0]!).toFixed(0)} ms, reading the role's ads ${(statMarks[2]! - statMarks[1]!).toFixed(0)} ms, statistics of the newest ones ${(statMarks[3]! - statMarks[2]!).toFixed(0)} ms`,
    );
    report("open a posting's comparison", posting);
  } finally {
    await session.close();
  }
}
