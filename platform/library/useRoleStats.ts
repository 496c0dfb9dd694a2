import { useEffect, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import { postingsOfRole } from '@/lib/library/queries';
import { roleStats, type RoleStats } from '@/lib/library/stats';
import { getDb } from '../db';
import { useWorkspace } from './workspace';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** A role's competitor statistics over all its saved postings (recomputed when the role changes). */
export function useRoleStats(role: Role): Loadable<RoleStats> {
  const { compare, search } = useWorkspace();
  const [stats, setStats] = useState<Loadable<RoleStats>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setStats({ state: 'loading' });
    postingsOfRole(getDb(), role.id).then(
      (rows) => live && setStats({ state: 'ready', value: roleStats(role, rows, compare) }),
      (error: unknown) => live && setStats({ state: 'error', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [role, compare, search.version]);
  return stats;
}
