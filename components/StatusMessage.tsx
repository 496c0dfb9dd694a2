import type { ReactNode } from 'react';

/** A loading, success or error line; errors are announced to screen readers at once. */
export function StatusMessage(props: {
  kind: 'loading' | 'ok' | 'error' | 'info';
  children: ReactNode;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <div
      className={`status status-${props.kind}`}
      role={props.kind === 'error' ? 'alert' : 'status'}
      aria-busy={props.kind === 'loading' || undefined}
      data-testid={`status-${props.kind}`}
    >
      <span>{props.children}</span>
      {props.action && (
        <button type="button" className="link" onClick={props.action.onClick}>
          {props.action.label}
        </button>
      )}
    </div>
  );
}
