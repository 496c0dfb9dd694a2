import { useId } from 'react';
import type { Role } from '@/lib/db/schemas';
import type { Facets } from '@/lib/library/search-index';
import type { PostingQuery } from '@/lib/route';
import { useI18n } from '../i18n';
import { roleName } from '../labels';

/** Text search and filters; every control is labelled and changes the URL's query. */
export function PostingFilters(props: { query: PostingQuery; facets: Facets; roles: Role[]; onChange: (query: PostingQuery) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const { query } = props;
  const set = (key: keyof PostingQuery, value: string) => props.onChange({ ...query, [key]: value || undefined });
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={`${id}-text`}>{t('searchLabel')}</label>
      <input id={`${id}-text`} type="search" value={query.text ?? ''} placeholder={t('searchPlaceholder')} onChange={(e) => set('text', e.target.value)} data-testid="search" />
      <label htmlFor={`${id}-role`}>{t('filterRole')}</label>
      <select id={`${id}-role`} value={query.roleId ?? ''} onChange={(e) => set('roleId', e.target.value)}>
        <option value="">{t('filterAny')}</option>
        <option value="-">{t('filterNoRole')}</option>
        {props.roles.map((role) => (
          <option key={role.id} value={role.id}>
            {roleName(role, locale)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-site`}>{t('filterSite')}</label>
      <select id={`${id}-site`} value={query.site ?? ''} onChange={(e) => set('site', e.target.value)}>
        <option value="">{t('filterAny')}</option>
        {props.facets.sites
          .filter((f) => f.value)
          .map((f) => (
            <option key={f.value} value={f.value}>
              {f.value} ({f.count})
            </option>
          ))}
      </select>
      <label htmlFor={`${id}-company`}>{t('filterCompany')}</label>
      <input id={`${id}-company`} list={`${id}-companies`} value={query.company ?? ''} onChange={(e) => set('company', e.target.value)} />
      <datalist id={`${id}-companies`}>
        {props.facets.companies.slice(0, 200).map((f) => (
          <option key={f.value} value={f.value} />
        ))}
      </datalist>
      <label htmlFor={`${id}-tag`}>{t('filterTag')}</label>
      <select id={`${id}-tag`} value={query.tag ?? ''} onChange={(e) => set('tag', e.target.value)}>
        <option value="">{t('filterAny')}</option>
        {props.facets.tags.map((f) => (
          <option key={f.value} value={f.value}>
            {f.value} ({f.count})
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-from`}>{t('filterFrom')}</label>
      <input id={`${id}-from`} type="date" value={query.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      <label htmlFor={`${id}-to`}>{t('filterTo')}</label>
      <input id={`${id}-to`} type="date" value={query.to ?? ''} onChange={(e) => set('to', e.target.value)} />
    </form>
  );
}
