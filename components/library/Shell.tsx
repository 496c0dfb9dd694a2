import type { ReactNode } from 'react';
import type { Route } from '@/lib/route';
import { routeToHash } from '@/lib/route';
import { useI18n } from '../i18n';
import { LanguageSwitch, type LocaleChoice } from '../LanguageSwitch';

const NAV: { key: string; route: Route; match: Route['page'][] }[] = [
  { key: 'navRoles', route: { page: 'roles' }, match: ['roles', 'role'] },
  { key: 'navPostings', route: { page: 'postings', query: {} }, match: ['postings', 'posting'] },
  { key: 'navCompare', route: { page: 'compare', postingIds: [] }, match: ['compare'] },
  { key: 'navData', route: { page: 'data' }, match: ['data'] },
];

/** The workspace frame: title, navigation (links, so they work with the keyboard and new tabs). */
export function Shell(props: { route: Route; locale: LocaleChoice; onLocale: (choice: LocaleChoice) => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <header className="shell-header">
        <h1 className="shell-title">{t('libraryTitle')}</h1>
        <nav aria-label={t('navLabel')}>
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.key}>
                <a href={routeToHash(item.route)} aria-current={item.match.includes(props.route.page) ? 'page' : undefined}>
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch value={props.locale} onChange={props.onLocale} />
      </header>
      <main className="shell-main">{props.children}</main>
    </div>
  );
}
