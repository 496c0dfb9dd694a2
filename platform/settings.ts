import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { resolveLocale, type Locale } from '@/lib/i18n';
import type { LocaleChoice } from '@/components/LanguageSwitch';
import { getDb } from './db';
import { ensureLibrary } from './bootstrap';

/** The language choice (kept in settings, live across pages) and the locale it resolves to. */
export function useLocaleSetting(): { choice: LocaleChoice; locale: Locale; setChoice: (c: LocaleChoice) => void } {
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  const choice = settings?.locale ?? 'auto';
  return {
    choice,
    locale: resolveLocale(choice, navigator.language),
    setChoice: (next) => void updateSettings(getDb(), { locale: next }),
  };
}

export type Boot = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

/** Seeds or upgrades the built-in role library once per page load. */
export function useBootstrap(): Boot {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  useEffect(() => {
    // Ask the browser to keep the library even when disk space runs low (Chrome grants it to
    // extensions without a prompt; the Data page shows the answer and can ask again).
    void navigator.storage?.persist?.().catch(() => false);
    ensureLibrary(getDb()).then(
      () => (performance.mark('roleclip:library-seeded'), setBoot({ state: 'ready' })),
      (error: unknown) => setBoot({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return boot;
}
