import { settingsFrom } from '@/lib/db/settings';
import { matcherIndexFromFold } from '@/lib/roles/load-stored';
import { foldFromRows } from '@/lib/roles/profile-store';
import { LIBRARY_VERSION } from '@/lib/roles/version';
import type { MatcherIndex } from '@/lib/roles/matcher-index';
import type { Engine } from '@/lib/page/extract-snapshot';
import type { PageSnapshot } from '@/lib/page/schema';
import { fetchBodyModel } from '../body-model-asset';
import { refreshProfilesLater } from '../profiles';
import { checkSnapshot, snapshotTab, targetTabId } from '../tab';
import { libraryAccess } from './access';
import { loadConverter } from './converter';
import { takeEarlyLibrary, takeEarlyRead } from './early';

/**
 * What the popup needs before its comparison can show, started by main.tsx on its first line,
 * before React renders anything: the page's snapshot, the extraction engine and the comparison's
 * code (chunks of their own), and the library's matcher index (IndexedDB) with the body model (a
 * JSON file of the package). Started from the first render's effect, each waited for the skeleton
 * to render first.
 */

/** Stage marks of the popup's first render, read by `npm run bench` ('roleclip:<stage>'). */
export const mark = (stage: string) => performance.mark(`roleclip:${stage}`);

// The extraction engine is its own chunk, outside the popup's first script (it would take the
// popup past its 200 KB budget). Readability (~14 KB gzip) is a chunk apart again: only a page
// with no JSON-LD, site layout, posting blocks or section headings needs it (core.ts PendingMain).
let engine: Promise<Engine> | null = null;
export const loadEngine = () => (engine ??= import('@/lib/extract/core').then(withLazyReadability));

function withLazyReadability(core: typeof import('@/lib/extract/core')): Engine {
  return {
    extractFromText: core.extractFromText,
    extractPostings: (doc, url) => {
      const result = core.extractPostingsWith(doc, url, {}, null);
      if (!core.isPendingMain(result)) return result;
      return import('@/lib/extract/readability').then((m) => (mark('readability-loaded'), result.withReader(m.readabilityContent)));
    },
  };
}

/** The comparison (lib/roles/compare.ts), a chunk apart from the popup's first script. */
export type CompareFn = typeof import('@/lib/roles/compare').compareWithRole;

let compare: Promise<CompareFn> | null = null;
export function loadCompare(): Promise<CompareFn> {
  compare ??= import('@/lib/roles/compare').then((m) => (mark('compare-ready'), m.compareWithRole));
  return compare;
}

let startedIndex: Promise<MatcherIndex> | null = null;
/** The matcher index: the first call takes the read started on open; later calls read again. */
export function loadIndex(): Promise<MatcherIndex> {
  const read = startedIndex ?? readIndex();
  startedIndex = null;
  return read;
}

async function readIndex(): Promise<MatcherIndex> {
  const model = fetchBodyModel().then((m) => (mark('model'), m));
  let stale = false;
  // The bootstrap's plain read (early.ts) of a library already current: built from it, no Dexie
  // round trip. Else (first run, an upgrade, a failed read) seeded and read through Dexie.
  const early = await takeEarlyLibrary();
  if (early && settingsFrom(early.settings).libraryVersion >= LIBRARY_VERSION) {
    const fold = foldFromRows(early.rows);
    // Parts out of date are built from the roles and aliases, whose Traditional forms need OpenCC.
    if (!fold.parts) await loadConverter('parts');
    // Dexie is not needed for this: it loads after the comparison is on screen (access.ts).
    mark('library-ready');
    const built = await matcherIndexFromFold(Promise.resolve(fold), () => (stale = true), model);
    if (stale) refreshProfilesLater();
    mark('index-ready');
    return built;
  }
  // Seeding and a cold build normalise the library's Traditional aliases: with the converter.
  // This open needs Dexie now (first run, an upgrade, a failed plain read).
  const [{ getDb, ensureLibrary, loadStoredMatcherIndex }] = await Promise.all([libraryAccess(), loadConverter('seed')]);
  const db = getDb();
  // The stored index is read alongside the check that the library is current, not after it: one
  // IndexedDB round trip fewer. On the rare open that seeds or upgrades the library (first run, a
  // new version), what was read before is dropped and read again.
  const read = loadStoredMatcherIndex(db, () => (stale = true), model);
  read.catch(() => undefined); // awaited below, or dropped
  const seeded = await ensureLibrary(db);
  mark('library-ready');
  let built: MatcherIndex;
  if (seeded) {
    stale = false;
    built = await loadStoredMatcherIndex(db, () => (stale = true), model);
  } else built = await read;
  // Parts or folds out of date: the background stores them again (asked only for the read in use).
  if (stale) refreshProfilesLater();
  mark('index-ready');
  return built;
}

let started: Promise<PageSnapshot | null> | null = null;
const readNow = () => targetTabId(location.search).then((tabId) => (tabId === null ? null : snapshotTab(tabId)));

/** The bootstrap's read (started before this code loaded), checked; else a read from now. */
function readFirst(): Promise<PageSnapshot | null> {
  const early = takeEarlyRead();
  return early ? early.then((answer) => (answer === null ? null : checkSnapshot(answer))) : readNow();
}

/** Reads the popup's tab (null: no tab to read); the first call takes the read started on open. */
export function readTargetTab(): Promise<PageSnapshot | null> {
  const read = started ?? readNow();
  started = null;
  return read;
}

/** Starts everything at once, on the popup's first line (main.tsx). */
export function startPopup(): void {
  started = readFirst();
  started.catch(() => undefined); // awaited by the first read, which reports a failure
  startedIndex = readIndex();
  startedIndex.catch(() => undefined); // awaited by the popup, which reports a failure
  loadCompare().catch(() => undefined);
  loadEngine().catch(() => undefined);
}
