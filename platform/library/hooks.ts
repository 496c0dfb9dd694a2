import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countByRole, loadSearchIndex } from '@/lib/library/queries';
import type { PostingIndex } from '@/lib/library/search-index';
import { getDb } from '../db';
import { onChange } from '../changes';

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
  index: PostingIndex | null;
  /** Bumped whenever the index changes, so memoised searches re-run. */
  version: number;
  bump: () => void;
  /** Rebuilds from the database (after an import). */
  reload: () => Promise<void>;
  /** Asks for the index: pages that search call it; nothing is built until one does. */
  ensure: () => void;
  error: string | null;
}

// Let the page paint between chunks of a large build.
const yieldToPage = () => new Promise<void>((done) => setTimeout(done, 0));

/**
 * The in-memory posting search index: built when a page first asks for it (in chunks, so the page
 * stays responsive; pages that do not search never pay for it), then kept current from this page's own edits (callers upsert) and from other
 * pages' announcements (the popup saving while the workspace is open).
 */
export function useSearchIndex(): SearchState {
  const [index, setIndex] = useState<PostingIndex | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [wanted, setWanted] = useState(false);
  const reload = useCallback(async () => {
    try {
      setIndex(await loadSearchIndex(getDb(), { pause: yieldToPage }));
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);
  useEffect(() => {
    if (wanted) void reload();
  }, [wanted, reload]);
  const ensure = useCallback(() => setWanted(true), []);
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
  return useMemo(() => ({ index, version, bump, reload, error, ensure }), [index, version, bump, reload, error, ensure]);
}
