import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Alias, Role } from '@/lib/db/schemas';
import { compareWithRole } from '@/lib/roles/compare';
import { buildIndex, indexFromParts, type IndexParts, type MatcherIndex } from '@/lib/roles/matcher-index';
import { partsFromRow, partsTable } from '@/lib/roles/index-parts';
import { memoizeCompare, type CompareFn } from '@/lib/library/stats';
import { getDb } from '../db';
import { useSearchIndex, type SearchState } from './hooks';
import { refreshProfilesLater } from '../profiles';
import { useStatsRefresh, type StatsRefreshState } from './stats-background';

export interface Workspace {
  roles: Role[];
  /** Titles learned from the user's reassignments. */
  aliases: Alias[];
  rolesById: Map<string, Role>;
  /** Roles + learned aliases: what comparisons align against (rebuilt when roles change). */
  index: MatcherIndex;
  /** Comparison of a posting with a role, remembered per (posting, role) version. */
  compare: CompareFn;
  /** Resolves once the index can be made from its stored parts (or it is known it cannot): await it before a first comparison. */
  prepareIndex: () => Promise<void>;
  search: SearchState;
  /** The role whose cached statistics the background is bringing up to date, if any. */
  statsWork: StatsRefreshState | null;
}

const INDEX_AFTER_MS = 1500;

const WorkspaceContext = createContext<Workspace | null>(null);

/** Loads what every workspace page shares; children render once the roles are read. */
export function WorkspaceProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const db = getDb();
  const roles = useLiveQuery(() => db.roles.toArray(), []);
  const aliases = useLiveQuery(() => db.aliases.toArray(), []);
  const search = useSearchIndex();
  const core = useMemo(() => {
    if (!roles || !aliases) return null;
    // The index costs hundreds of milliseconds from the roles' text on a fresh page: build it
    // when a comparison first asks, not before the first paint of pages that never compare, and
    // from the parts the background keeps (lib/roles/index-parts.ts) when they were made from
    // these roles and aliases, as the popup does (most of a build is making those parts).
    let index: MatcherIndex | null = null;
    let parts: IndexParts | null = null;
    const getIndex = () => {
      if (index) return index;
      index = parts ? indexFromParts(parts, roles) : buildIndex(roles, aliases);
      performance.mark(parts ? 'roleclip:index-from-parts' : 'roleclip:index-built');
      return index;
    };
    let reading: Promise<void> | null = null;
    const prepareIndex = () =>
      (reading ??= partsTable(db)
        .get('parts')
        .then((row) => void (parts = partsFromRow(row, roles, aliases)))
        .catch(() => undefined));
    return {
      roles,
      aliases,
      rolesById: new Map(roles.map((r) => [r.id, r])),
      getIndex,
      prepareIndex,
      compare: memoizeCompare((posting, role) => compareWithRole(getIndex(), role.id, posting)),
      // The background's comparisons are not remembered: it goes through every posting once.
      compareOnce: (posting: Parameters<CompareFn>[0], role: Role) => compareWithRole(getIndex(), role.id, posting),
    };
  }, [roles, aliases]);
  // Every role's statistics kept current once this page's own loading (the search index) is done.
  const statsWork = useStatsRefresh(core?.roles ?? null, core?.compareOnce ?? null, search.work === null && (search.complete || !search.index), core?.prepareIndex);
  // Build the comparison index while the user reads the first page, so opening a role is quick.
  useEffect(() => {
    if (!core) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    // Not in the first moments of a load: a page that needs no comparison (a role's statistics
    // still current, or known unchanged) would wait on a build of ~100-200 ms it does not use.
    let handle = 0;
    const timer = setTimeout(() => (handle = idle(() => void core.prepareIndex().then(core.getIndex), { timeout: 3000 })), INDEX_AFTER_MS);
    // The popup's matcher profiles follow the library's edits (a role, or postings changed here).
    refreshProfilesLater();
    return () => {
      clearTimeout(timer);
      (window.cancelIdleCallback ?? clearTimeout)(handle);
    };
  }, [core]);
  const value = useMemo(
    (): Workspace | null =>
      core && {
        roles: core.roles,
        aliases: core.aliases,
        rolesById: core.rolesById,
        get index() {
          return core.getIndex();
        },
        compare: core.compare,
        prepareIndex: core.prepareIndex,
        search,
        statsWork,
      },
    [core, search, statsWork],
  );
  if (!value) return <>{fallback}</>;
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside WorkspaceProvider');
  return ws;
}
