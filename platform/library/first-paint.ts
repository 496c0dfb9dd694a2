import type { Posting, Role } from '@/lib/db/schemas';
import { HEAD_ROWS, sameHead, toHead, type ListHead } from '@/lib/library/list-head';
import type { SearchMeta, SearchShard } from '@/lib/db/search-shards';
import { makeTranslate, resolveLocale, type Locale, type MessageFile } from '@/lib/i18n';
import { parseRoute, routeToHash } from '@/lib/route';
import { roleName } from '@/components/labels';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { openExisting } from '../idb-existing';
import { dropHead, readHead, writeHead } from './list-head';

/**
 * The posting list's first screen before the workspace's code has loaded (~1 MB of React, Dexie
 * and pages that take 0.3-0.8 s to fetch and compile on a busy machine): this module, in the
 * library page's entry chunk, reads the 50 newest postings with plain IndexedDB (no Dexie) and
 * paints them as the list paints them, with a search box that works as the list's does (the
 * text goes into the URL, which the workspace reads when it mounts). It also reads the newest
 * search shard meanwhile, for the workspace's index to start from. The workspace replaces all of
 * it when its own list is ready (dismissFirstScreen). Only the posting list is painted this way.
 */

export const FIRST_SCREEN = HEAD_ROWS;
const ROW_HEIGHT = 58;

let rows: Promise<Posting[] | null> = Promise.resolve(null);
let shard: { meta: SearchMeta; shard: SearchShard | undefined } | null = null;
let host: HTMLElement | null = null;

/**
 * Starts the reads and paints into `into` when the page opens on the posting list (else nothing).
 * Two sources race: the list head's copy in chrome.storage (a few KB, answered in tens of ms) and
 * the IndexedDB read (100-300 ms at 100,000 postings). The copy paints first when it is there; the
 * IndexedDB read always follows and repaints if it differs, and its rows are the ones the
 * workspace starts from (firstPaintRows). Resolves once something is painted, or nothing will be.
 */
export function paintFirstScreen(into: HTMLElement, root: HTMLElement): Promise<unknown> {
  const route = parseRoute(location.hash);
  if (route.page !== 'postings') return Promise.resolve();
  let shown: ListHead | null = null;
  let settled = false;
  let painted!: () => void;
  const first = new Promise<void>((resolve) => (painted = resolve));
  const show = async (head: ListHead, copy: boolean) => {
    const locale = resolveLocale((head.locale as 'auto' | Locale) || 'auto', navigator.language);
    const messages = locale === 'en' ? ((await import('@/public/_locales/en/messages.json')).default as MessageFile) : (zhCN as MessageFile);
    // The stored copy never paints over the IndexedDB read.
    if (!host || sameHead(shown, head) || (copy && settled)) return;
    shown = head;
    paint(host, head, locale, makeTranslate(messages, zhCN as MessageFile));
    performance.mark(copy ? 'roleclip:first-paint-head' : 'roleclip:first-paint-read');
    performance.mark('roleclip:first-paint');
  };
  const stored = readHead();
  void stored.then(async (head) => {
    if (!head?.rows.length || settled) return;
    await show(head, true);
    painted();
  });
  rows = read().then(
    async (got) => {
      settled = true;
      if (!got) return void dropHead(), dismissFirstScreen(), painted(), null;
      const choice = (got.settings as { locale?: string } | undefined)?.locale ?? 'auto';
      const head = toHead(got.postings, got.roles, choice);
      // The copy for the next open, if this one's differs (it is dropped by every write meanwhile).
      if (!sameHead(await stored, head)) void writeHead(head);
      if (!got.postings.length) return dismissFirstScreen(), painted(), got.postings;
      if (host) await show(head, false);
      painted();
      return got.postings;
    },
    () => (settled = true, dismissFirstScreen(), painted(), null),
  );
  host = into;
  root.hidden = true;
  // Leaving the list before the workspace is up (a row's link, Back): the workspace draws it.
  addEventListener('hashchange', leave);
  return first;
}

