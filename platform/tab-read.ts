/**
 * The page read as the popup's very first script starts it: the extractor injected into the tab,
 * its raw answer returned, time-boxed. Nothing here imports the schema library or the app (this
 * module is in the popup's bootstrap chunk, evaluated before React, Dexie and zod are even
 * fetched); platform/tab.ts validates the answer.
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

/** Injects the extractor into the tab and returns what it answered, unchecked. */
export async function runExtractor(tabId: number, timeoutMs = READ_TIMEOUT_MS): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageTimeoutError(Math.round(timeoutMs / 1000))), timeoutMs);
  });
  try {
    const results = await Promise.race([browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] }), timeout]);
    return results?.[0]?.result;
  } catch (error) {
    if (error instanceof PageTimeoutError) throw error;
    throw new PageAccessError(error);
  } finally {
    clearTimeout(timer);
  }
}
