import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider, preloadLocale } from '@/components/i18n';
import type { Locale } from '@/lib/i18n';

// English is loaded on demand in the extension; tests have it ready before they render.
await preloadLocale('en');

/** Renders a component inside the i18n provider (Chinese unless told). */
export function renderUi(ui: ReactElement, locale: Locale = 'zh_CN') {
  return render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
}
