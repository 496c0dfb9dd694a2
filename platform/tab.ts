import { PageSnapshot } from '@/lib/page/schema';
import { PageAccessError, READ_TIMEOUT_MS, runExtractor } from './tab-read';

/**
 * Browser-facing helpers for the extension's pages. Kept out of lib/ (which never touches
 * `browser`) and out of entrypoints/ (which only wire).
 */

export { PageAccessError, PageTimeoutError, READ_TIMEOUT_MS, targetTabId } from './tab-read';

/** The page's answer checked against the snapshot's schema (an answer of another shape is an access error). */
export function checkSnapshot(answer: unknown): PageSnapshot {
  const parsed = PageSnapshot.safeParse(answer);
  if (!parsed.success) throw new PageAccessError('the page returned no readable content');
  return parsed.data;
}

/** Injects the extractor into the tab and returns its validated snapshot of the page. */
export async function snapshotTab(tabId: number, timeoutMs = READ_TIMEOUT_MS): Promise<PageSnapshot> {
  return checkSnapshot(await runExtractor(tabId, timeoutMs));
}

/** Opens the library workspace in a tab, at a route (`#/postings/ID`, `#/roles/ID`, or ''). */
export async function openLibrary(hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
}
