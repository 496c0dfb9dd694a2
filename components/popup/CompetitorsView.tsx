import type { CompetitorSummaryModel as CompetitorSummary } from '@/lib/popup-model';
import { useI18n } from '../i18n';


/** How this ad stands among the competitor ads saved for the same role. */
export function CompetitorsView({ roleLabel, summary }: { roleLabel: string; summary: CompetitorSummary | null }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="comp-h" data-testid="competitors">
      <h3 id="comp-h">{t('competitorsHeading')}</h3>
      {!summary || summary.count === 0 ? (
        <p className="muted">{t('competitorsNone', roleLabel)}</p>
      ) : (
        <>
          <p data-testid="competitors-count">{t('competitorsCount', summary.count, roleLabel)}</p>
          {summary.places.length > 0 && (
            <ul className="places">
              {summary.places.map((place) => (
                <li key={place.key}>{t(place.key, `${place.percent}%`)}</li>
              ))}
            </ul>
          )}
          <details>
            <summary>{t('dutyFrequency')}</summary>
            <ul className="freq-list">
              {summary.dutyFrequency.map((row) => (
                <li key={row.dutyId}>
                  <span className="freq-bar" style={{ width: `${Math.round((row.count / summary.count) * 100)}%` }} aria-hidden="true" />
                  <span>
                    {row.text} — {row.count}/{summary.count}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