const leave = () => parseRoute(location.hash).page !== 'postings' && dismissFirstScreen();

/** The newest postings read for the first screen, if any (the workspace's list starts from them). */
export function firstPaintRows(): Promise<Posting[] | null> {
  return rows;
}

/** The newest search shard and the meta row it was read with, once (null if not read). */
export function takeFirstShard(): { meta: SearchMeta; shard: SearchShard | undefined } | null {
  const got = shard;
  shard = null;
  return got;
}

/** Removes the painted first screen and shows the workspace; the search box keeps the focus. */
export function dismissFirstScreen(): void {
  const root = document.getElementById('root');
  if (root) root.hidden = false;
  removeEventListener('hashchange', leave);
  if (!host) return;
  const focused = host.contains(document.activeElement);
  host.remove();
  host = null;
  if (focused) document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
}

interface Read {
  postings: Posting[];
  roles: Role[];
  settings: unknown;
}

/** The newest postings (painted), the roles and settings, the newest search shard: three read-only transactions (below). */
async function read(): Promise<Read | null> {
  const db = await openExisting();
  if (!db) return null;
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    let names: IDBTransaction;
    let index: IDBTransaction;
    try {
      tx = db.transaction('postings', 'readonly');
      names = db.transaction(['roles', 'settings'], 'readonly');
      index = db.transaction(['searchShards', 'meta'], 'readonly');
    } catch {
      db.close();
      return resolve(null);
    }
    let pending = 3;
    const finished = () => --pending === 0 && db.close();
    const out: Read = { postings: [], roles: [], settings: undefined };
    // Requests run in order, but each cursor step queues behind the ones placed before it.
    let waiting = 2;
    const part = () => --waiting === 0 && resolve(out);
    const done = (postings: Posting[]) => {
      // Ties in clippedAt come back by id descending; the list shows them by id ascending.
      out.postings = postings.sort((a, b) => b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      part();
    };
    const byTime = tx.objectStore('postings').index('clippedAt');
    // One request where the browser has getAllRecords (Chromium 141+): a cursor step is a task
    // each, queued behind the workspace's script compiling on the same thread.
    if ('getAllRecords' in byTime) {
      const all = (byTime as unknown as { getAllRecords(o: object): IDBRequest<{ value: Posting }[]> }).getAllRecords({ direction: 'prev', count: FIRST_SCREEN });
      all.onsuccess = () => done(all.result.map((r) => r.value));
    } else {
      const found: Posting[] = [];
      const cursor = byTime.openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c) found.push(c.value as Posting);
        if (c && found.length < FIRST_SCREEN) c.continue();
        else done(found);
      };
    }
    const roles = names.objectStore('roles').getAll();
    roles.onsuccess = () => (out.roles = roles.result as Role[]);
    const settings = names.objectStore('settings').get('settings');
    settings.onsuccess = () => {
      out.settings = settings.result;
      part();
    };
    // The meta row and the shard from one transaction: they agree with each other.
    const meta = index.objectStore('meta').get('search');
    const newest = index.objectStore('searchShards').openCursor(null, 'prev');
    newest.onsuccess = () => {
      if (meta.result) shard = { meta: meta.result as SearchMeta, shard: newest.result?.value as SearchShard | undefined };
    };
    // Each transaction ends once, by complete or abort (an error aborts it).
    tx.oncomplete = finished;
    tx.onabort = () => (finished(), reject(tx.error));
    names.oncomplete = finished;
    names.onabort = () => (finished(), reject(names.error));
    // The shard is optional (the workspace reads it itself without it).
    index.oncomplete = finished;
    index.onabort = finished;
  });
}

