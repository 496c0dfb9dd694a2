import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium';

declare global {
  // The extension API inside extension pages and the service worker (evaluated there, not in Node).
  const chrome: {
    tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    windows: { create(details: { url: string; type: 'popup'; width: number; height: number; focused: boolean }): Promise<unknown> };
  };
}

// ROLECLIP_E2E_DIR points benchmarks at another build (e.g. a copy of an older one, to compare).
export const EXTENSION_DIR = resolve(process.env.ROLECLIP_E2E_DIR ?? '.output/chrome-mv3-e2e');
// ROLECLIP_E2E_PAGES serves another folder (a benchmark on pages kept outside the project).
const PAGES_DIR = resolve(process.env.ROLECLIP_E2E_PAGES ?? 'test/e2e/pages');
export const OUT_DIR = resolve('test/e2e/out');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
};

/**
 * Serves test/e2e/pages on 127.0.0.1 (a random port). `/hang/…` never answers (until close): a
 * page whose script comes from there never finishes loading.
 */
export async function servePages(): Promise<{ origin: string; close: () => Promise<void> }> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/hang/')) {
      hanging.add(res);
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(PAGES_DIR, path);
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      for (const res of hanging) res.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The throw-away profile folder (benchmarks find the browser's processes by it). */
  profile: string;
  /** Every URL any page of the context requested. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Headless Chromium with the e2e build of the extension loaded, in a throw-away profile, or in a
 * copy of `profileFrom` (a benchmark's library filled once and reused), or in `profile` itself,
 * kept on close (a benchmark restarting the browser between its phases).
 */
export async function launchWithExtension(options: { profileFrom?: string; profile?: string } = {}): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'roleclip-e2e-'));
  if (options.profileFrom) cpSync(options.profileFrom, profile, { recursive: true, filter: (src) => !/Singleton/.test(src) });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 400, height: 600 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profile,
    requests,
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a served page in a tab and the popup as another tab (or `window`) pointed at it (`?tabId=N`). */
export async function openPopupFor(
  session: ExtensionSession,
  pageUrl: string,
  options: { waitUntil?: 'load' | 'domcontentloaded' | 'commit'; window?: boolean } = {},
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(pageUrl, { waitUntil: options.waitUntil ?? 'load' });
  // The page just opened is the active tab (several tabs may show the same URL). A page opened only
  // to 'commit' (one that never finishes loading) may still show its URL as pendingUrl, and the tabs
  // API can lag the navigation a moment: ask again for up to 5 s.
  const tabId = await session.worker.evaluate(async (url) => {
    for (const until = Date.now() + 5_000; ; await new Promise((r) => setTimeout(r, 50))) {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined && (tab.url === url || tab.pendingUrl === url)) return tab.id;
      if (Date.now() > until) return -1;
    }
  }, page.url());
  if (tabId < 0) throw new Error(`no tab found for ${pageUrl}`);
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`;
  if (options.window) {
    // A window of its own, as the toolbar's popup is: the page's tab stays the active one of its
    // window, so its renderer keeps a foreground's share of the CPU (as a tab behind the popup,
    // it is backgrounded: nice 5 here), as when the user clicks the icon.
    const opened = session.context.waitForEvent('page');
    await session.worker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 400, height: 600, focused: true }), popupUrl);
    return { page, popup: await opened, tabId };
  }
  const popup = await session.context.newPage();
  await popup.goto(popupUrl);
  return { page, popup, tabId };
}

/** All rows of an object store of the extension's database, read from an extension page. */
export async function readStore<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (storeName) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('roleclip');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => {
            done(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}
