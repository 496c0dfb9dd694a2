import { useId, useState } from 'react';
import { useI18n } from '../i18n';

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'done'; key: string } | { state: 'error'; message: string };

/** Save (or update a saved copy) with tags and a note; open in library; copy as Markdown. */
export function SaveBar(props: {
  duplicateOf: { title: string; clippedAt: number } | null;
  save: SaveState;
  onSave: (extra: { tags: string[]; note: string }) => void;
  onOpenLibrary: () => void;
  onCopyMarkdown: () => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [copy, setCopy] = useState<{ state: 'idle' | 'done' } | { state: 'error'; message: string }>({ state: 'idle' });
  const saving = props.save.state === 'saving';
  const when = props.duplicateOf ? new Date(props.duplicateOf.clippedAt).toLocaleDateString(locale === 'en' ? 'en' : 'zh-CN') : '';
  return (
    <section className="save-bar" aria-label={t('save')}>
      {props.duplicateOf && (
        <p className="notice" role="status" data-testid="duplicate-notice">
          {t('duplicateNotice', t('savedAt', when))}
        </p>
      )}
      <label htmlFor={`${id}-tags`} className="label">
        {t('tagsLabel')}
      </label>
      <input id={`${id}-tags`} value={tags} onChange={(event) => setTags(event.target.value)} data-testid="save-tags" />
      <label htmlFor={`${id}-note`} className="label">
        {t('noteLabel')}
      </label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(event) => setNote(event.target.value)} data-testid="save-note" />
      <div className="actions">
        <button
          type="button"
          disabled={saving}
          data-testid="save-button"
          onClick={() =>
            props.onSave({
              tags: tags.split(/[,，、;；]/).map((tag) => tag.trim()).filter(Boolean),
              note: note.trim(),
            })
          }
        >
          {saving ? t('saving') : props.duplicateOf ? t('updateSaved') : t('save')}
        </button>
        <button type="button" className="secondary" onClick={props.onOpenLibrary}>
          {t('openLibrary')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            props.onCopyMarkdown().then(
              () => setCopy({ state: 'done' }),
              (error: unknown) => setCopy({ state: 'error', message: String(error) }),
            )
          }
        >
          {t('copyMarkdown')}
        </button>
      </div>
      <div aria-live="polite">
        {props.save.state === 'done' && (
          <p className="status status-ok" data-testid="status-ok">
            {t(props.save.key)}
          </p>
        )}
        {props.save.state === 'error' && (
          <p className="status status-error" role="alert" data-testid="status-error">
            {props.save.message}
          </p>
        )}
        {copy.state === 'done' && <p className="status status-ok">{t('copied')}</p>}
        {copy.state === 'error' && (
          <p className="status status-error" role="alert">
            {t('copyFailed', copy.message)}
          </p>
        )}
      </div>
    </section>
  );
}
