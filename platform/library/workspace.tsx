import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '@/lib/db/schemas';
import { compareWithRole } from '@/lib/roles/compare';
import { buildIndex, type MatcherIndex } from '@/lib/roles/matcher-index';
import { memoizeCompare, type CompareFn } from '@/lib/library/stats';
import { getDb } from '../db';
import { useSearchIndex, type SearchState } from './hooks';

export interface Workspace {
  roles: Role[];
  rolesById: Map<string, Role>;
  /** Roles + learned aliases: what comparisons align against (rebuilt when roles change). */
  index: MatcherIndex;
  /** Comparison of a posting with a role, remembered per (posting, role) version. */
  compare: CompareFn;
  search: SearchState;
}

const WorkspaceContext = createContext<Workspace | null>(null);

/** Loads what every workspace page shares; children render once the roles are read. */
export function WorkspaceProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const db = getDb();
  const roles = useLiveQuery(() => db.roles.toArray(), []);
  const aliases = useLiveQuery(() => db.aliases.toArray(), []);
  const search = useSearchIndex();
  const value = useMemo(() => {
    if (!roles || !aliases) return null;
    const index = buildIndex(roles, aliases);
    return {
      roles,
      rolesById: index.roles,
      index,
      compare: memoizeCompare((posting, role) => compareWithRole(index, role.id, posting)),
    };
  }, [roles, aliases]);
  if (!value) return <>{fallback}</>;
  return <WorkspaceContext.Provider value={{ ...value, search }}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside WorkspaceProvider');
  return ws;
}
