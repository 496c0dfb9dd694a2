import type { ReactNode } from 'react';
import type { MatrixColumn, MatrixRow, PostingMatrix } from '@/lib/library/matrix';
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
          <td key={i} className={cell.covered ? 'cell-yes' : 'cell-no'} title={cell.items.map((x) => x.item).join('\n') || undefined}>
            {cell.covered ? (
              <>
                <span aria-hidden="true">✓ </span>
                {/* Every sentence of the ad that covers the duty, best first (the comparison is many-to-many). */}
                {cell.items.length > 1 ? (
                  <ul className="cell-list cell-item">
                    {cell.items.map((x) => (
                      <li key={x.itemIndex}>{x.item}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="cell-item">{cell.item}</span>
                )}
              </>
            ) : (
              <span className="visually-hidden">{t('notCovered')}</span>
            )}
          </td>
        ))}
      </tr>
    ));
  // One row of a fact or list per posting column.
  const perColumn = (label: string, cell: (column: MatrixColumn) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {matrix.columns.map((c) => (
        <td key={c.postingId}>{cell(c)}</td>
      ))}
    </tr>
  );
  const itemList = (items: { itemIndex: number; item: string }[]) => (
    <ul className="cell-list">
      {items.map((e) => (
        <li key={e.itemIndex}>{e.item}</li>
      ))}
    </ul>
  );
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
          {perColumn(t('coverageHeading'), (c) => t('coverageMeter', c.coverage.covered, c.coverage.total))}
          {perColumn(t('pmSalary'), (c) => c.salaryRaw || t('notStated'))}
          {perColumn(t('reqExperience'), (c) => formatYears(c.experienceYears, t) || t('notStated'))}
          {perColumn(t('reqEducation'), (c) => formatEducation(c.education, t) || t('notStated'))}
          {rows(matrix.duties)}
          {perColumn(t('extraDutiesShort'), (c) => itemList(c.extras))}
        </tbody>
        <tbody>
          <tr>
            <th scope="col" colSpan={matrix.columns.length + 1}>
              {t('pmRequirements')}
            </th>
          </tr>
          {rows(matrix.requirements)}
          {perColumn(t('extraRequirementsShort'), (c) => itemList(c.requirementExtras))}
        </tbody>
      </table>
    </div>
  );
}
