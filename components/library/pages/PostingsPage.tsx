import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { summarize } from '@/lib/library/search';
import { GrowingView } from '@/lib/library/growing-view';
import type { Facets } from '@/lib/library/search-index';
import { firstScreen } from '@/platform/library/first-screen';
import { dismissFirstScreen, firstScreenAnswers } from '@/platform/library/first-paint';
import type { Role } from '@/lib/db/schemas';
import { routeToHash, toSearchQuery, type PostingQuery } from '@/lib/route';
import type { SearchState } from '@/platform/library/hooks';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { roleName } from '../../labels';
import { PostingFilters } from '../PostingFilters';
import { PostingsList } from '../PostingsList';

const NO_FACETS: Facets = { sites: [], companies: [], tags: [], roles: [] };

/**
 * Search and filter the saved postings; pick up to six to compare side by side. The box is there
 * from the first screen (the newest postings, one indexed read); searches run on the index as far
 * as it is read, newest first, so their newest matches show while the rest is still read, and
 * the count says so until it holds every posting.
 */
export function PostingsPage({ query, search, roles }: { query: PostingQuery; search: SearchState; roles: Role[] }) {
  const { t, locale } = useI18n();
  const [selected, setSelected] = useState<string[]>([]);
  const deferred = useDeferredValue(query);
  const { index, version, ensure: ensureIndex } = search;
  // Each step of reading the index adds older postings: searches and counts extend, not rerun.
  const [view] = useState(() => new GrowingView());
  const facets = useMemo(() => (index ? view.facets(index) : null), [index, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const result = useMemo(() => {
    if (!index) return null;
    const started = performance.now();
    const found = view.search(index, toSearchQuery(deferred));
    return { ...found, ms: performance.now() - started };
  }, [index, version, deferred]); // eslint-disable-line react-hooks/exhaustive-deps
  const byId = useMemo(() => new Map(roles.map((role) => [role.id, role])), [roles]);
  // Until the first shard of the search index is in, show the newest postings (one indexed read).
  const newest = useLiveQuery(() => (index ? [] : firstScreen()), [Boolean(index)]);
  // Read the search index once the first screen is painted.
  useEffect(() => {
    if (!newest) return;
    const timer = setTimeout(ensureIndex, 0);
    return () => clearTimeout(timer);
  }, [Boolean(newest), ensureIndex]); // eslint-disable-line react-hooks/exhaustive-deps
  // The entry painted the first screen (platform/library/first-paint.ts): this list takes over
  // in the same frame it has something to show. A search the first screen answers (from the
  // newest shard) stays on screen until this list has its own answer, not a waiting line.
  const shown = Boolean(result || (newest && !firstScreenAnswers()) || search.error);
  useLayoutEffect(() => {
    if (!shown) return;
    dismissFirstScreen();
    performance.mark('roleclip:list-live');
  }, [shown]);
  const roleLabel = (roleId: string | null) => (roleId ? roleName(byId.get(roleId), locale) : t('filterNoRole'));
  if (!result && !newest) return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
  // Replace (not push) the URL while typing, so Back leaves the list instead of undoing keystrokes.
  const setQuery = (next: PostingQuery) => {
    history.replaceState(null, '', routeToHash({ page: 'postings', query: next }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  const asked = Object.values(toSearchQuery(query)).some((v) => v !== undefined);
  const total = Number.isNaN(search.total) ? '…' : search.total;
  return (
    <section aria-labelledby="postings-h">
      <h2 id="postings-h">{t('navPostings')}</h2>
      <PostingFilters query={query} facets={facets ?? NO_FACETS} roles={roles} onChange={setQuery} />
      {!result ? (
        <>
          {/* Nothing read yet to search in: the newest postings, or a search waiting for them. */}
          <p className="muted" aria-live="polite" aria-busy="true" data-testid="postings-count">
            {asked ? t('searchWaiting') : t('indexBuilding')}
          </p>
          {!asked && <PostingsList hits={newest!.map(summarize)} roleLabel={roleLabel} selected={[]} onToggle={() => {}} />}
        </>
      ) : (
        <>
          <p className="muted" aria-live="polite" aria-busy={search.complete ? undefined : true} data-testid="postings-count">
            {search.complete
              ? `${t('postingsResults', result.total)} ${t('searchTime', result.ms.toFixed(1))}`
              : t('postingsResultsPartial', result.total, search.loaded, total)}
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
            <p className="muted">{search.complete ? t('noPostings') : t('searchWaiting')}</p>
          ) : (
            <PostingsList
              hits={result.hits}
              roleLabel={roleLabel}
              selected={selected}
              onToggle={(id) => setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id].slice(0, 6)))}
            />
          )}
        </>
      )}
    </section>
  );
}
