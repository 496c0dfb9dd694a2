import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PostingSummary } from '@/lib/library/search';
import { routeToHash } from '@/lib/route';
import { useI18n } from '../i18n';

const ROW_HEIGHT = 58;

/**
 * The posting list, virtualised: only the rows in view are in the DOM, so 10,000 postings
 * scroll as smoothly as ten. Rows link to the posting's page; checkboxes pick up to six to compare.
 */
export function PostingsList(props: {
  hits: PostingSummary[];
  roleLabel: (roleId: string | null) => string;
  selected: string[];
  onToggle: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: props.hits.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 900, height: 640 },
  });
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { dateStyle: 'medium' });
  return (
    <div ref={scroller} className="virtual-scroller" role="region" aria-label={t('postingsResults', props.hits.length)} tabIndex={0}>
      <ul className="virtual-list" style={{ height: virtual.getTotalSize() }} data-testid="postings-list">
        {virtual.getVirtualItems().map((row) => {
          const hit = props.hits[row.index]!;
          const checked = props.selected.includes(hit.id);
          return (
            <li key={hit.id} className="posting-row" style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }} aria-setsize={props.hits.length} aria-posinset={row.index + 1}>
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && props.selected.length >= 6}
                aria-label={t('selectForCompare', hit.title)}
                onChange={() => props.onToggle(hit.id)}
              />
              <div className="posting-row-main">
                <a href={routeToHash({ page: 'posting', postingId: hit.id })} className="posting-row-title">
                  {hit.title || t('untitled')}
                </a>
                <span className="muted">
                  {[hit.company, hit.location, hit.salaryRaw, props.roleLabel(hit.roleId), hit.site, date.format(hit.clippedAt)].filter(Boolean).join(' · ')}
                </span>
              </div>
              {hit.tags.length > 0 && <span className="item-badge">{hit.tags.join(' ')}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
