import { createContext, useContext, type ReactNode } from 'react';
import { makeTranslate, type Locale, type MessageFile, type Translate } from '@/lib/i18n';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import en from '@/public/_locales/en/messages.json';

const FILES: Record<Locale, MessageFile> = { zh_CN: zhCN, en };
const I18nContext = createContext<{ t: Translate; locale: Locale }>({
  t: makeTranslate(zhCN),
  locale: 'zh_CN',
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = makeTranslate(FILES[locale], FILES.zh_CN);
  return <I18nContext.Provider value={{ t, locale }}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
