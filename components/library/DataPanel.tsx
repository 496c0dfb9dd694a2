import { useId, useState } from 'react';
import type { ImportReport } from '@/lib/library/backup';
import type { StorageUsage } from '@/lib/library/storage';
import { formatBytes } from '@/lib/library/storage';
import { useI18n } from '../i18n';

export type ExportWhat = 'backup' | 'csv' | 'roles';

export interface ImportChoice {
  onConflict: 'keep' | 'replace';
  restoreSettings: boolean;
}

type Busy = { kind: 'idle' } | { kind: 'busy'; what: string; progress?: string; done?: number; total?: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string; issues?: string[] };

/**
 * Says how far a long action is: a line of text and, when known, how many of how many (drawn as a
 * progress bar). Shown at most every PROGRESS_MS: a 100,000-ad export calls it thousands of times.
 */
export type Progress = (text: string, done?: number, total?: number) => void;
const PROGRESS_MS = 100;

/**
 * Backup, CSV and role-library export; import with a preview; storage usage and persistence.
 * Long actions (a backup of 100,000 ads) say how far they are.
 */
export function DataPanel(props: {
  usage: StorageUsage | null;
  persisted: boolean | null;
  onExport: (what: ExportWhat, progress: Progress) => Promise<void>;
  /** Reads and checks the file, setting it aside; resolves with what importing it would do. */
  onPreview: (file: File, progress: Progress) => Promise<ImportReport>;
  /** Imports the previewed file. */
  onImport: (choice: ImportChoice, progress: Progress) => Promise<ImportReport>;
  onPersist: () => Promise<boolean>;
  describeError: (error: unknown) => { message: string; issues?: string[] };
}) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState<Busy>({ kind: 'idle' });
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [choice, setChoice] = useState<ImportChoice>({ onConflict: 'keep', restoreSettings: false });
  const run = async (what: string, action: (progress: Progress) => Promise<string>) => {
    setBusy({ kind: 'busy', what });
    let shown = -Infinity;
    const progress: Progress = (text, done, total) => {
      if (performance.now() - shown < PROGRESS_MS) return;
      shown = performance.now();
      setBusy({ kind: 'busy', what, progress: text, done, total });
    };
    try {
      setBusy({ kind: 'done', message: await action(progress) });
    } catch (error) {
      setBusy({ kind: 'error', ...props.describeError(error) });
    }
  };
  // One long action at a time: a second export or import started midway would race the first.
  const isBusy = busy.kind === 'busy';
  const summary = (r: ImportReport) =>
    t('importSummary', r.roles.added.length, r.roles.replaced.length, r.roles.kept.length, r.postings.added, r.postings.duplicates.length, r.aliases.added);
  return (
    <div className="data-panel">
      <section aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>{t('exportHeading')}</h3>
        <div className="actions">
          <button type="button" disabled={isBusy} onClick={() => void run('backup', (progress) => props.onExport('backup', progress).then(() => t('exportDone')))} data-testid="export-backup">
            {t('exportBackup')}
          </button>
          <button type="button" className="secondary" disabled={isBusy} onClick={() => void run('csv', (progress) => props.onExport('csv', progress).then(() => t('exportDone')))}>
            {t('exportCsv')}
          </button>
          <button type="button" className="secondary" disabled={isBusy} onClick={() => void run('roles', (progress) => props.onExport('roles', progress).then(() => t('exportDone')))}>
            {t('exportRoles')}
          </button>
        </div>
      </section>
      <section aria-labelledby={`${id}-import`}>
        <h3 id={`${id}-import`}>{t('importHeading')}</h3>
        <p className="muted">{t('importHelp')}</p>
        <label htmlFor={`${id}-file`}>{t('importFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          disabled={isBusy}
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(event) => {
            const picked = event.target.files?.[0] ?? null;
            setFile(picked);
            setPreview(null);
            if (picked) void run('preview', async (progress) => {
              const report = await props.onPreview(picked, progress);
              setPreview(report);
              return t('importPreview', summary(report));
            });
          }}
        />
        {preview && file && (
          <fieldset className="card-form">
            <legend>{t('importOptions')}</legend>
            <label>
              <input type="radio" name={`${id}-conflict`} checked={choice.onConflict === 'keep'} onChange={() => setChoice({ ...choice, onConflict: 'keep' })} />
              {t('conflictKeep')}
            </label>
            <label>
              <input type="radio" name={`${id}-conflict`} checked={choice.onConflict === 'replace'} onChange={() => setChoice({ ...choice, onConflict: 'replace' })} />
              {t('conflictReplace')}
            </label>
            {preview.format === 'roleclip-backup' && (
              <label>
                <input type="checkbox" checked={choice.restoreSettings} onChange={(e) => setChoice({ ...choice, restoreSettings: e.target.checked })} />
                {t('restoreSettings')}
              </label>
            )}
            <button type="button" data-testid="import-confirm" disabled={isBusy} onClick={() => void run('import', async (progress) => {
              const report = await props.onImport(choice, progress);
              setPreview(null);
              return t('importDone', summary(report));
            })}>
              {t('importConfirm')}
            </button>
          </fieldset>
        )}
      </section>
      <section aria-labelledby={`${id}-storage`}>
        <h3 id={`${id}-storage`}>{t('storageHeading')}</h3>
        <p data-testid="storage-usage">
          {props.usage?.usedBytes != null && props.usage.quotaBytes != null
            ? t('storageUsage', formatBytes(props.usage.usedBytes), formatBytes(props.usage.quotaBytes))
            : t('storageUnknown')}
          {props.usage && (props.usage.level === 'high' || props.usage.level === 'critical') && <strong className="error-text"> {t('storageHigh')}</strong>}
        </p>
        <p>
          {props.persisted ? t('storagePersisted') : t('storageNotPersisted')}{' '}
          {!props.persisted && (
            <button type="button" className="secondary" onClick={() => void run('persist', async () => t((await props.onPersist()) ? 'storagePersisted' : 'storagePersistRefused'))}>
              {t('storagePersist')}
            </button>
          )}
        </p>
      </section>
      <div aria-live="polite" data-testid="data-status">
        {busy.kind === 'busy' && (
          <div className="status" role="status" aria-busy="true" data-testid="data-progress">
            <p>{busy.progress ?? t('working')}</p>
            {busy.total != null && busy.total > 0 && busy.done != null && (
              <progress value={Math.min(busy.done, busy.total)} max={busy.total} aria-label={busy.progress} />
            )}
          </div>
        )}
        {busy.kind === 'done' && <p className="status status-ok">{busy.message}</p>}
        {busy.kind === 'error' && (
          <div role="alert" className="status status-error">
            <p>{busy.message}</p>
            {busy.issues && busy.issues.length > 0 && (
              <ul>
                {busy.issues.slice(0, 20).map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
