import type { Role } from '@/lib/db/schemas';
import type { ListHead } from '@/lib/library/list-head';
import type { Locale, makeTranslate } from '@/lib/i18n';
import { parseRoute, routeToHash } from '@/lib/route';
import { roleName } from '@/components/labels';

/** The first screen's DOM (platform/library/first-paint.ts): plain elements, text only, no React. */

const ROW_HEIGHT = 58;

export interface ScreenParts {
  input: HTMLInputElement;
  count: HTMLElement;
  note: HTMLElement;
  scroller: HTMLElement;
  list: HTMLElement;
}

type Translate = ReturnType<typeof makeTranslate>;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

/**
 * The list's page as PostingsPage draws it (same classes, labels and layout), its rows and count
 * left to `fill` (first-paint.ts answer()), which also runs on every keystroke in its box.
 */
export function paintShell(into: HTMLElement, rowCount: number, t: Translate, fill: (parts: ScreenParts) => void): void {
  // A repaint (the IndexedDB read after the stored copy) keeps a search being typed and its focus.
  const old = into.querySelector<HTMLInputElement>('#first-search');
  const typing = old !== null && old === document.activeElement;
  const shell = el('div', { class: 'shell' });
  const header = el('header', { class: 'shell-header' });
  header.append(el('h1', { class: 'shell-title' }, t('libraryTitle')));
  const nav = el('nav', { 'aria-label': t('navLabel') });
  const navList = el('ul', { class: 'nav' });
  const links: [string, string][] = [['navRoles', '#/roles'], ['navPostings', routeToHash({ page: 'postings', query: {} })], ['navCompare', routeToHash({ page: 'compare', postingIds: [] })], ['navData', '#/data']];
  for (const [key, href] of links) {
    const li = el('li');
    li.append(el('a', { href, ...(key === 'navPostings' ? { 'aria-current': 'page' } : {}) }, t(key)));
    navList.append(li);
  }
  nav.append(navList);
  header.append(nav);
  const main = el('main', { class: 'shell-main' });
  const section = el('section', { 'aria-labelledby': 'first-postings-h' });
  section.append(el('h2', { id: 'first-postings-h' }, t('navPostings')));
  const form = el('form', { class: 'filters', role: 'search' });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.append(el('label', { for: 'first-search' }, t('searchLabel')));
  const input = el('input', { id: 'first-search', type: 'search', placeholder: t('searchPlaceholder'), 'data-testid': 'search' });
  input.value = (parseRoute(location.hash) as { query?: { text?: string } }).query?.text ?? '';
  form.append(input);
  const count = el('p', { class: 'muted', 'aria-live': 'polite', 'aria-busy': 'true', 'data-testid': 'postings-count' });
  const note = el('p', { class: 'muted' });
  const scroller = el('div', { class: 'virtual-scroller', role: 'region', 'aria-label': t('postingsResults', rowCount), tabindex: '0' });
  const list = el('ul', { class: 'virtual-list', 'data-testid': 'postings-list' });
  scroller.append(list);
  // Typing searches as the list does: the text goes into the URL (and the workspace, once
  // mounted, hears of it), and the rows become the search's, from the newest shard when it is in.
  input.addEventListener('input', () => {
    history.replaceState(null, '', routeToHash({ page: 'postings', query: input.value ? { text: input.value } : {} }));
    dispatchEvent(new HashChangeEvent('hashchange'));
    fill(parts);
  });
  section.append(form, count, scroller, note);
  main.append(section);
  shell.append(header, main);
  const parts: ScreenParts = { input, count, note, scroller, list };
  fill(parts);
  into.replaceChildren(shell);
  if (typing) input.focus();
}

type RowShown = Pick<ListHead['rows'][number], 'id' | 'title' | 'company' | 'location' | 'salary' | 'roleId' | 'site' | 'clippedAt' | 'tags'>;

/** Rows as PostingsList draws them (the first `rows.length` of `of`). */
export function paintRows(list: HTMLElement, rows: readonly RowShown[], roles: ReadonlyMap<string, Pick<Role, 'id' | 'nameZh' | 'nameEn'>>, locale: Locale, t: Translate, of = rows.length): void {
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { dateStyle: 'medium' });
  list.setAttribute('style', `height: ${of * ROW_HEIGHT}px`);
  list.replaceChildren(
    ...rows.map((p, i) => {
      const li = el('li', { class: 'posting-row', style: `transform: translateY(${i * ROW_HEIGHT}px); height: ${ROW_HEIGHT}px`, 'aria-setsize': String(of), 'aria-posinset': String(i + 1) });
      const body = el('div', { class: 'posting-row-main' });
      body.append(el('a', { href: routeToHash({ page: 'posting', postingId: p.id }), class: 'posting-row-title' }, p.title || t('untitled')));
      const role = p.roleId ? roleName(roles.get(p.roleId), locale) : t('filterNoRole');
      body.append(el('span', { class: 'muted' }, [p.company, p.location, p.salary, role, p.site, date.format(p.clippedAt)].filter(Boolean).join(' · ')));
      li.append(body);
      if (p.tags.length) li.append(el('span', { class: 'item-badge' }, p.tags.join(' ')));
      return li;
    }),
  );
}
