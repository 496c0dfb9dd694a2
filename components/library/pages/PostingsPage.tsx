import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { newestPostings } from '@/lib/library/queries';
import { summarize } from '@/lib/library/search';
import { getDb } from '@/platform/db';
import type { Role } from '@/lib/db/schemas';
import { routeToHash, toSearchQuery, type PostingQuery } from '@/lib/route';
import type { SearchState } from '@/platform/library/hooks';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { roleName } from '../../labels';
import { PostingFilters } from '../PostingFilters';
import { PostingsList } from '../PostingsList';

const FIRST_SCREEN = 50;

/**
 * Search and filter the saved postings; pick up to six to compare side by side. Searches run on
 * the index as far as it is read (newest first), and again as it grows, until it holds them all.
 */
export function PostingsPage({ query, search, roles }: { query: PostingQuery; search: SearchState; roles: Role[] }) {
  const { t, locale } = useI18n();
  const [selected, setSelected] = useState<string[]>([]);
  const deferred = useDeferredValue(query);
  const { index, version, ensure: ensureIndex } = search;
  // The filter menus count every posting: once per change of the index, not per keystroke.
  const facets = useMemo(() => index?.facets() ?? null, [index, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const result = useMemo(() => {
    if (!index || !facets) return null;
    const started = performance.now();
    const found = index.search(toSearchQuery(deferred));
    return { ...found, ms: performance.now() - started, facets };
  }, [index, version, facets, deferred]); // eslint-disable-line react-hooks/exhaustive-deps
  const byId = useMemo(() => new Map(roles.map((role) => [role.id, role])), [roles]);
  // Until the search index is built (seconds at 10,000 postings), show the newest ones at once.
  const newest = useLiveQuery(() => (index ? [] : newestPostings(getDb(), FIRST_SCREEN)), [Boolean(index)]);
  // Build the search index once the first screen is painted.
  useEffect(() => {
    if (!newest) return;
    const timer = setTimeout(ensureIndex, 50);
    return () => clearTimeout(timer);
  }, [Boolean(newest), ensureIndex]); // eslint-disable-line react-hooks/exhaustive-deps
  const roleLabel = (roleId: string | null) => (roleId ? roleName(byId.get(roleId), locale) : t('filterNoRole'));
  if (!result) {
    if (!newest) return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
    return (
      <section aria-labelledby="postings-h">
        <h2 id="postings-h">{t('navPostings')}</h2>
        <StatusMessage kind="loading">{t('indexBuilding')}</StatusMessage>
        <PostingsList hits={newest.map(summarize)} roleLabel={roleLabel} selected={[]} onToggle={() => {}} />
      </section>
    );
  }
  // Replace (not push) the URL while typing, so Back leaves the list instead of undoing keystrokes.
  const setQuery = (next: PostingQuery) => {
    history.replaceState(null, '', routeToHash({ page: 'postings', query: next }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  return (
    <section aria-labelledby="postings-h">
      <h2 id="postings-h">{t('navPostings')}</h2>
      <PostingFilters query={query} facets={result.facets} roles={roles} onChange={setQuery} />
      <p className="muted" aria-live="polite" aria-busy={search.complete ? undefined : true} data-testid="postings-count">
        {search.complete
          ? `${t('postingsResults', result.total)} ${t('searchTime', result.ms.toFixed(1))}`
          : t('postingsResultsPartial', result.total, search.loaded, Number.isNaN(search.total) ? '…' : search.total)}
      </p>
      {selected.length > 0 && (
        <p className="actions">
          <a className="button" href={routeToHash({ page: 'compare', postingIds: selected })}>
            {t('compareSelected', selected.length)}
          </a>
          <button type="button" className="secondary" onClick={() => setSelected([])}>
            {t('clearSelection')}
          </button>
        </p>
      )}
      {result.total === 0 ? (
        <p className="muted">{t('noPostings')}</p>
      ) : (
        <PostingsList
          hits={result.hits}
          roleLabel={roleLabel}
          selected={selected}
          onToggle={(id) => setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id].slice(0, 6)))}
        />
      )}
    </section>
  );
}
