import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExtractedWithBody, NotJobReason } from '@/lib/extract';
import { loadStoredMatcherIndex } from '@/lib/roles/load-stored';
import { roleFieldsOf } from '@/lib/roles/analyze';
import type { MatcherIndex } from '@/lib/roles/matcher-index';
import type { MatchResult } from '@/lib/roles/types';
import { getDb } from '../db';
import { refreshProfilesLater } from '../profiles';
import { ensureLibrary } from '../bootstrap';
import { fetchBodyModel } from '../body-model-asset';
import { PageAccessError, PageTimeoutError, snapshotTab, targetTabId } from '../tab';

/** A posting found on the page (or in pasted text) with the matcher's verdict. */
export interface Candidate {
  extracted: ExtractedWithBody;
  match: MatchResult;
}

/** The comparison (lib/roles/compare.ts), loaded apart from the popup's first script: see loadCompare. */
export type CompareFn = typeof import('@/lib/roles/compare').compareWithRole;

export type Phase =
  | { kind: 'loading' }
  | { kind: 'error'; key: string; detail?: string }
  | { kind: 'not-job'; reason: NotJobReason; pasted: boolean }
  | { kind: 'ready'; candidates: Candidate[]; selected: number | null; url: string; truncated: boolean };

// The extraction engine is its own chunk, outside the popup's first script (it would take the
// popup past its 200 KB budget). It is asked for as this module runs, so it is fetched and parsed
// while React renders the skeleton and the page is read: asked for later, the first render waited.
let engine: Promise<typeof import('@/lib/extract')> | null = null;
const loadEngine = () => (engine ??= import('@/lib/extract'));
void loadEngine();

/** Stage marks of the popup's first render, read by `npm run bench` ('roleclip:<stage>'). */
const mark = (stage: string) => performance.mark(`roleclip:${stage}`);

// A selection this long is what the user means to clip, even on a page with a posting of its own.
const MIN_SELECTION = 60;

function errorKey(error: unknown): { key: string; detail?: string } {
  if (error instanceof PageTimeoutError) return { key: 'errorReadTimeout', detail: String(error.seconds) };
  if (error instanceof PageAccessError) {
    const text = error.message.toLowerCase();
    if (/frame|navigat|removed|no tab|closed|changed/.test(text)) return { key: 'errorPageChanged' };
    return { key: 'errorPermission' };
  }
  return { key: 'errorGeneric', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * The popup's flow: read the tab, run the engine and the matcher, and hold what the user picks.
 * The library (seeding, the matcher index) loads while the page is being read.
 */
export function usePopup() {
  const [phase, setPhaseNow] = useState<Phase>({ kind: 'loading' });
  const [index, setIndex] = useState<MatcherIndex | null>(null);
  const indexRef = useRef<Promise<MatcherIndex> | null>(null);
  const [compare, setCompare] = useState<CompareFn | null>(null);
  const compareRef = useRef<Promise<CompareFn> | null>(null);

  // The comparison's code (clauses, phrasings, specialties) is its own chunk, fetched while the
  // page is read and the library loads, so it costs the popup's first script nothing (2.5 KB gzip
  // it would add to a budget every feature shares).
  const loadCompare = useCallback(async () => {
    // Fetched from the start: asked for later (after the database opened), it was sometimes
    // parsed only after the matcher index was built, on the way to the first render.
    compareRef.current ??= import('@/lib/roles/compare').then((m) => (mark('compare-ready'), m.compareWithRole));
    const fn = await compareRef.current;
    setCompare(() => fn);
    return fn;
  }, []);

  const loadIndex = useCallback(async (fresh = false) => {
    if (fresh || !indexRef.current) {
      // The body model as a JSON file of the package, fetched while the library is seeded and read
      // (as a script chunk, compiling its 200 KB cost the popup more than parsing the JSON).
      const model = fetchBodyModel();
      indexRef.current = ensureLibrary(getDb())
        .then(() => mark('library-ready'))
        // The saved postings' folds as stored (stale ones are folded again by the background).
        .then(() => loadStoredMatcherIndex(getDb(), refreshProfilesLater, model))
        .then((built) => (mark('index-ready'), built));
    }
    const built = await indexRef.current;
    setIndex(built);
    return built;
  }, []);

  const withMatches = (postings: ExtractedWithBody[], built: MatcherIndex): Candidate[] =>
    postings.map((extracted) => ({ extracted, match: roleFieldsOf(built, extracted).match }));

  // A read given up on (time box) may still answer later: only the latest read may set the phase.
  const readCount = useRef(0);

  const read = useCallback(async () => {
    const current = ++readCount.current;
    const setPhase = (next: Phase) => current === readCount.current && setPhaseNow(next);
    setPhase({ kind: 'loading' });
    try {
      const tabId = await targetTabId(location.search);
      if (tabId === null) return setPhase({ kind: 'error', key: 'errorNoTab' });
      // The page is read and parsed as soon as it and the engine are here, while the library is
      // still being read (IndexedDB) and the model fetched: the index is needed only to match.
      const library = Promise.all([loadIndex(), loadCompare()]);
      library.catch(() => undefined); // awaited below; a failure is reported there
      const [page, { extractFromText, extractPostings }] = await Promise.all([snapshotTab(tabId).then((p) => (mark('snapshot'), p)), loadEngine()]);
      let result = { notJob: 'empty' as NotJobReason | null, postings: [] as ExtractedWithBody[] };
      if (page.selection.trim().length >= MIN_SELECTION) result = extractFromText(page.selection, { url: page.url, title: page.title });
      if (!result.postings.length) {
        const doc = new DOMParser().parseFromString(page.html, 'text/html');
        mark('parsed');
        result = extractPostings(doc, page.url);
      }
      mark('extracted');
      if (!result.postings.length) return setPhase({ kind: 'not-job', reason: result.notJob ?? 'not-job', pasted: false });
      const [built] = await library;
      const candidates = withMatches(result.postings, built);
      mark('matched');
      setPhase({ kind: 'ready', candidates, selected: candidates.length === 1 ? 0 : null, url: page.url, truncated: page.truncated });
    } catch (error) {
      setPhase({ kind: 'error', ...errorKey(error) });
    }
  }, [loadIndex, loadCompare]);

  useEffect(() => void read(), [read]);

  const analyzePasted = useCallback(
    async (text: string) => {
      readCount.current++; // a pending page read no longer applies
      const [built, { extractFromText }] = await Promise.all([loadIndex(), loadEngine(), loadCompare()]);
      const result = extractFromText(text);
      if (!result.postings.length) return setPhaseNow({ kind: 'not-job', reason: result.notJob ?? 'not-job', pasted: true });
      setPhaseNow({ kind: 'ready', candidates: withMatches(result.postings, built), selected: 0, url: '', truncated: false });
    },
    [loadIndex, loadCompare],
  );

  const select = (selected: number | null) => setPhaseNow((p) => (p.kind === 'ready' ? { ...p, selected } : p));

  return { phase, index, compare, read, analyzePasted, select, reloadIndex: () => loadIndex(true) };
}
