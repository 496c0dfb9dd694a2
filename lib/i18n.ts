/**
 * UI strings come from the extension's locale files (public/_locales/<locale>/messages.json), the
 * same files the manifest uses. We read them ourselves rather than through the i18n API so the
 * user can switch language at run time (that API always follows the browser language).
 */
export type MessageFile = Record<string, { message: string; description?: string }>;
export type Locale = 'zh_CN' | 'en';
export type Translate = (key: string, ...subs: (string | number)[]) => string;

/** Picks the UI locale: the user's choice, else the browser language (Chinese or English). */
export function resolveLocale(choice: 'auto' | Locale, browserLanguage: string): Locale {
  if (choice !== 'auto') return choice;
  return /^zh/i.test(browserLanguage) ? 'zh_CN' : 'en';
}

/** A translator over one locale's messages, falling back to another locale, then to the key. */
export function makeTranslate(messages: MessageFile, fallback?: MessageFile): Translate {
  return (key, ...subs) => {
    const template = messages[key]?.message ?? fallback?.[key]?.message ?? key;
    // Chrome's positional substitutions: $1 … $9; "$$" is a literal dollar sign.
    return template.replace(/\$(\$|[1-9])/g, (_, d: string) =>
      d === '$' ? '$' : String(subs[Number(d) - 1] ?? ''),
    );
  };
}
