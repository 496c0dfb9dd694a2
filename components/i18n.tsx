import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { makeTranslate, type Locale, type MessageFile, type Translate } from '@/lib/i18n';
import zhCN from '@/public/_locales/zh_CN/messages.json';

// Simplified Chinese is the default and the fallback, so it is in the bundle; English is loaded
// when chosen (it is ~6 KB gzip the popup would otherwise carry for nothing).
const loaded: Partial<Record<Locale, MessageFile>> = { zh_CN: zhCN };
const loaders: Record<Locale, () => Promise<MessageFile>> = {
  zh_CN: () => Promise.resolve(zhCN),
  en: () => import('@/public/_locales/en/messages.json').then((m) => m.default),
};

const I18nContext = createContext<{ t: Translate; locale: Locale }>({
  t: makeTranslate(zhCN),
  locale: 'zh_CN',
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [messages, setMessages] = useState<MessageFile | undefined>(loaded[locale]);
  useEffect(() => {
    if (loaded[locale]) return setMessages(loaded[locale]);
    let live = true;
    void loaders[locale]().then((file) => {
      loaded[locale] = file;
      if (live) setMessages(file);
    });
    return () => {
      live = false;
    };
  }, [locale]);
  const current = loaded[locale] ?? messages;
  // A locale still loading renders nothing for those few milliseconds rather than flash Chinese.
  if (!current) return null;
  const t = makeTranslate(current, zhCN);
  return <I18nContext.Provider value={{ t, locale }}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}

/** Loads a locale's messages ahead of rendering (tests, and pages that know their locale early). */
export async function preloadLocale(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}
