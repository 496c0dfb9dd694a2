import type { Posting, Role } from '@/lib/db/schemas';
import { HEAD_ROWS, sameHead, toHead, type ListHead } from '@/lib/library/list-head';
import type { SearchMeta, SearchShard } from '@/lib/db/search-shards';
import { makeTranslate, resolveLocale, type Locale, type MessageFile } from '@/lib/i18n';
import { parseRoute, toSearchQuery } from '@/lib/route';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { onChange } from '../changes';
import { openExisting } from '../idb-existing';
import { paintRows, paintShell, type ScreenParts } from './first-paint-dom';
import { earlyIndex, searchEarly, type EarlyIndex } from './first-search';
import { dropHead, onHeadDropped, readHead, writeHead } from './list-head';

/**
 * The posting list's first screen before the workspace's code has loaded (~1 MB of React, Dexie
 * and pages that take 0.3-0.8 s to fetch and compile on a busy machine): this module, in the
 * library page's entry chunk, reads the 50 newest postings with plain IndexedDB (no Dexie) and
 * paints them as the list paints them, with a search box that works as the list's does (the
 * text goes into the URL, which the workspace reads when it mounts). It also reads the newest
 * search shard meanwhile, for the workspace's index to start from, and answers a search from it
 * (first-search.ts) until the workspace's own answer is on screen. The workspace replaces all of
 * it when its own list is ready (dismissFirstScreen). Only the posting list is painted this way.
 */

export const FIRST_SCREEN = HEAD_ROWS;

let rows: Promise<Posting[] | null> = Promise.resolve(null);
// Settled once the newest shard's read is over (read, missing, failed) or none is made.
let shardSettled!: () => void;
const shardRead = new Promise<void>((resolve) => (shardSettled = resolve));
let shard: { meta: SearchMeta; shard: SearchShard | undefined } | null = null;
let host: HTMLElement | null = null;
// The newest shard as an index for the first screen's own search (kept after the workspace
// takes the shard: this screen answers until the workspace's list replaces it), and whether
// what is painted now is such an answer.
let early: EarlyIndex | null = null;
let answering = false;
// A write was heard since the reads started: a shard arriving after it may predate it.
let written = false;
let stopListening: (() => void) | null = null;

/**
 * Starts the reads and paints into `into` when the page opens on the posting list (else nothing).
 * Two sources race: the list head's copy in chrome.storage (a few KB, answered in tens of ms) and
 * the IndexedDB read (100-300 ms at 100,000 postings). The copy paints first when it is there; the
 * IndexedDB read always follows and repaints if it differs, and its rows are the ones the
 * workspace starts from (firstPaintRows). Resolves once something is painted, or nothing will be.
 */
export function paintFirstScreen(into: HTMLElement, root: HTMLElement): Promise<unknown> {
  const route = parseRoute(location.hash);
  if (route.page !== 'postings') return shardSettled(), Promise.resolve();
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
    const t = makeTranslate(messages, zhCN as MessageFile);
    paintShell(host, head.rows.length, t, (parts) => {
      ui = { ...parts, head, locale, t };
      answer();
    });
    performance.mark(copy ? 'roleclip:first-paint-head' : 'roleclip:first-paint-read');
    performance.mark('roleclip:first-paint');
  };
  // A posting written or deleted anywhere after this point may not be in the shard read below:
  // the first screen stops answering from it (the workspace reads the index afresh). Every Dexie
  // write drops the list head's copy (head-invalidation.ts); the popup and a clip also announce.
  written = false;
  const forget = () => {
    written = true;
    early = null;
    answer();
  };
  const unheard = onChange((change) => change.kind === 'postings' && forget());
  const undropped = onHeadDropped(forget);
  stopListening = () => (unheard(), undropped());
  const stored = readHead();
  void stored.then(async (head) => {
    if (!head?.rows.length || settled) return;
    await show(head, true);
    painted();
  });
  rows = read().then(
    async (got) => {
      settled = true;
      if (!got) return void dropHead(), shardSettled(), dismissFirstScreen(), painted(), null;
      const choice = (got.settings as { locale?: string } | undefined)?.locale ?? 'auto';
      const head = toHead(got.postings, got.roles, choice);
      // The copy for the next open, if this one's differs (it is dropped by every write meanwhile).
      if (!sameHead(await stored, head)) void writeHead(head);
      if (!got.postings.length) return dismissFirstScreen(), painted(), got.postings;
      if (host) await show(head, false);
      painted();
      return got.postings;
    },
    () => (settled = true, shardSettled(), dismissFirstScreen(), painted(), null),
  );
  host = into;
  root.hidden = true;
  // Leaving the list before the workspace is up (a row's link, Back): the workspace draws it.
  addEventListener('hashchange', leave);
  return first;
}

