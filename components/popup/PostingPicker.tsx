import type { ExtractedPosting } from '@/lib/db/schemas';
import { useI18n } from '../i18n';

/** A careers page with several postings: pick one. */
export function PostingPicker({ postings, onPick }: { postings: ExtractedPosting[]; onPick: (index: number) => void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('pickerTitle', postings.length)} data-testid="posting-picker">
      <p className="label">{t('pickerTitle', postings.length)}</p>
      <ol className="picker">
        {postings.map((posting, index) => (
          <li key={index}>
            <button type="button" className="picker-item" onClick={() => onPick(index)}>
              <span className="picker-title">{posting.title || t('untitled')}</span>
              <span className="picker-meta">{t('pickerItems', posting.duties.length, posting.requirements.length)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
