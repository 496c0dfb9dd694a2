import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { openPopupFor } from './harness';

/**
 * Opens the popup on each page `runs` times and reads its performance measure from opening to the
 * rendered comparison ('roleclip:open-to-rendered', marked by the popup itself). Shared by the e2e
 * suite (which records it) and `npm run bench` (which reports it).
 *
 * That measure starts at the popup's first script line, so it leaves out loading and running the
 * first script (100-200 ms on a loaded machine). `fromNavigation`, when given, collects the honest
 * figure too: the 'roleclip:rendered' mark's time since the popup's navigation started
 * (performance.timeOrigin), which counts everything the user waits for. `window`: the popup opens
 * in a window of its own, the page's tab staying active behind it (as with the toolbar's popup).
 */
export async function measurePopup(
  session: ExtensionSession,
  urls: string[],
  runs: number,
  stages?: Record<string, number[]>,
  timeoutMs = 15_000,
  fromNavigation?: Record<string, number[]>,
  window = false,
): Promise<Record<string, number[]>> {
  const timings: Record<string, number[]> = {};
  for (const url of urls) {
    const list: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { popup, page } = await openPopupFor(session, url, { window });
      await waitForMark(popup, 'roleclip:open-to-rendered', timeoutMs);
      list.push(await popup.evaluate(() => performance.getEntriesByName('roleclip:open-to-rendered')[0]!.duration));
      if (fromNavigation) {
        const key = url.replace(/^https?:\/\/[^/]+\//, '');
        (fromNavigation[key] ??= []).push(await popup.evaluate(() => performance.getEntriesByName('roleclip:rendered')[0]!.startTime));
      }
      if (stages) {
        // Each stage mark's time since the popup's first mark ('roleclip:open').
        const marks = await popup.evaluate(() => {
          const open = performance.getEntriesByName('roleclip:open')[0]?.startTime ?? 0;
          return performance.getEntriesByType('mark').filter((m) => m.name.startsWith('roleclip:')).map((m) => [m.name.slice(9), m.startTime - open] as const);
        });
        for (const [name, at] of marks) (stages[name] ??= []).push(at);
        const first = await popup.evaluate(() => performance.getEntriesByName('roleclip:open')[0]?.startTime);
        if (first !== undefined) (stages['first-line-since-navigation'] ??= []).push(first);
      }
      await popup.close();
      await page.close();
    }
    timings[url.replace(/^https?:\/\/[^/]+\//, '')] = list;
  }
  return timings;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Waits until the page has a performance mark (or measure) of this name, told by a
 * PerformanceObserver: polling for it (waitForFunction) runs in the popup's own thread, every frame
 * or every few ms, and costs the very popup being measured time and CPU.
 */
export async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
      await page.evaluate(`new Promise((done, fail) => {
        const n = ${JSON.stringify(name)};
        const seen = () => performance.getEntriesByName(n).length > 0;
        if (seen()) return done();
        const observer = new PerformanceObserver(() => {
          if (!seen()) return;
          clearTimeout(timer);
          observer.disconnect();
          done();
        });
        const timer = setTimeout(() => (observer.disconnect(), fail(new Error('no ' + n + ' within ${timeoutMs} ms'))), ${timeoutMs});
        observer.observe({ entryTypes: ['mark', 'measure'] });
      })`);
      return;
    } catch (error) {
      // A popup opened as a window may still be navigating from about:blank: ask its new page.
      if (attempt < 20 && /context was destroyed|navigat/i.test(String(error))) {
        await page.waitForLoadState('domcontentloaded').catch(() => undefined);
        continue;
      }
      throw error;
    }
  }
}
