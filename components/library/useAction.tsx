import { useState } from 'react';
import { useI18n } from '../i18n';

export type ActionState = { kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string };

/** Runs a user's action with busy / done / error state, for the forms of the workspace. */
export function useAction() {
  const [status, setStatus] = useState<ActionState>({ kind: 'idle' });
  const act = (action: () => Promise<void>) => {
    setStatus({ kind: 'busy' });
    action().then(
      () => setStatus({ kind: 'done' }),
      (error: unknown) => setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return { status, setStatus, act, busy: status.kind === 'busy' };
}

/** "Saved", or the error, announced politely. */
export function ActionStatus({ status }: { status: ActionState }) {
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {status.kind === 'done' && <p className="status status-ok">{t('saved')}</p>}
      {status.kind === 'error' && (
        <p role="alert" className="status status-error">
          {status.message}
        </p>
      )}
    </div>
  );
}
