import { PageSnapshot } from '@/lib/page';

/**
 * Browser-facing helpers for the extension's pages. Kept out of lib/ (which never touches
 * `browser`) and out of entrypoints/ (which only wire).
 */

/** The tab the popup works on: `?tabId=N` (tests open the popup as a tab) or the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export class PageAccessError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PageAccessError';
  }
}

/** Injects the extractor into the tab and returns its validated snapshot of the page. */
export async function snapshotTab(tabId: number): Promise<PageSnapshot> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  } catch (error) {
    throw new PageAccessError(error);
  }
  const parsed = PageSnapshot.safeParse(results?.[0]?.result);
  if (!parsed.success) throw new PageAccessError('the page returned no readable content');
  return parsed.data;
}

/** Opens the library workspace in a tab, at a route (`#/postings/ID`, `#/roles/ID`, or ''). */
export async function openLibrary(hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
}
