import { useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import type { Comparison } from '@/lib/roles/types';
import { useI18n } from '../i18n';
import { dutyText } from '../labels';

export interface CoverageViewProps {
  comparison: Comparison;
  role: Role;
  /** Adds a posting item to the role's canonical duties; resolves when stored. */
  onAddDuty: (item: string) => Promise<void>;
}

/** "Covers 7 of 11 standard duties", then covered (with the ad's own words), missing and extra. */
export function CoverageView({ comparison, role, onAddDuty }: CoverageViewProps) {
  const { t, locale } = useI18n();
  const duties = new Map(role.duties.map((duty) => [duty.id, duty]));
  const { covered, total } = comparison.coverage;
  return (
    <section className="panel" aria-labelledby="coverage-h" data-testid="coverage">
      <h3 id="coverage-h">{t('coverageHeading')}</h3>
      <div className="meter-row">
        <meter min={0} max={Math.max(total, 1)} value={covered} aria-labelledby="coverage-text" />
        <span id="coverage-text" data-testid="coverage-text">
          {t('coverageMeter', covered, total)}
        </span>
      </div>
      <details open>
        <summary>{t('coveredList', comparison.covered.length)}</summary>
        <ul className="item-list" data-testid="covered-list">
          {comparison.covered.map((match) => (
            <li key={match.dutyId}>
              <span className="duty">{dutyText(duties.get(match.dutyId), locale)}</span>
              <span className="quote">
                {t('postingSays')}
                {match.item}
              </span>
            </li>
          ))}
          {comparison.covered.length === 0 && <li className="muted">{t('noItems')}</li>}
        </ul>
      </details>
      <details open>
        <summary>{t('missingList', comparison.missing.length)}</summary>
        <ul className="item-list" data-testid="missing-list">
          {comparison.missing.map((id) => (
            <li key={id}>{dutyText(duties.get(id), locale)}</li>
          ))}
          {comparison.missing.length === 0 && <li className="muted">{t('noItems')}</li>}
        </ul>
      </details>
      <details open>
        <summary>{t('extraList', comparison.extra.length)}</summary>
        <ul className="item-list" data-testid="extra-list">
          {comparison.extra.map((extra) => (
            <ExtraItem key={extra.itemIndex} text={extra.item} onAdd={onAddDuty} />
          ))}
          {comparison.extra.length === 0 && <li className="muted">{t('noItems')}</li>}
        </ul>
      </details>
    </section>
  );
}

function ExtraItem({ text, onAdd }: { text: string; onAdd: (item: string) => Promise<void> }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  return (
    <li>
      <span>{text}</span>{' '}
      {state === 'done' ? (
        <span className="ok-text">{t('addedToRole')}</span>
      ) : (
        <button
          type="button"
          className="link"
          disabled={state === 'busy'}
          onClick={() => {
            setState('busy');
            onAdd(text).then(
              () => setState('done'),
              () => setState('error'),
            );
          }}
        >
          {t('addToRole')}
        </button>
      )}
      {state === 'error' && (
        <span role="alert" className="error-text">
          {t('errorGeneric', t('addToRole'))}
        </span>
      )}
    </li>
  );
}
