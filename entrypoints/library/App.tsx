import { useEffect } from 'react';
import { I18nProvider, useI18n } from '@/components/i18n';
import { Shell } from '@/components/library/Shell';
import { WorkspacePage } from '@/components/library/pages/WorkspacePage';
import { StatusMessage } from '@/components/StatusMessage';
import { useHashRoute } from '@/platform/library/route';
import { dismissFirstScreen } from '@/platform/library/first-paint';
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
        {/* Pages read the database at once; the roles appear live if a first run is still seeding. */}
        {boot.state === 'error' && <BootError message={boot.message} />}
        <WorkspacePage route={route} />
      </Shell>
    </I18nProvider>
  );
}

function BootError({ message }: { message: string }) {
  const { t } = useI18n();
  useEffect(dismissFirstScreen, []);
  return <StatusMessage kind="error">{t('errorGeneric', message)}</StatusMessage>;
}
