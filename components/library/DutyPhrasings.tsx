import { useId, useState } from 'react';
import type { Duty, Role } from '@/lib/db/schemas';
import { useI18n } from '../i18n';
import { dutyText } from '../labels';
import { ActionStatus, useAction } from './useAction';

export interface DutyPhrasingsProps {
  role: Role;
  /** Replaces a duty's phrasings (patterns, one a line); rejects with the reason a pattern is refused. */
  onSetPhrasings: (dutyId: string, phrasings: string[]) => Promise<void>;
  /** Forgets a sentence the user marked on a duty. */
  onUnmark: (dutyId: string, text: string) => Promise<void>;
}

/**
 * How ads word each duty: its phrasings (editable patterns) and the sentences the user marked as
 * covering it or not. Then the role's specialties, when it has them.
 */
export function DutyPhrasings({ role, onSetPhrasings, onUnmark }: DutyPhrasingsProps) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} data-testid="duty-phrasings">
      <h3 id={`${id}-h`}>{t('phrasingsHeading')}</h3>
      <p className="muted">{t('phrasingsHelp')}</p>
      {role.duties.map((duty) => (
        <DutyEntry key={duty.id} duty={duty} label={dutyText(duty, locale)} onSetPhrasings={onSetPhrasings} onUnmark={onUnmark} />
      ))}
      {!!role.specialties?.length && (
        <>
          <h3>{t('specialtiesHeading')}</h3>
          <ul className="item-list" data-testid="specialties">
            {role.specialties.map((sp) => (
              <li key={sp.id}>
                <strong>{locale === 'en' ? sp.nameEn : sp.nameZh}</strong>：
                {sp.duties.map((d) => dutyText(role.duties.find((x) => x.id === d), locale)).join('；')}
                {sp.skills.length > 0 && <span className="muted">（{sp.skills.join('、')}）</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DutyEntry({ duty, label, onSetPhrasings, onUnmark }: { duty: Duty; label: string } & Omit<DutyPhrasingsProps, 'role'>) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState((duty.phrasings ?? []).join('\n'));
  const { status, act } = useAction();
  const marks = duty.marks ?? [];
  return (
    <details className="duty-phrasings">
      <summary>
        {label} <span className="muted">{t('phrasingsCount', duty.phrasings?.length ?? 0, marks.length)}</span>
      </summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          act(() => onSetPhrasings(duty.id, text.split('\n')));
        }}
      >
        <label htmlFor={`${id}-p`}>{t('phrasingsLabel')}</label>
        <textarea id={`${id}-p`} rows={Math.min(8, Math.max(3, text.split('\n').length))} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={status.kind === 'busy'}>
          {t('itemSave')}
        </button>
      </form>
      {marks.length > 0 && (
        <ul className="item-list" aria-label={t('marksHeading')}>
          {marks.map((m) => (
            <li key={`${m.polarity}-${m.text}`}>
              <span className={m.polarity === 'covers' ? 'ok-text' : 'error-text'}>{t(m.polarity === 'covers' ? 'markIsDuty' : 'markIsNotDuty')}</span> {m.text}{' '}
              <button type="button" className="link" aria-label={t('markForgetLabel', m.text)} onClick={() => act(() => onUnmark(duty.id, m.text))}>
                {t('markForget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionStatus status={status} />
    </details>
  );
}
