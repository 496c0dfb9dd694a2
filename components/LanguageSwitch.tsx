import { useId } from 'react';
import { useI18n } from './i18n';

export type LocaleChoice = 'auto' | 'zh_CN' | 'en';

/** Follows the browser language by default; the choice is kept in settings. */
export function LanguageSwitch({ value, onChange }: { value: LocaleChoice; onChange: (choice: LocaleChoice) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="lang-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language')}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as LocaleChoice)} data-testid="language">
        <option value="auto">{t('languageAuto')}</option>
        <option value="zh_CN">简体中文</option>
        <option value="en">English</option>
      </select>
    </span>
  );
}