const leave = () => parseRoute(location.hash).page !== 'postings' && dismissFirstScreen();

/** Settles once the newest search shard's read is over, or when none is made (another page, no library). */
export function firstShardRead(): Promise<void> {
  return shardRead;
}

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
  stopListening?.();
  stopListening = null;
  early = null;
  answering = false;
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
    let rolesIn = false;
    let shardIn: { meta: SearchMeta | undefined; shard: SearchShard | undefined } | null = null;
    // The first screen's own search needs the shard and every role's name (its rows' roles).
    const searchable = () => {
      if (!rolesIn || !shardIn || stopListening === null || written) return;
      early = earlyIndex(shardIn.meta, shardIn.shard, out.roles);
      if (early) answer();
    };
    roles.onsuccess = () => {
      out.roles = roles.result as Role[];
      rolesIn = true;
      searchable();
    };
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
      shardIn = { meta: meta.result as SearchMeta | undefined, shard: newest.result?.value as SearchShard | undefined };
      performance.mark('roleclip:first-shard');
      searchable();
    };
    // Each transaction ends once, by complete or abort (an error aborts it).
    tx.oncomplete = finished;
    tx.onabort = () => (finished(), reject(tx.error));
    names.oncomplete = finished;
    names.onabort = () => (finished(), reject(names.error));
    // The shard is optional (the workspace reads it itself without it).
    index.oncomplete = () => (finished(), shardSettled());
    index.onabort = () => (finished(), shardSettled());
  });
}

// What answer() repaints: the painted screen's parts and what its rows are drawn with.
let ui: (ScreenParts & { head: ListHead; locale: Locale; t: ReturnType<typeof makeTranslate> }) | null = null;

/**
 * The rows and count line for what the URL asks: the newest postings, or a search's matches in
 * the newest shard (with a count that says more are being read, as the workspace's does), or a
 * search waiting for the workspace when the shard is not in or cannot answer.
 */
function answer(): void {
  if (!ui || !host) return;
  const { count, note, scroller, list, head, locale, t } = ui;
  const query = toSearchQuery((parseRoute(location.hash) as { query?: Parameters<typeof toSearchQuery>[0] }).query ?? {});
  const got = early ? searchEarly(early, query, answer) : null;
  const asked = Object.values(query).some((v) => v !== undefined);
  answering = got !== null && got !== 'later';
  note.hidden = true;
  if (!answering) {
    // Rows read before a write may name a deleted posting: none kept in the page while waiting.
    paintRows(list, asked ? [] : head.rows, new Map(head.roles.map((r) => [r.id, r])), locale, t);
    scroller.hidden = asked;
    count.textContent = asked ? t('searchWaiting') : t('indexBuilding');
    count.setAttribute('aria-busy', 'true');
    return;
  }
  const found = got as Exclude<typeof got, null | 'later'>;
  if (!performance.getEntriesByName('roleclip:first-search').length) performance.mark('roleclip:first-search');
  const rows = found.hits.slice(0, FIRST_SCREEN).map((h) => ({ ...h, salary: h.salaryRaw }));
  paintRows(list, rows, early!.roles, locale, t, found.total);
  scroller.hidden = found.total === 0;
  scroller.setAttribute('aria-label', t('postingsResults', found.total));
  count.textContent = found.complete ? `${t('postingsResults', found.total)} ${t('searchTime', found.ms.toFixed(1))}` : t('postingsResultsPartial', found.total, found.loaded, found.of);
  if (found.complete) count.removeAttribute('aria-busy');
  else count.setAttribute('aria-busy', 'true');
  note.hidden = found.total > 0;
  note.textContent = found.complete ? t('noPostings') : t('searchWaiting');
}

/** Whether the first screen shows a search's answer (the workspace keeps it until it has its own). */
export function firstScreenAnswers(): boolean {
  return answering && host !== null;
}

