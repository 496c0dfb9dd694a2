import type { BrowserContext, Page } from 'playwright-core';
import type { Posting } from '../lib/db/schemas';
import { postingStream } from '../lib/library/generate';
import { newestFirst, queryTerms, searchText } from '../lib/library/search';
import { EMPTY_JOURNAL, noteEverything, type StatsJournal } from '../lib/db/stats-journal';

/**
 * The library half of `npm run bench -- scale`: a generated library written into the extension's
 * IndexedDB, what a correct answer looks like for each measured step (worked out here, in Node,
 * with the same search semantics), and a watcher installed in the page before any of its scripts
 * runs, so each time is read in the page itself from the start of navigation.
 */

export const SEARCHES = ['天猫 直通车', '运营', 'photoshop', '客服 售后', '主播'];

export interface Expected {
  count: number;
  /** Per search text: how many ads match, and the newest one's title. */
  searches: Map<string, { total: number; first: string }>;
  /** The role with the most ads, how many it has, and its newest ad (edited to time an update). */
  biggestRole: { id: string; count: number; sample?: string } | null;
  /** Each role's newest ad. */
  newestOf?: Record<string, string>;
}

/** Writes `count` generated postings (seed 1) through raw IndexedDB, 1,000 per transaction. */
export async function insertLibrary(page: Page, count: number): Promise<Expected> {
  const perRole = new Map<string, number>();
  const newestOf = new Map<string, string>();
  const compiled = SEARCHES.map((text) => ({ text, terms: queryTerms(text), total: 0, first: null as Posting | null }));
  let chunk: Posting[] = [];
  const flush = async () => {
    if (!chunk.length) return;
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('roleclip');
          open.onsuccess = () => {
            const tx = open.result.transaction('postings', 'readwrite');
            for (const row of rows) tx.objectStore('postings').put(row);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      chunk,
    );
    chunk = [];
  };
  for (const p of postingStream({ count, seed: 1 })) {
    if (p.roleId) perRole.set(p.roleId, (perRole.get(p.roleId) ?? 0) + 1);
    if (p.roleId && !newestOf.has(p.roleId)) newestOf.set(p.roleId, p.id);
    const hay = searchText(p);
    for (const q of compiled) {
      if (!q.terms.every((t) => hay.includes(t))) continue;
      q.total++;
      if (!q.first || newestFirst(p, q.first) < 0) q.first = p;
    }
    chunk.push(p);
    if (chunk.length === 1000) await flush();
  }
  await flush();
  await markEverythingChanged(page);
  const biggest = [...perRole].sort((a, b) => b[1] - a[1])[0];
  return {
    count,
    searches: new Map(compiled.map((q) => [q.text, { total: q.total, first: q.first?.title ?? '' }])),
    biggestRole: biggest ? { id: biggest[0], count: biggest[1], sample: newestOf.get(biggest[0]) } : null,
    newestOf: Object.fromEntries(newestOf),
  };
}

/**
 * The rows above were written around RoleClip's database middleware, which is what advances the
 * statistics journal (lib/db/stats-journal.ts) on every write. Statistics the extension computed
 * while they were being written (the background keeps roles' statistics current) would stay
 * "current" over a library they saw a part of: a 100,000-ad profile's biggest role settled on 86
 * of its 7,870 ads. Written last, as a restore notes its write (noteEverything): every role's
 * cached statistics are stale, and the next reader recomputes them from all the ads.
 */
