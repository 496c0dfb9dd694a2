import { useEffect, useState } from 'react';
import { defaultDeps } from '@/lib/db/repo';
import { exportBackup, exportRoleLibrary, importFile } from '@/lib/library/backup';
import { ImportError, MAX_IMPORT_BYTES } from '@/lib/library/backup-format';
import { CSV_BOM, CSV_MIME, postingsToCsv } from '@/lib/library/csv';
import { classifyStorageError, describeUsage, formatBytes, type StorageUsage } from '@/lib/library/storage';
import { getDb } from '@/platform/db';
import { downloadFile, fileName } from '@/platform/download';
import { announce } from '@/platform/changes';
import { useWorkspace } from '@/platform/library/workspace';
import { useI18n } from '../../i18n';
import { DataPanel, type ExportWhat } from '../DataPanel';

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

  const onExport = async (what: ExportWhat) => {
    if (what === 'backup') downloadFile(fileName('roleclip-backup', 'json'), await exportBackup(db, defaultDeps), 'application/json');
    else if (what === 'roles') downloadFile(fileName('roleclip-roles', 'json'), await exportRoleLibrary(db, defaultDeps), 'application/json');
    else {
      const csv = postingsToCsv(await db.postings.toArray(), { locale, roles: ws.roles, utcOffsetMinutes: -new Date().getTimezoneOffset() });
      downloadFile(fileName('roleclip-postings', 'csv'), CSV_BOM + csv, CSV_MIME);
    }
  };
  const describeError = (error: unknown) => {
    if (error instanceof ImportError) {
      const head = t(`importError_${error.kind.replace(/-/g, '_')}`, formatBytes(MAX_IMPORT_BYTES));
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
        onPreview={(file) => importFile(db, file, { dryRun: true }, defaultDeps)}
        onImport={async (file, choice) => {
          const report = await importFile(db, file, choice, defaultDeps);
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
