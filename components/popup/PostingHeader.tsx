import type { ExtractedPosting } from '@/lib/db/schemas';
import { formatEducation, formatSalary, formatYears } from '@/lib/format';
import { useI18n } from '../i18n';

export function sourceLabel(source: string, t: (key: string, ...s: (string | number)[]) => string): string {
  return source.startsWith('site:') ? t('source_site', source.slice(5)) : t(`source_${source}`);
}

/** Title, company, place and the parsed fields of one posting. Page text is rendered as text. */
export function PostingHeader({ posting }: { posting: ExtractedPosting }) {
  const { t } = useI18n();
  const chips = [
    formatSalary(posting.salary, t),
    formatYears(posting.experienceYears, t),
    formatEducation(posting.education, t),
  ].filter(Boolean);
  return (
    <header className="posting-header">
      <h2 className="posting-title" data-testid="posting-title">
        {posting.title || t('untitled')}
      </h2>
      {(posting.company || posting.location) && (
        <p className="posting-company" data-testid="posting-company">
          {[posting.company, posting.location].filter(Boolean).join(' · ')}
        </p>
      )}
      <ul className="chips" aria-label={t('requirementsHeading')}>
        {chips.map((chip) => (
          <li key={chip} className="chip">
            {chip}
          </li>
        ))}
        <li className="chip chip-muted" title={t('sourceLabel')} data-testid="posting-source">
          {sourceLabel(posting.source, t)}
        </li>
      </ul>
    </header>
  );
}
