import { useId, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import { useI18n } from '../i18n';
import { dutyText } from '../labels';
import type { MarkFn } from './CoveredDuties';

type State = 'idle' | 'busy' | 'added' | 'marked' | 'error';

/**
 * An ad item no standard duty covers: add it to the role as a new duty, or say which standard
 * duty it is ("this covers duty X"), which the comparison then remembers for every later ad.
 */
export function ExtraItem({ text, role, onAdd, onMark }: { text: string; role: Role; onAdd: (item: string) => Promise<void>; onMark: MarkFn }) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>('idle');
  const selectId = useId();
  const run = (action: Promise<void>, done: State) => {
    setState('busy');
    action.then(
      () => setState(done),
      () => setState('error'),
    );
  };
  return (
    <li>
      <span>{text}</span>{' '}
      {state === 'added' && <span className="ok-text">{t('addedToRole')}</span>}
      {state === 'marked' && <span className="ok-text">{t('markSaved')}</span>}
      {(state === 'idle' || state === 'busy' || state === 'error') && (
        <>
          <button type="button" className="link" disabled={state === 'busy'} onClick={() => run(onAdd(text), 'added')}>
            {t('addToRole')}
          </button>{' '}
          <label htmlFor={selectId} className="visually-hidden">
            {t('markCoversLabel')}
          </label>
          <select id={selectId} value="" disabled={state === 'busy'} onChange={(e) => e.target.value && run(onMark(text, e.target.value, 'covers'), 'marked')}>
            <option value="">{t('markCovers')}</option>
            {role.duties.map((d) => (
              <option key={d.id} value={d.id}>
                {dutyText(d, locale)}
              </option>
            ))}
          </select>
        </>
      )}
      {state === 'error' && (
        <span role="alert" className="error-text">
          {t('errorGeneric', t('addToRole'))}
        </span>
      )}
    </li>
  );
}
