import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { newestPostings } from '@/lib/library/queries';
import { summarize } from '@/lib/library/search';
import { getDb } from '@/platform/db';
import type { Role } from '@/lib/db/schemas';
import { routeToHash, toSearchQuery, type PostingQuery } from '@/lib/route';
import type { PostingIndex } from '@/lib/library/search-index';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { roleName } from '../../labels';
import { PostingFilters } from '../PostingFilters';
import { PostingsList } from '../PostingsList';

const FIRST_SCREEN = 50;

/** Search and filter the saved postings; pick up to six to compare side by side. */
export function PostingsPage({ query, index, roles, ensureIndex }: { query: PostingQuery; index: PostingIndex | null; roles: Role[]; ensureIndex: () => void }) {
  const { t, locale } = useI18n();
  const [selected, setSelected] = useState<string[]>([]);
  const deferred = useDeferredValue(query);
  const result = useMemo(() => {
    if (!index) return null;
    const started = performance.now();
    const found = index.search(toSearchQuery(deferred));
    return { ...found, ms: performance.now() - started, facets: index.facets() };
  }, [index, deferred]);
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
      <p className="muted" aria-live="polite" data-testid="postings-count">
        {t('postingsResults', result.total)} {t('searchTime', result.ms.toFixed(1))}
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
