import { useEffect, useMemo, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import { readCachedStats, rolesStamp } from '@/lib/library/stats-cache';
import { computeShared } from '@/lib/library/stats-refresh';
import type { StatsSummary } from '@/lib/library/stats';
import { getDb } from '../db';
import { onChange } from '../changes';
import { useWorkspace } from './workspace';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/**
 * Statistics over the newest `done` of `total` saved ads; `done < total` while still counting.
 * `total` is NaN on the first screen, before the role's ads are counted. `stale`: the statistics
 * as last stored, shown while a change since is counted in.
 */
export interface ProgressiveStats {
  stats: StatsSummary;
  done: number;
  total: number;
  stale?: boolean;
}

const yieldToPage = () => new Promise<void>((resume) => setTimeout(resume, 0));

/**
 * A role's competitor statistics over all its saved postings: the stored ones when nothing
 * changed since (one read), else the stored ones at once while the change is counted in, or
 * the newest ads' first when there is nothing stored (lib/library/stats-cache.ts).
 */
export function useRoleStats(role: Role): Loadable<ProgressiveStats> {
  const { compare, roles, prepareIndex } = useWorkspace();
  const [stats, setStats] = useState<Loadable<ProgressiveStats>>({ state: 'loading' });
  // Postings saved, edited or deleted by another page (the popup) count in while this is open.
  const [changes, setChanges] = useState(0);
  useEffect(() => onChange((change) => change.kind === 'postings' && setChanges((n) => n + 1)), []);
  const stamp = useMemo(() => rolesStamp(roles), [roles]);
  useEffect(() => {
    let live = true;
    let marked = false;
    const show = (value: ProgressiveStats) => {
      if (!live) return;
      if (!marked) (performance.mark('roleclip:stats-first'), (marked = true));
      setStats({ state: 'ready', value });
    };
    const whole = (s: StatsSummary, stale?: boolean) => show({ stats: s, done: s.postingCount, total: s.postingCount, ...(stale ? { stale } : {}) });
    setStats((prev) => (prev.state === 'ready' && prev.value.stats.roleId === role.id ? prev : { state: 'loading' }));
    void (async () => {
      try {
        performance.mark('roleclip:stats-start');
        const db = getDb();
        const { cached, current } = await readCachedStats(db, role.id, stamp);
        performance.mark('roleclip:stats-read');
        if (!live) return;
        if (cached && current) return whole(cached.stats);
        // Stored statistics of the same role text are right but for the change: shown meanwhile
        // (a change counted in from the stored rows; when every posting is compared, see onFirst).
        const stale = cached?.stamp === stamp ? cached.stats : null;
        if (stale) whole(stale, true);
        let first: StatsSummary | null = null;
        // Joins the background's count of this role if it is under way (platform/library/stats-background.ts).
        await computeShared(db, role, stamp, compare, {
          known: cached?.stamp === stamp ? cached : undefined,
          // Comparisons need the matcher index: from its stored parts when they are current. Not
          // waited for when the stored statistics turn out to be still right (nothing compared).
          beforeCompare: () => prepareIndex().then(() => void performance.mark('roleclip:stats-index-ready')),
          pause: yieldToPage,
          onStage: (stage) => performance.mark(`roleclip:stats-${stage}`),
          // A full count is stored before it comes here; a small update from the stored rows comes
          // first and is stored after the paint (a page closed in between redoes the same small update).
          onResult: (fresh) => whole(fresh),
          // Called only when every posting is compared again (no stored rows to start from, as
          // after a restore or a role edit): the stored figures, if any, were counted before and
          // may be far off (a role that had none then), so the newest ads' figures replace them,
          // with the count's progress, until all are counted.
          onFirst: (s, done) => ((first = s), show({ stats: s, done, total: NaN })),
          onProgress: (done, total) => first && show({ stats: first, done, total }),
        });
      } catch (error) {
        if (live) setStats({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [role, compare, prepareIndex, stamp, changes]);
  return stats;
}
