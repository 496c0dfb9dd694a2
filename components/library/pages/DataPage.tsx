import { useEffect, useState } from 'react';
import { defaultDeps } from '@/lib/db/repo';
import { cancelImport, confirmImport, exportRoleLibrary, previewImport, writeBackup } from '@/lib/library/backup';
import { ImportError, MAX_ROW_CHARS } from '@/lib/library/backup-format';
import { CSV_MIME } from '@/lib/library/csv';
import { writePostingsCsv } from '@/lib/library/csv-export';
import { classifyStorageError, describeUsage, type StorageUsage } from '@/lib/library/storage';
import { getDb } from '@/platform/db';
import { downloadBlob, downloadFile, fileName } from '@/platform/download';
import { announce } from '@/platform/changes';
import { useWorkspace } from '@/platform/library/workspace';
import { useI18n } from '../../i18n';
import { DataPanel, type ExportWhat, type Progress } from '../DataPanel';

export function DataPage() {
  const { t, locale } = useI18n();
  const db = getDb();
  const ws = useWorkspace();
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const refreshStorage = () => {
    void navigator.storage?.estimate?.().then((e) => setUsage(describeUsage(e)), () => setUsage(describeUsage(null)));
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
  };
  useEffect(refreshStorage, []);
  // A previewed file not imported is set aside in the database: let it go with the page.
  useEffect(() => () => void cancelImport(db).catch(() => undefined), [db]);

  const onExport = async (what: ExportWhat, progress: Progress) => {
    if (what === 'roles') return downloadFile(fileName('roleclip-roles', 'json'), await exportRoleLibrary(db, defaultDeps), 'application/json');
    // Written a chunk at a time into Blobs: no string ever holds the whole file.
    const parts: Blob[] = [];
    const write = (piece: string) => void parts.push(new Blob([piece]));
    const counted = (done: number, total: number) => progress(t('exportProgress', done, total), done, total);
    if (what === 'backup') {
      await writeBackup(db, defaultDeps, write, counted);
      downloadBlob(fileName('roleclip-backup', 'json'), new Blob(parts, { type: 'application/json' }));
    } else {
      await writePostingsCsv(db, { locale, roles: ws.roles, utcOffsetMinutes: -new Date().getTimezoneOffset() }, write, counted);
      downloadBlob(fileName('roleclip-postings', 'csv'), new Blob(parts, { type: CSV_MIME }));
    }
  };
  const describeError = (error: unknown) => {
    if (error instanceof ImportError) {
      const head = t(`importError_${error.kind.replace(/-/g, '_')}`, MAX_ROW_CHARS.toLocaleString());
      return { message: head, issues: error.kind === 'invalid' || error.kind === 'wrong-version' || error.kind === 'wrong-format' ? error.issues : [] };
    }
    if (classifyStorageError(error) === 'quota') return { message: t('errorStorageFull') };
    return { message: t('errorGeneric', error instanceof Error ? error.message : String(error)) };
  };
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('navData')}</h2>
      <DataPanel
        usage={usage}
        persisted={persisted}
        onExport={onExport}
        onPreview={(file, progress) =>
          previewImport(db, file, {}, defaultDeps, (p) => progress(t('importReading', Math.floor((p.read / (p.size || 1)) * 100), p.postings), p.read, p.size))
        }
        onImport={async (choice, progress) => {
          const report = await confirmImport(db, choice, defaultDeps, (p) => progress(t('importWriting', p.postings, p.total), p.postings, p.total));
          // Imported postings join the search index; other open pages hear of the roles.
          if (ws.search.index) await ws.search.reload();
          announce({ kind: 'roles' });
          refreshStorage();
          return report;
        }}
        onPersist={async () => {
          const ok = (await navigator.storage?.persist?.()) ?? false;
          setPersisted(ok);
          return ok;
        }}
        describeError={describeError}
      />
    </section>
  );
}
