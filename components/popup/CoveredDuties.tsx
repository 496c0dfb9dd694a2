import { useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import type { Comparison, CoveredDuty } from '@/lib/roles/types';
import { useI18n } from '../i18n';
import { dutyText } from '../labels';

export type MarkFn = (text: string, dutyId: string, polarity: 'covers' | 'not') => Promise<void>;

/**
 * Each covered duty once, in the role's order, with every sentence of the ad that covers it: the
 * words that matched, and the whole item when it says more. Each sentence can be marked "not this
 * duty"; the mark is kept and read for every later ad.
 */
export function CoveredDuties({ comparison, role, onMark }: { comparison: Comparison; role: Role; onMark: MarkFn }) {
  const { t, locale } = useI18n();
  const byDuty = new Map<string, CoveredDuty[]>();
  for (const c of comparison.covered) byDuty.set(c.dutyId, [...(byDuty.get(c.dutyId) ?? []), c]);
  const duties = role.duties.filter((d) => byDuty.has(d.id));
  return (
    <ul className="item-list" data-testid="covered-list">
      {duties.map((duty) => (
        <li key={duty.id} data-duty={duty.id}>
          <span className="duty">{dutyText(duty, locale)}</span>
          {byDuty.get(duty.id)!.map((match) => (
            <Quote key={match.itemIndex} match={match} dutyLabel={dutyText(duty, locale)} onMark={onMark} />
          ))}
        </li>
      ))}
      {duties.length === 0 && <li className="muted">{t('noItems')}</li>}
    </ul>
  );
}

function Quote({ match, dutyLabel, onMark }: { match: CoveredDuty; dutyLabel: string; onMark: MarkFn }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'error'>('idle');
  const words = match.clause && match.clause !== match.item ? match.clause : null;
  return (
    <span className="quote">
      {t('postingSays')}
      {words ? (
        <>
          <mark>{words}</mark>
          <span className="muted">（{match.item}）</span>
        </>
      ) : (
        match.item
      )}{' '}
      <button
        type="button"
        className="link"
        disabled={state === 'busy'}
        aria-label={t('markNotDutyLabel', dutyLabel)}
        onClick={() => {
          setState('busy');
          onMark(match.item, match.dutyId, 'not').then(
            () => setState('idle'),
            () => setState('error'),
          );
        }}
      >
        {t('markNotDuty')}
      </button>
      {state === 'error' && (
        <span role="alert" className="error-text">
          {t('errorGeneric', t('markNotDuty'))}
        </span>
      )}
    </span>
  );
}
