import { useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import type { Comparison } from '@/lib/roles/types';
import { useI18n } from '../i18n';
import { dutyText } from '../labels';
import { CoveredDuties, type MarkFn } from './CoveredDuties';
import { ExtraItem } from './ExtraItem';

export interface CoverageViewProps {
  comparison: Comparison;
  role: Role;
  /** Adds a posting item to the role's canonical duties; resolves when stored. */
  onAddDuty: (item: string) => Promise<void>;
  /** Teaches the comparison: this sentence covers (or is not) that duty; resolves when stored. */
  onMark: MarkFn;
}

/**
 * "Covers 7 of 11 standard duties", then each covered duty with every sentence of the ad that
 * covers it, the missing duties and the extra items. A broad role is shown against the ad's
 * specialty, with the whole role one click away.
 */
export function CoverageView({ comparison, role, onAddDuty, onMark }: CoverageViewProps) {
  const { t, locale } = useI18n();
  const [whole, setWhole] = useState(false);
  const duties = new Map(role.duties.map((duty) => [duty.id, duty]));
  const scope = comparison.scope && !whole ? comparison.scope : null;
  const { covered, total } = scope ? scope.coverage : comparison.coverage;
  const missing = scope ? scope.missing : comparison.missing;
  const coveredIds = new Set(comparison.covered.map((c) => c.dutyId));
  return (
    <section className="panel" aria-labelledby="coverage-h" data-testid="coverage">
      <h3 id="coverage-h">{t('coverageHeading')}</h3>
      <div className="meter-row">
        <meter min={0} max={Math.max(total, 1)} value={covered} aria-labelledby="coverage-text" />
        <span id="coverage-text" data-testid="coverage-text">
          {t('coverageMeter', covered, total)}
        </span>
      </div>
      {comparison.scope && (
        <p className="muted" data-testid="coverage-scope">
          {scope ? t('coverageScope', comparison.scope.specialties.map((s) => (locale === 'en' ? s.nameEn : s.nameZh)).join('、')) : t('coverageWhole')}{' '}
          <button type="button" className="link" aria-pressed={whole} onClick={() => setWhole(!whole)}>
            {scope ? t('coverageShowWhole', comparison.coverage.total) : t('coverageShowScope')}
          </button>
        </p>
      )}
      <details open>
        <summary>{t('coveredList', coveredIds.size)}</summary>
        <CoveredDuties comparison={comparison} role={role} onMark={onMark} />
      </details>
      <details open>
        <summary>{t('missingList', missing.length)}</summary>
        <ul className="item-list" data-testid="missing-list">
          {missing.map((id) => (
            <li key={id}>{dutyText(duties.get(id), locale)}</li>
          ))}
          {missing.length === 0 && <li className="muted">{t('noItems')}</li>}
        </ul>
      </details>
      <details open>
        <summary>{t('extraList', comparison.extra.length)}</summary>
        <ul className="item-list" data-testid="extra-list">
          {comparison.extra.map((extra) => (
            <ExtraItem key={extra.itemIndex} text={extra.item} role={role} onAdd={onAddDuty} onMark={onMark} />
          ))}
          {comparison.extra.length === 0 && <li className="muted">{t('noItems')}</li>}
        </ul>
      </details>
    </section>
  );
}
