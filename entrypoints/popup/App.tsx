import { useEffect } from 'react';
import { I18nProvider, useI18n } from '@/components/i18n';
import { StatusMessage } from '@/components/StatusMessage';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Skeleton } from '@/components/popup/Skeleton';
import { NotJobNotice } from '@/components/popup/NotJobNotice';
import { PasteBox } from '@/components/popup/PasteBox';
import { PostingPicker } from '@/components/popup/PostingPicker';
import { PostingView } from '@/components/popup/PostingView';
import { markPainted } from '@/platform/popup/access';
import { usePopupLocale } from '@/platform/popup/locale';
import { usePopup } from '@/platform/popup/usePopup';
import { openLibrary } from '@/platform/tab';

function Popup({ choice, onLocale }: { choice: 'auto' | 'zh_CN' | 'en'; onLocale: (c: 'auto' | 'zh_CN' | 'en') => void }) {
  const { t } = useI18n();
  const popup = usePopup();
  const { phase } = popup;
  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);
  // The first answer on screen, other than a comparison (which says so itself, PostingView): what
  // only adds to it (Dexie's reads) may load now.
  useEffect(() => {
    if (phase.kind !== 'loading' && !(phase.kind === 'ready' && phase.selected !== null)) markPainted();
  }, [phase]);
  return (
    <main className="popup">
      <div className="topbar">
        <h1 className="app-title">{t('appTitle')}</h1>
        <button type="button" className="link" onClick={() => void openLibrary('')}>
          {t('openLibrary')}
        </button>
        <LanguageSwitch value={choice} onChange={onLocale} />
      </div>
      {phase.kind === 'loading' && <Skeleton />}
      {phase.kind === 'error' && (
        <StatusMessage kind="error" action={{ label: t('retry'), onClick: () => void popup.read() }}>
          {t(phase.key, phase.detail ?? '')}
        </StatusMessage>
      )}
      {phase.kind === 'not-job' && (phase.pasted ? <p className="notice" role="status">{t('pasteNotJob')}</p> : <NotJobNotice reason={phase.reason} />)}
      {phase.kind === 'ready' && phase.truncated && <p className="notice">{t('errorTruncated')}</p>}
      {phase.kind === 'ready' && phase.selected === null && <PostingPicker postings={phase.candidates.map((c) => c.extracted)} onPick={popup.select} />}
      {phase.kind === 'ready' && phase.selected !== null && popup.index && popup.compare && (
        <>
          {phase.candidates.length > 1 && (
            <button type="button" className="link" onClick={() => popup.select(null)}>
              ← {t('backToList')}
            </button>
          )}
          <PostingView
            key={`${phase.url}#${phase.selected}`}
            candidate={phase.candidates[phase.selected]!}
            url={phase.url}
            index={popup.index}
            compare={popup.compare}
            reloadIndex={popup.reloadIndex}
          />
        </>
      )}
      {phase.kind !== 'loading' && <PasteBox onAnalyze={(text) => void popup.analyzePasted(text)} initiallyOpen={phase.kind === 'not-job' || phase.kind === 'error'} />}
    </main>
  );
}

export default function App() {
  const { choice, locale, setChoice } = usePopupLocale();
  return (
    <I18nProvider locale={locale}>
      <Popup choice={choice} onLocale={setChoice} />
    </I18nProvider>
  );
}
