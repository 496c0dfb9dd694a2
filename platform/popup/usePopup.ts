import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExtractedWithBody, NotJobReason } from '@/lib/extract';
import { roleFieldsOf } from '@/lib/roles/analyze';
import type { MatcherIndex } from '@/lib/roles/matcher-index';
import type { MatchResult } from '@/lib/roles/types';
import { extractSnapshot } from '@/lib/page/extract-snapshot';
import { PageAccessError, PageTimeoutError } from '../tab';
import { converterFor } from './converter';
import { loadCompare, loadEngine, loadIndex, mark, readTargetTab, type CompareFn } from './start';

/** A posting found on the page (or in pasted text) with the matcher's verdict. */
export interface Candidate {
  extracted: ExtractedWithBody;
  match: MatchResult;
}

export type { CompareFn } from './start';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'error'; key: string; detail?: string }
  | { kind: 'not-job'; reason: NotJobReason; pasted: boolean }
  | { kind: 'ready'; candidates: Candidate[]; selected: number | null; url: string; truncated: boolean };

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

  // The library (index, comparison code) was asked for on the popup's first line (start.ts);
  // here it is awaited and kept in state for the views. `fresh`: read again (a role changed).
  const withLibrary = useCallback(async (fresh = false) => {
    if (fresh || !indexRef.current) indexRef.current = loadIndex();
    const [built, fn] = await Promise.all([indexRef.current, loadCompare()]);
    setIndex(built);
    setCompare(() => fn);
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
      // Asked for on the popup's first line (start.ts): the page is read and parsed as soon as it
      // and the engine are here, while the library is still being read (IndexedDB) and the model
      // fetched: the index is needed only to match.
      const library = withLibrary();
      library.catch(() => undefined); // awaited below; a failure is reported there
      const [page, engine] = await Promise.all([readTargetTab().then((p) => (mark('snapshot'), p)), loadEngine()]);
      if (page === null) return setPhase({ kind: 'error', key: 'errorNoTab' });
      await converterFor([page.html, page.title, page.selection], 'page');
      const result = await extractSnapshot(page, engine, (html) => new DOMParser().parseFromString(html, 'text/html'), () => mark('parsed'));
      mark('extracted');
      if (!result.postings.length) return setPhase({ kind: 'not-job', reason: result.notJob ?? 'not-job', pasted: false });
      const built = await library;
      const candidates = withMatches(result.postings, built);
      mark('matched');
      setPhase({ kind: 'ready', candidates, selected: candidates.length === 1 ? 0 : null, url: page.url, truncated: page.truncated });
    } catch (error) {
      setPhase({ kind: 'error', ...errorKey(error) });
    }
  }, [withLibrary]);

  useEffect(() => void read(), [read]);

  const analyzePasted = useCallback(
    async (text: string) => {
      readCount.current++; // a pending page read no longer applies
      const [built, { extractFromText }] = await Promise.all([withLibrary(), loadEngine(), converterFor([text], 'paste')]);
      const result = extractFromText(text);
      if (!result.postings.length) return setPhaseNow({ kind: 'not-job', reason: result.notJob ?? 'not-job', pasted: true });
      setPhaseNow({ kind: 'ready', candidates: withMatches(result.postings, built), selected: 0, url: '', truncated: false });
    },
    [withLibrary],
  );

  const select = (selected: number | null) => setPhaseNow((p) => (p.kind === 'ready' ? { ...p, selected } : p));

  return { phase, index, compare, read, analyzePasted, select, reloadIndex: () => withLibrary(true) };
}
