import type { Duty, Role } from '@/lib/db/schemas';
import type { Locale } from '@/lib/i18n';

/** A role's or duty's name in the UI language (user-written text has only the Chinese form). */
export function roleName(role: Pick<Role, 'nameZh' | 'nameEn'> | undefined, locale: Locale): string {
  if (!role) return '';
  return locale === 'en' ? role.nameEn : role.nameZh;
}

export function dutyText(duty: Duty | undefined, locale: Locale): string {
  if (!duty) return '';
  return locale === 'en' && duty.textEn ? duty.textEn : duty.text;
}
