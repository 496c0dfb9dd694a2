import { useId, useState } from 'react';
import { useI18n } from '../i18n';

export interface EditableItem {
  id: string;
  text: string;
  /** A small note shown after the text (e.g. "4/10 ads", "built-in"). */
  badge?: string;
}

export interface ItemListEditorProps {
  label: string;
  items: EditableItem[];
  onAdd: (text: string) => Promise<void>;
  onEdit: (id: string, text: string) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
  onMove: (id: string, toIndex: number) => Promise<void>;
}

/** An ordered, editable list: edit in place, remove, move up/down, add. Keyboard-operable. */
export function ItemListEditor({ label, items, onAdd, onEdit, onRemove, onMove }: ItemListEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="item-editor" aria-busy={busy || undefined}>
      <ol className="editable-list" aria-label={label}>
        {items.map((item, index) => (
          <li key={item.id}>
            {editing?.id === item.id ? (
              <form
                className="inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!editing.text.trim()) return setError(t('itemEmpty'));
                  void run(() => onEdit(item.id, editing.text)).then((ok) => ok && setEditing(null));
                }}
              >
                <label className="visually-hidden" htmlFor={`${id}-edit-${index}`}>
                  {t('itemEditLabel', label, index + 1)}
                </label>
                <input
                  id={`${id}-edit-${index}`}
                  value={editing.text}
                  autoFocus
                  onChange={(event) => setEditing({ id: item.id, text: event.target.value })}
                  onKeyDown={(event) => event.key === 'Escape' && setEditing(null)}
                />
                <button type="submit" disabled={busy}>
                  {t('itemSave')}
                </button>
                <button type="button" className="secondary" onClick={() => setEditing(null)}>
                  {t('cancel')}
                </button>
              </form>
            ) : (
              <div className="item-row">
                <span className="item-text">{item.text}</span>
                {item.badge && <span className="item-badge">{item.badge}</span>}
                <span className="item-actions">
                  <button type="button" className="icon" aria-label={t('itemMoveUp', label, index + 1)} disabled={busy || index === 0} onClick={() => void run(() => onMove(item.id, index - 1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('itemMoveDown', label, index + 1)}
                    disabled={busy || index === items.length - 1}
                    onClick={() => void run(() => onMove(item.id, index + 1))}
                  >
                    ↓
                  </button>
                  <button type="button" className="icon" aria-label={t('itemEdit', label, index + 1)} disabled={busy} onClick={() => setEditing({ id: item.id, text: item.text })}>
                    ✎
                  </button>
                  <button type="button" className="icon danger" aria-label={t('itemRemove', label, index + 1)} disabled={busy} onClick={() => void run(() => onRemove(item.id))}>
                    ×
                  </button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!draft.trim()) return setError(t('itemEmpty'));
          void run(() => onAdd(draft)).then((ok) => ok && setDraft(''));
        }}
      >
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('itemAddLabel', label)}
        </label>
        <input id={`${id}-new`} value={draft} placeholder={t('itemAddPlaceholder')} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" disabled={busy}>
          {t('itemAdd')}
        </button>
      </form>
      {error && (
        <p role="alert" className="status status-error">
          {error}
        </p>
      )}
    </div>
  );
}
