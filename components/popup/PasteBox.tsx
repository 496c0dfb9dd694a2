import { useId, useState } from 'react';
import { useI18n } from '../i18n';

/** Pasted ad text goes through the same engine as a page. */
export function PasteBox({ onAnalyze, busy, initiallyOpen }: { onAnalyze: (text: string) => void; busy?: boolean; initiallyOpen?: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const submit = () => {
    if (!text.trim()) return setError(true);
    setError(false);
    onAnalyze(text);
  };
  return (
    <details className="paste-box" open={initiallyOpen}>
      <summary>{t('pasteShow')}</summary>
      <label htmlFor={id} className="label">
        {t('pasteLabel')}
      </label>
      <textarea
        id={id}
        data-testid="paste-text"
        rows={6}
        value={text}
        placeholder={t('pastePlaceholder')}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('pasteEmpty')}
        </p>
      )}
      <button type="button" onClick={submit} disabled={busy}>
        {t('pasteAnalyze')}
      </button>
    </details>
  );
}