/** The list as PostingsPage and PostingsList draw it (same classes, labels and row layout). */
function paint(into: HTMLElement, head: ListHead, locale: Locale, t: ReturnType<typeof makeTranslate>): void {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const postings = head.rows;
  // A repaint (the IndexedDB read after the stored copy) keeps a search being typed and its focus.
  const old = into.querySelector<HTMLInputElement>('#first-search');
  const typing = old !== null && old === document.activeElement;
  const asked = Object.values((parseRoute(location.hash) as { query?: Record<string, unknown> }).query ?? {}).some(Boolean);
  const byId = new Map(head.roles.map((r) => [r.id, r]));
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { dateStyle: 'medium' });
  const shell = el('div', { class: 'shell' });
  const header = el('header', { class: 'shell-header' });
  header.append(el('h1', { class: 'shell-title' }, t('libraryTitle')));
  const nav = el('nav', { 'aria-label': t('navLabel') });
  const navList = el('ul', { class: 'nav' });
  const links: [string, string][] = [['navRoles', '#/roles'], ['navPostings', routeToHash({ page: 'postings', query: {} })], ['navCompare', routeToHash({ page: 'compare', postingIds: [] })], ['navData', '#/data']];
  for (const [key, href] of links) {
    const li = el('li');
    li.append(el('a', { href, ...(key === 'navPostings' ? { 'aria-current': 'page' } : {}) }, t(key)));
    navList.append(li);
  }
  nav.append(navList);
  header.append(nav);
  const main = el('main', { class: 'shell-main' });
  const section = el('section', { 'aria-labelledby': 'first-postings-h' });
  section.append(el('h2', { id: 'first-postings-h' }, t('navPostings')));
  const form = el('form', { class: 'filters', role: 'search' });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.append(el('label', { for: 'first-search' }, t('searchLabel')));
  const input = el('input', { id: 'first-search', type: 'search', placeholder: t('searchPlaceholder'), 'data-testid': 'search' });
  input.value = (parseRoute(location.hash) as { query?: { text?: string } }).query?.text ?? '';
  form.append(input);
  const count = el('p', { class: 'muted', 'aria-live': 'polite', 'aria-busy': 'true', 'data-testid': 'postings-count' }, asked ? t('searchWaiting') : t('indexBuilding'));
  const scroller = el('div', { class: 'virtual-scroller', role: 'region', 'aria-label': t('postingsResults', postings.length), tabindex: '0' });
  const list = el('ul', { class: 'virtual-list', 'data-testid': 'postings-list', style: `height: ${postings.length * ROW_HEIGHT}px` });
  postings.forEach((p, i) => {
    const li = el('li', { class: 'posting-row', style: `transform: translateY(${i * ROW_HEIGHT}px); height: ${ROW_HEIGHT}px`, 'aria-setsize': String(postings.length), 'aria-posinset': String(i + 1) });
    const body = el('div', { class: 'posting-row-main' });
    body.append(el('a', { href: routeToHash({ page: 'posting', postingId: p.id }), class: 'posting-row-title' }, p.title || t('untitled')));
    const role = p.roleId ? roleName(byId.get(p.roleId), locale) : t('filterNoRole');
    body.append(el('span', { class: 'muted' }, [p.company, p.location, p.salary, role, p.site, date.format(p.clippedAt)].filter(Boolean).join(' · ')));
    li.append(body);
    if (p.tags.length) li.append(el('span', { class: 'item-badge' }, p.tags.join(' ')));
    list.append(li);
  });
  scroller.append(list);
  scroller.hidden = asked;
  // Typing searches as the list does: the text goes into the URL, the rows make way for the search's.
  input.addEventListener('input', () => {
    history.replaceState(null, '', routeToHash({ page: 'postings', query: input.value ? { text: input.value } : {} }));
    const searching = input.value.trim() !== '';
    scroller.hidden = searching;
    count.textContent = searching ? t('searchWaiting') : t('indexBuilding');
  });
  section.append(form, count, scroller);
  main.append(section);
  shell.append(header, main);
  into.replaceChildren(shell);
  if (typing) input.focus();
}
