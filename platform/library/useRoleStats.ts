import { useEffect, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import { newestOfRole, postingsOfRole } from '@/lib/library/queries';
import { roleStats, type RoleStats } from '@/lib/library/stats';
import { getDb } from '../db';
import { useWorkspace } from './workspace';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/**
 * Statistics over the newest `done` of `total` saved ads; `done < total` while still counting.
 * `total` is NaN on the first screen, before the role's ads are counted.
 */
export interface ProgressiveStats {
  stats: RoleStats;
  done: number;
  total: number;
}

// Comparing one ad with its role costs ~0.3 ms on a cold page: the newest ads are shown first,
// then the rest are added in steps, the page staying responsive in between.
const FIRST_STEP = 50;
const STEP = 300;

/** A role's competitor statistics over all its saved postings (recomputed when the role changes). */
export function useRoleStats(role: Role): Loadable<ProgressiveStats> {
  const { compare, search } = useWorkspace();
  const [stats, setStats] = useState<Loadable<ProgressiveStats>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setStats({ state: 'loading' });
    void (async () => {
      try {
        performance.mark('roleclip:stats-start');
        // The newest first, through the [roleId+clippedAt] index, then every one of them.
        const newest = await newestOfRole(getDb(), role.id, FIRST_STEP);
        performance.mark('roleclip:stats-read');
        if (!live) return;
        if (newest.length === FIRST_STEP) {
          setStats({ state: 'ready', value: { stats: roleStats(role, newest, compare), done: newest.length, total: NaN } });
          performance.mark('roleclip:stats-first');
        }
        const rows = await postingsOfRole(getDb(), role.id);
        for (let done = Math.min(newest.length === FIRST_STEP ? FIRST_STEP + STEP : FIRST_STEP, rows.length); live; done = Math.min(done + STEP, rows.length)) {
          const value = roleStats(role, rows.slice(0, done), compare);
          if (!live) return;
          setStats({ state: 'ready', value: { stats: value, done, total: rows.length } });
          if (done === rows.length && rows.length < FIRST_STEP) performance.mark('roleclip:stats-first');
          if (done >= rows.length) return;
          await new Promise((resume) => setTimeout(resume, 0));
        }
      } catch (error) {
        if (live) setStats({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [role, compare, search.version]);
  return stats;
}