async function markEverythingChanged(page: Page): Promise<void> {
  // The journal's own rule (noteEverything, the one a restore calls), applied here between a read
  // and a write of its row; nothing else writes postings meanwhile, so nothing else moves it.
  const meta = (mode: 'get' | 'put', row?: StatsJournal) =>
    page.evaluate(
      ([mode, row]) =>
        new Promise<StatsJournal | undefined>((resolve, reject) => {
          const open = indexedDB.open('roleclip');
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', mode === 'put' ? 'readwrite' : 'readonly');
            const req = mode === 'put' ? tx.objectStore('meta').put(row) : tx.objectStore('meta').get('stats');
            tx.oncomplete = () => (open.result.close(), resolve(mode === 'get' ? (req.result as StatsJournal | undefined) : undefined));
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      [mode, row] as const,
    );
  await meta('put', noteEverything((await meta('get')) ?? EMPTY_JOURNAL));
}

/**
 * One step a fresh page load waits for: every [selector, pattern] pair matches the element's
 * text; or an input to type into as soon as it exists (as React sees typing).
 */
export type Step = { name: string; all: [selector: string, pattern: string][] } | { name: string; type: string; into: string };

const TASK_KEY = 'roleclip-bench-task';

/**
 * Installed once per browser context: on the next load of a page whose path ends with the task's,
 * runs the task's steps in order on every DOM change and records performance.now() (ms since the
 * navigation started) as each completes, in window.__bench.
 */
export async function installWatcher(context: BrowserContext): Promise<void> {
  // tsx (esbuild keepNames) wraps functions in __name(); functions sent to the page need it too.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript({
    content: `(() => {
      let task = null;
      try { task = JSON.parse(localStorage.getItem(${JSON.stringify(TASK_KEY)}) || 'null'); } catch {}
      if (!task || !location.pathname.endsWith(task.path)) return;
      localStorage.removeItem(${JSON.stringify(TASK_KEY)});
      const marks = {};
      window.__bench = marks;
      let step = 0;
      const check = () => {
        while (step < task.steps.length) {
          const s = task.steps[step];
          if (s.type !== undefined) {
            const input = document.querySelector(s.into);
            if (!input) return;
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, s.type);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          } else if (!s.all.every(([sel, pat]) => { const el = document.querySelector(sel); return el !== null && new RegExp(pat).test(el.textContent || ''); })) return;
          marks[s.name] = performance.now();
          step++;
        }
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    })();`,
  });
}

/** Loads `url` in `page` with the task armed; resolves with each step's time once all are done. */
export async function timedLoad(page: Page, url: string, steps: Step[], timeoutMs = 600_000): Promise<Record<string, number>> {
  const path = new URL(url).pathname;
  await page.evaluate(([key, task]) => localStorage.setItem(key, task), [TASK_KEY, JSON.stringify({ path, steps })] as const);
  await page.goto('about:blank');
  await page.goto(url);
  const last = steps[steps.length - 1]!.name;
  await page.waitForFunction((name) => (window as unknown as { __bench?: Record<string, number> }).__bench?.[name] !== undefined, last, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate(() => {
    const marks = { ...(window as unknown as { __bench: Record<string, number> }).__bench };
    // The page's own stage marks (roleclip:…, first occurrence), to find the critical path.
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('roleclip:') && !(m.name in marks)) marks[m.name] = m.startTime;
    return marks;
  });
}

/** The page's stage marks of one timed load, in time order, as one line. */
export function stageLine(marks: Record<string, number>): string {
  return Object.entries(marks)
    .sort((a, b) => a[1] - b[1])
    .map(([name, t]) => `${name.replace(/^roleclip:/, '')} ${Math.round(t)}`)
    .join(', ');
}

/** A literal string as a RegExp source. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Edits a posting through its page, as a user would, and waits until it is stored: its tags
 * (which no statistic counts), or a duty added (which its role's statistics count).
 */
export async function editPosting(page: Page, base: string, postingId: string, edit: { tags: string } | { addDuty: string }): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${base}#/postings/${encodeURIComponent(postingId)}`);
  if ('tags' in edit) {
    await page.getByLabel('标签（用逗号分隔）').fill(edit.tags);
    await page.getByRole('button', { name: '保存', exact: true }).first().click();
  } else {
    await page.getByLabel('在“岗位职责”中新增一条').fill(edit.addDuty);
    await page.getByLabel('在“岗位职责”中新增一条').press('Enter');
  }
  await page.waitForFunction(
    ([id, want]) =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open('roleclip');
        open.onsuccess = () => {
          const req = open.result.transaction('postings').objectStore('postings').get(id);
          req.onsuccess = () => {
            const p = req.result as { tags: string[]; duties: string[] } | undefined;
            done(Boolean(p && ('tags' in want ? p.tags.join('，') === want.tags : p.duties.includes(want.addDuty))));
            open.result.close();
          };
        };
        open.onerror = () => done(false);
      }),
    [postingId, edit] as const,
    { timeout: 120_000, polling: 250 },
  );
}
