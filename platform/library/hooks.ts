import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countByRole, loadSearchIndex } from '@/lib/library/queries';
import { PostingIndex } from '@/lib/library/search-index';
import { readSearchShards, rebuildSearchShards, searchIndexState } from '@/lib/library/search-store';
import { SEARCH_FORMAT, shardEntries } from '@/lib/db/search-shards';
import type { SearchEntry } from '@/lib/db/search-entry';
import { getDb } from '../db';
import { onChange } from '../changes';
import { takeFirstShard } from './first-paint';

/** All roles, live (re-read whenever the roles table changes). */
export function useRoles() {
  return useLiveQuery(() => getDb().roles.toArray().then((r) => (performance.mark('roleclip:roles-read'), r)), []);
}

/** Saved postings per role id (null = unassigned, or a role no longer in the library), live. */
export function useRoleCounts(roleIds: readonly string[] | undefined) {
  const key = roleIds?.join(',');
  return useLiveQuery(
    () => (roleIds ? countByRole(getDb(), roleIds).then((c) => (performance.mark('roleclip:counts-read'), c)) : undefined),
    [key],
  );
}

export interface SearchState {
  /** Set once the newest postings are in; grows until `complete`. */
  index: PostingIndex | null;
  /** Bumped whenever the index changes, so memoised searches re-run. */
  version: number;
  bump: () => void;
  /** Postings in the index so far, and in the library (NaN until counted). */
  loaded: number;
  total: number;
  /** Every posting is in the index. */
  complete: boolean;
  /** 'checking' the stored index, 'rebuilding' it from the postings (once, after an upgrade), or idle. */
  work: 'checking' | 'rebuilding' | null;
  /** Reads the index again (after an import). */
  reload: () => Promise<void>;
  /** Asks for the index: pages that search call it; nothing is read until one does. */
  ensure: () => void;
  error: string | null;
}

async function* prepend(first: SearchEntry[], rest: AsyncGenerator<SearchEntry[]>): AsyncGenerator<SearchEntry[]> {
  yield first;
  yield* rest;
}

// Let the page paint between steps; show a growing index at most this often.
const yieldToPage = () => new Promise<void>((done) => setTimeout(done, 0));
const SHOW_EVERY_MS = 150;
const CHECK_AFTER_MS = 300;
const COUNT_AFTER_MS = 10_000;

/**
 * The in-memory posting search index. When a page first asks, it is read from the stored shards,
 * newest first, a few thousand postings a step: the list and search work on the newest at once
 * and on every posting when the last step is in. A library whose shards cannot be trusted (just
 * upgraded) is indexed from its postings once, in the background as soon as the workspace opens,
 * and the result stored. Then the index is kept current from this page's own edits (callers
 * upsert) and from other pages' announcements (the popup saving while the workspace is open).
 */
export function useSearchIndex(): SearchState {
  const [index, setIndex] = useState<PostingIndex | null>(null);
  const [version, setVersion] = useState(0);
  const [progress, setProgress] = useState({ loaded: 0, total: NaN, complete: false });
  const [work, setWork] = useState<SearchState['work']>('checking');
  const [error, setError] = useState<string | null>(null);
  // A load started later (after an import, or to rebuild) stops an earlier one still reading.
  const runs = useRef(0);
  const started = useRef(false);
  const load = useCallback(async (rebuild: boolean, counted = NaN) => {
    started.current = true;
    const run = ++runs.current;
    const current = () => run === runs.current;
    try {
      const db = getDb();
      // The meta row alone: the count check runs apart, after the first screen (below).
      const state = await searchIndexState(db, { count: false });
      setProgress({ loaded: 0, total: state.total, complete: false });
      if (rebuild || !state.whole) {
        setWork('rebuilding');
        const built = await loadSearchIndex(db, { pause: yieldToPage, onProgress: (loaded) => current() && setProgress({ loaded, total: counted, complete: false }) });
        if (!current()) return;
        setIndex(built);
        setProgress({ loaded: built.size, total: built.size, complete: true });
        setVersion((v) => v + 1);
        await rebuildSearchShards(db, built.entries(), state.gen);
        setWork(null);
        return;
      }
      const growing = new PostingIndex();
      let shownAt: number | null = null;
      // The newest shard, if the page's entry read it and nothing was written since (same gen).
      const early = takeFirstShard();
      const first = early && early.meta.gen === state.gen && early.meta.format === SEARCH_FORMAT ? early.shard : undefined;
      const steps = readSearchShards(db, 4, 1, first ? first.lo : null);
      for await (const entries of first ? prepend(shardEntries(first), steps) : steps) {
        if (!current()) return;
        growing.appendOlder(entries);
        if (shownAt === null || performance.now() - shownAt > SHOW_EVERY_MS) {
          if (shownAt === null) setIndex(growing);
          setProgress({ loaded: growing.size, total: state.total, complete: false });
          setVersion((v) => v + 1);
          shownAt = performance.now();
          await yieldToPage();
        }
      }
      if (!current()) return;
      setIndex(growing);
      setProgress({ loaded: growing.size, total: state.total, complete: true });
      setVersion((v) => v + 1);
      // Now that the list is whole, count the postings (see the checks below), not at once: a
      // scan of the table just as the user turns to the list (or another page) would slow that.
      setTimeout(() => void check(true), COUNT_AFTER_MS);
    } catch (err) {
      setWork(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);
  const reload = useCallback(() => load(false), [load]);
  const ensure = useCallback(() => void (started.current || load(false)), [load]);
  // Shards that do not hold every posting (a library from before them, or written around
  // RoleClip) are rebuilt whichever page is open: it is needed once, and takes a while. Two
  // checks: the meta row (instant) says whether shards of this format exist, once the first
  // screen is up; counting the postings (a scan of the table: at 100,000 postings it held the
  // first screen's and the first search's reads up by seconds) catches postings written without
  // the middleware, and waits a while, and on a page reading the index, until a while after it is
  // read.
  const counted = useRef(false);
  const check = useCallback(async (count: boolean) => {
    if (count) {
      if (counted.current) return;
      counted.current = true;
    }
    await searchIndexState(getDb(), { count }).then(
      (state) => (state.whole ? setWork((w) => (w === 'checking' ? null : w)) : void load(true, state.total)),
      () => setWork(null),
    );
  }, [load]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const first = setTimeout(() => void (started.current || check(false)), CHECK_AFTER_MS);
    const second = setTimeout(() => void (started.current || check(true)), COUNT_AFTER_MS);
    return () => (clearTimeout(first), clearTimeout(second));
  }, [check]);
  useEffect(() => {
    if (!index) return;
    return onChange(async (change) => {
      if (change.kind !== 'postings') return;
      const rows = await getDb().postings.bulkGet(change.ids);
      change.ids.forEach((id, i) => {
        const row = rows[i];
        if (row) index.upsert(row);
        else index.remove(id);
      });
      setVersion((v) => v + 1);
    });
  }, [index]);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  return useMemo(
    () => ({ index, version, bump, ...progress, work, reload, error, ensure }),
    [index, version, bump, progress, work, reload, error, ensure],
  );
}
