import { useI18n } from '../i18n';

/** What the popup shows while it reads and analyses the page: never a blank. */
export function Skeleton() {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label={t('skeletonLabel')} data-testid="skeleton">
      <div className="sk-line sk-title" />
      <div className="sk-line sk-short" />
      <div className="sk-chips">
        <span className="sk-chip" />
        <span className="sk-chip" />
        <span className="sk-chip" />
      </div>
      <div className="sk-line" />
      <div className="sk-bar" />
      <div className="sk-line" />
      <div className="sk-line sk-short" />
      <span className="visually-hidden">{t('loading')}</span>
    </div>
  );
}
