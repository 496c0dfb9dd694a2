import { useEffect, useState } from 'react';
import type { LocaleChoice } from '@/components/LanguageSwitch';
import type { Settings } from '@/lib/db/schemas';
import { settingsFrom } from '@/lib/db/settings';
import { resolveLocale, type Locale } from '@/lib/i18n';
import { libraryAccess, libraryAccessAfterPaint } from './access';
import { earlySettings } from './early';

/**
 * The popup's language choice: first from the settings row the bootstrap read (plain IndexedDB, so
 * the comparison shows in the chosen language from its first render), then live through Dexie once
 * it is loaded after that render (a choice made in another page follows). platform/settings.ts is
 * the same for the library page, which has Dexie from the start.
 */
export function usePopupLocale(): { choice: LocaleChoice; locale: Locale; setChoice: (c: LocaleChoice) => void } {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe(): void } | undefined;
    void earlySettings().then((row) => {
      if (live && row !== undefined) setSettings((known) => known ?? settingsFrom(row));
    });
    libraryAccessAfterPaint().then(
      ({ liveQuery, getSettings, getDb }) => {
        if (!live) return;
        subscription = liveQuery(() => getSettings(getDb())).subscribe({ next: (row) => live && setSettings(row), error: () => undefined });
      },
      () => undefined, // the language stays as read on open
    );
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, []);
  const choice = settings?.locale ?? 'auto';
  return {
    choice,
    locale: resolveLocale(choice, navigator.language),
    setChoice: (next) => void libraryAccess().then(({ updateSettings, getDb }) => updateSettings(getDb(), { locale: next })),
  };
}
