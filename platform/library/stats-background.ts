import { useEffect, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import { rolesStamp } from '@/lib/library/stats-cache';
import { refreshAllStats } from '@/lib/library/stats-refresh';
import type { CompareFn } from '@/lib/library/stats';
import { getDb } from '../db';
import { onChange } from '../changes';

/** 'checking' while a refresh is due or looking for stale roles; then the role being counted. */
export type StatsRefreshState = 'checking' | { role: Role; done: number; of: number };

// After the page's own first work (the first screen, the search index) and between changes.
const START_AFTER_MS = 1500;
const AFTER_CHANGE_MS = 1000;

/** Waits for an idle moment (a step is ~300 comparisons, ~100 ms): the page stays responsive. */
const idle = () =>
  new Promise<void>((resume) => (window.requestIdleCallback ? window.requestIdleCallback(() => resume(), { timeout: 500 }) : setTimeout(resume, 0)));

/**
 * Keeps every role's cached statistics current while the workspace is open
 * (lib/library/stats-refresh.ts): once the page's own loading is done (`ready`), again after
 * postings change (saved here or by the popup) and after roles change (a new stamp: every role's
 * comparisons are made again). Returns the role being counted, for the page to say so.
 */
export function useStatsRefresh(roles: Role[] | null, compare: CompareFn | null, ready: boolean, prepareIndex?: () => Promise<void>): StatsRefreshState | null {
  const [state, setState] = useState<StatsRefreshState | null>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => onChange((change) => change.kind === 'postings' && setChanges((n) => n + 1)), []);
  useEffect(() => {
    if (!roles || !compare || !ready) return;
    let stopped = false;
    // Said (hidden) from now, so a wait for the page's background work does not end in the gap.
    setState('checking');
    const timer = setTimeout(async () => {
      await prepareIndex?.();
      if (stopped) return;
      const stamp = rolesStamp(roles);
      void refreshAllStats(getDb(), roles, stamp, compare, {
        pause: idle,
        cancelled: () => stopped,
        onRole: (role, done, of) => !stopped && setState({ role, done, of }),
      })
        .catch((err) => console.warn('RoleClip: background statistics stopped', err))
        .finally(() => !stopped && setState(null));
    }, changes ? AFTER_CHANGE_MS : START_AFTER_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [roles, compare, ready, changes, prepareIndex]);
  return state;
}
