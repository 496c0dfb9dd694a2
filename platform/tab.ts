import { PageSnapshot } from '@/lib/page/schema';

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

/** The page did not answer within the time box (still loading, or too big to serialise). */
export class PageTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`the page did not answer within ${seconds} s`);
    this.name = 'PageTimeoutError';
  }
}

/**
 * How long the popup waits for the page. The reader runs once the page's own parser is done; a
 * page that never gets there (100k inline spans, a multi-MB line, a script that never arrives)
 * would leave the popup on its skeleton for minutes. Normal pages answer in well under a second.
 */
export const READ_TIMEOUT_MS = 6_000;

/** Injects the extractor into the tab and returns its validated snapshot of the page. */
export async function snapshotTab(tabId: number, timeoutMs = READ_TIMEOUT_MS): Promise<PageSnapshot> {
  let results;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageTimeoutError(Math.round(timeoutMs / 1000))), timeoutMs);
  });
  try {
    results = await Promise.race([browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] }), timeout]);
  } catch (error) {
    if (error instanceof PageTimeoutError) throw error;
    throw new PageAccessError(error);
  } finally {
    clearTimeout(timer);
  }
  const parsed = PageSnapshot.safeParse(results?.[0]?.result);
  if (!parsed.success) throw new PageAccessError('the page returned no readable content');
  return parsed.data;
}

/** Opens the library workspace in a tab, at a route (`#/postings/ID`, `#/roles/ID`, or ''). */
export async function openLibrary(hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
}
