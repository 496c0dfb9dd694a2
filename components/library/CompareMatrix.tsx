import type { PostingMatrix, MatrixRow } from '@/lib/library/matrix';
import { formatEducation, formatYears } from '@/lib/format';
import { routeToHash } from '@/lib/route';
import { useI18n } from '../i18n';

/** Duties x postings: which ad covers which standard duty (with its own words), and each ad's extras. */
export function CompareMatrix({ matrix }: { matrix: PostingMatrix }) {
  const { t, locale } = useI18n();
  const rows = (list: MatrixRow[]) =>
    list.map((row) => (
      <tr key={row.id}>
        <th scope="row">
          {locale === 'en' && row.textEn ? row.textEn : row.text}
          <span className="muted">
            {' '}
            {row.count}/{matrix.columns.length}
          </span>
        </th>
        {row.cells.map((cell, i) => (
          <td key={i} className={cell.covered ? 'cell-yes' : 'cell-no'} title={cell.item ?? undefined}>
            {cell.covered ? (
              <>
                <span aria-hidden="true">✓ </span>
                <span className="cell-item">{cell.item}</span>
              </>
            ) : (
              <span className="visually-hidden">{t('notCovered')}</span>
            )}
          </td>
        ))}
      </tr>
    ));
  return (
    <div className="matrix-scroll" role="region" aria-label={t('navCompare')} tabIndex={0}>
      <table className="matrix" data-testid="compare-matrix">
        <thead>
          <tr>
            <th scope="col">{t('pmDuties')}</th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c.postingId}>
                <a href={routeToHash({ page: 'posting', postingId: c.postingId })}>{c.title || t('untitled')}</a>
                <div className="muted">{c.company}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('coverageHeading')}</th>
            {matrix.columns.map((c) => (
              <td key={c.postingId}>{t('coverageMeter', c.coverage.covered, c.coverage.total)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('pmSalary')}</th>
            {matrix.columns.map((c) => (
              <td key={c.postingId}>{c.salaryRaw || t('notStated')}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('reqExperience')}</th>
            {matrix.columns.map((c) => (
              <td key={c.postingId}>{formatYears(c.experienceYears, t) || t('notStated')}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('reqEducation')}</th>
            {matrix.columns.map((c) => (
              <td key={c.postingId}>{formatEducation(c.education, t) || t('notStated')}</td>
            ))}
          </tr>
          {rows(matrix.duties)}
          <tr>
            <th scope="row">{t('extraDutiesShort')}</th>
            {matrix.columns.map((c) => (
              <td key={c.postingId}>
                <ul className="cell-list">
                  {c.extras.map((e) => (
                    <li key={e.itemIndex}>{e.item}</li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
        </tbody>
        <tbody>
          <tr>
            <th scope="col" colSpan={matrix.columns.length + 1}>
              {t('pmRequirements')}
            </th>
          </tr>
          {rows(matrix.requirements)}
          <tr>
            <th scope="row">{t('extraRequirementsShort')}</th>
            {matrix.columns.map((c) => (
              <td key={c.postingId}>
                <ul className="cell-list">
                  {c.requirementExtras.map((e) => (
                    <li key={e.itemIndex}>{e.item}</li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
