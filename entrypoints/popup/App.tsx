import { useCallback, useEffect, useState } from 'react';
import { I18nProvider, useI18n } from '@/components/i18n';
import { StatusMessage } from '@/components/StatusMessage';
import { resolveLocale } from '@/lib/i18n';
import { savePosting } from '@/lib/db/repo';
import { draftFromText } from '@/lib/clip';
import type { PageSnapshot } from '@/lib/page';
import { getDb } from '@/platform/db';
import { snapshotTab, targetTabId } from '@/platform/tab';

type Load = { state: 'loading' } | { state: 'error'; key: string } | { state: 'ready'; page: PageSnapshot };
type Save = { state: 'idle' } | { state: 'saving' } | { state: 'done'; key: string } | { state: 'error'; message: string };

function Popup() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [save, setSave] = useState<Save>({ state: 'idle' });

  const read = useCallback(async () => {
    setLoad({ state: 'loading' });
    const tabId = await targetTabId(location.search);
    if (tabId === null) return setLoad({ state: 'error', key: 'errorNoTab' });
    try {
      setLoad({ state: 'ready', page: await snapshotTab(tabId) });
    } catch {
      setLoad({ state: 'error', key: 'errorCannotAccess' });
    }
  }, []);
  useEffect(() => void read(), [read]);
  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);

  const onSave = async (page: PageSnapshot) => {
    setSave({ state: 'saving' });
    try {
      const { status } = await savePosting(getDb(), draftFromText({ text: '', url: page.url, title: page.title }));
      setSave({ state: 'done', key: status === 'created' ? 'saved' : 'updated' });
    } catch (error) {
      setSave({ state: 'error', message: t('errorSave', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <main className="popup">
      <h1 className="app-title">{t('appTitle')}</h1>
      {load.state === 'loading' && <StatusMessage kind="loading">{t('loading')}</StatusMessage>}
      {load.state === 'error' && (
        <StatusMessage kind="error" action={{ label: t('retry'), onClick: () => void read() }}>
          {t(load.key)}
        </StatusMessage>
      )}
      {load.state === 'ready' && (
        <section aria-labelledby="page-title-label">
          <p id="page-title-label" className="label">{t('pageTitleLabel')}</p>
          <p className="page-title" data-testid="page-title">{load.page.title}</p>
          <button type="button" disabled={save.state === 'saving'} onClick={() => void onSave(load.page)}>
            {save.state === 'saving' ? t('saving') : t('save')}
          </button>
          {save.state === 'done' && <StatusMessage kind="ok">{t(save.key)}</StatusMessage>}
          {save.state === 'error' && <StatusMessage kind="error">{save.message}</StatusMessage>}
        </section>
      )}
    </main>
  );
}

export default function App() {
  return (
    <I18nProvider locale={resolveLocale('auto', navigator.language)}>
      <Popup />
    </I18nProvider>
  );
}
