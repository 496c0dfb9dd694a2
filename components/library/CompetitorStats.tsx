import { EDUCATION_LEVELS } from '@/lib/db/schemas';
import type { StatsSummary, ItemCount, ClusterCount } from '@/lib/library/stats';
import type { DistributionSummary } from '@/lib/library/distribution';
import { useI18n } from '../i18n';

/** What a role's saved competitor ads ask for: duty frequencies, recurring extras, distributions. */
export function CompetitorStats({ stats, progress, stale }: { stats: StatsSummary; progress?: { done: number; total: number }; stale?: boolean }) {
  const { t, locale } = useI18n();
  const n = stats.postingCount;
  if (n === 0) return <p className="muted">{t('statsNone')}</p>;
  const freq = (rows: ItemCount[], testId: string) => (
    <ul className="bar-chart" data-testid={testId}>
      {[...rows]
        .sort((a, b) => b.count - a.count)
        .map((row) => (
          <li key={row.id}>
            <span className="bar" style={{ width: `${Math.round(row.share * 100)}%` }} aria-hidden="true" />
            <span className="bar-label">
              {locale === 'en' && row.textEn ? row.textEn : row.text}
              <span className="muted">
                {' '}
                {row.count}/{n}
              </span>
            </span>
          </li>
        ))}
    </ul>
  );
  const extras = (clusters: ClusterCount[], testId: string) =>
    clusters.length === 0 ? (
      <p className="muted">{t('noItems')}</p>
    ) : (
      <ol className="cluster-list" data-testid={testId}>
        {clusters.map((c) => (
          <li key={c.label}>
            <span>{c.label}</span>
            <span className="muted"> {t('inAds', c.count, n)}</span>
            {c.variants.length > 1 && (
              <details>
                <summary>{t('variants', c.variants.length)}</summary>
                <ul>
                  {c.variants.map((v) => (
                    <li key={v}>{v}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    );
  const dist = (d: DistributionSummary | null, unit: (v: number) => string) =>
    d ? t('distLine', unit(d.median), unit(d.min), unit(d.max), unit(d.p25), unit(d.p75), d.n) : t('notStated');
  const money = (v: number) => `${Math.round(v).toLocaleString()}${stats.salary.currency && stats.salary.currency !== 'CNY' ? ` ${stats.salary.currency}` : ''}`;
  return (
    <div className="stats" data-testid="competitor-stats">
      <p data-testid="stats-count" aria-live="polite" aria-busy={progress || stale ? true : undefined}>
        {progress
          ? Number.isNaN(progress.total)
            ? t('statsProgressFirst', progress.done)
            : t('statsProgress', progress.done, progress.total)
          : stale
            ? t('statsUpdating', n)
            : t('statsCount', n)}
      </p>
      <section>
        <h3>{t('dutyFrequency')}</h3>
        {freq(stats.duties, 'duty-frequency')}
      </section>
      <section>
        <h3>{t('extraDutiesHeading')}</h3>
        {extras(stats.extraDuties, 'extra-duties')}
      </section>
      <section>
        <h3>{t('requirementFrequency')}</h3>
        {freq(stats.requirementItems, 'requirement-frequency')}
        <h3>{t('extraRequirementsHeading')}</h3>
        {extras(stats.extraRequirements, 'extra-requirements')}
      </section>
      <section>
        <h3>{t('distributionsHeading')}</h3>
        <dl className="dist">
          <dt>{t('reqExperience')}</dt>
          <dd data-testid="dist-experience">{dist(stats.experience, (v) => t('yearsExactly', +v.toFixed(1)))}</dd>
          <dt>{t('monthlyPay')}</dt>
          <dd data-testid="dist-salary">{dist(stats.salary.mid, money)}</dd>
          <dt>{t('reqEducation')}</dt>
          <dd>
            <ul className="bar-chart" data-testid="dist-education">
              {EDUCATION_LEVELS.filter((level) => stats.education.counts[level] > 0).map((level) => (
                <li key={level}>
                  <span className="bar" style={{ width: `${Math.round((stats.education.counts[level] / n) * 100)}%` }} aria-hidden="true" />
                  <span className="bar-label">
                    {t(`edu_${level}`)} <span className="muted">{stats.education.counts[level]}</span>
                  </span>
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('reqSkills')}</dt>
          <dd>{stats.skills.slice(0, 20).map((s) => `${s.skill} (${s.count})`).join('、') || t('noItems')}</dd>
        </dl>
      </section>
    </div>
  );
}
