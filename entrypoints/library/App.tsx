import { useEffect } from 'react';
import { I18nProvider, useI18n } from '@/components/i18n';
import { Shell } from '@/components/library/Shell';
import { WorkspacePage } from '@/components/library/pages/WorkspacePage';
import { StatusMessage } from '@/components/StatusMessage';
import { useHashRoute } from '@/platform/library/route';
import { useLocaleSetting, useBootstrap } from '@/platform/settings';

function Title() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('libraryTitle');
  }, [t]);
  return null;
}

export default function App() {
  const route = useHashRoute();
  const { choice, locale, setChoice } = useLocaleSetting();
  const boot = useBootstrap();
  return (
    <I18nProvider locale={locale}>
      <Title />
      <Shell route={route} locale={choice} onLocale={setChoice}>
        {boot.state === 'ready' ? <WorkspacePage route={route} /> : <BootStatus boot={boot} />}
      </Shell>
    </I18nProvider>
  );
}

function BootStatus({ boot }: { boot: ReturnType<typeof useBootstrap> }) {
  const { t } = useI18n();
  return boot.state === 'error' ? <StatusMessage kind="error">{t('errorGeneric', boot.message)}</StatusMessage> : <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
}
