import type { Education, Role } from '../db/schemas';
import type { StatsSummary } from './stats';

/**
 * The JD template model: a role's canonical duties and requirements plus the items saved ads
 * most often add, in ordered, editable sections. Every item says where it came from and how many
 * saved ads include it, so the editor can show "8/12 ads". Edits are pure functions returning a
 * new template (React state friendly); an unknown id leaves the template unchanged.
 */
export type TemplateLocale = 'zh_CN' | 'en';
export type ItemOrigin = 'role' | 'saved' | 'user';

export interface TemplateItem {
  /** Unique within the template; stable across edits. */
  id: string;
  text: string;
  origin: ItemOrigin;
  /** The canonical duty or requirement id for role items. */
  sourceId: string | null;
  /** Saved ads that include it, of how many; null when unknown (user items, no saved ads). */
  frequency: { count: number; total: number } | null;
  /** The text as built, for "restore"; null for items the user added. */
  originalText: string | null;
}

export type SectionKind = 'duties' | 'requirements' | 'preferred' | 'custom';

export interface TemplateSection {
  id: string;
  kind: SectionKind;
  title: string;
  items: TemplateItem[];
}

export interface JdTemplate {
  roleId: string;
  locale: TemplateLocale;
  /** The job title at the top of the JD. */
  title: string;
  /** Pay as the JD will state it ('' until the user fills it in; the JD check flags it). */
  salary: string;
  sections: TemplateSection[];
}

export interface BuildOptions {
  locale?: TemplateLocale;
  /** Add a saved ads' extra item when at least this share of them include it (default 0.2). */
  minShare?: number;
  /** At most this many extra items per section (default 5). */
  maxExtras?: number;
}

export const SECTION_TITLES: Record<TemplateLocale, Record<Exclude<SectionKind, 'custom'>, string>> = {
  zh_CN: { duties: '岗位职责', requirements: '任职要求', preferred: '加分项' },
  en: { duties: 'Responsibilities', requirements: 'Requirements', preferred: 'Nice to have' },
};

const EDUCATION_TEXT: Record<TemplateLocale, Record<Education, string>> = {
  zh_CN: { any: '学历不限', secondary: '高中/中专及以上学历', associate: '大专及以上学历', bachelor: '本科及以上学历', master: '硕士及以上学历', phd: '博士学历' },
  en: { any: 'Any education', secondary: 'High school or above', associate: 'Associate degree or above', bachelor: "Bachelor's degree or above", master: "Master's degree or above", phd: 'PhD' },
};

/** "大专及以上学历，1年以上相关工作经验" from the role's typical values ('' when it has none). */
export function basicsLine(role: Role, locale: TemplateLocale): string {
  const { education, experienceYears } = role.requirements;
  const parts: string[] = [];
  if (education) parts.push(EDUCATION_TEXT[locale][education]);
  const min = experienceYears?.min;
  if (min !== null && min !== undefined) {
    if (locale === 'en') parts.push(min === 0 ? 'Graduates welcome' : `${min}+ years of relevant experience`);
    else parts.push(min === 0 ? '接受应届毕业生' : `${min}年以上相关工作经验`);
  }
  return parts.join(locale === 'en' ? '; ' : '，');
}

export function buildTemplate(role: Role, stats: StatsSummary | null, options: BuildOptions = {}): JdTemplate {
  const locale = options.locale ?? 'zh_CN';
  const minShare = options.minShare ?? 0.2;
  const maxExtras = options.maxExtras ?? 5;
  const total = stats?.postingCount ?? 0;
  const freq = (count: number) => (total ? { count, total } : null);
  const textOf = (d: Role['duties'][number]) => (locale === 'en' && d.textEn ? d.textEn : d.text);
  const roleItem = (prefix: string, d: Role['duties'][number], count: number | undefined): TemplateItem => ({
    id: `${prefix}:${d.id}`,
    text: textOf(d),
    origin: 'role',
    sourceId: d.id,
    frequency: count === undefined ? null : freq(count),
    originalText: textOf(d),
  });
  const extras = (prefix: string, clusters: StatsSummary['extraDuties'] | undefined): TemplateItem[] =>
    (clusters ?? [])
      .filter((c) => c.share >= minShare)
      .slice(0, maxExtras)
      .map((c, i) => ({ id: `${prefix}:${i}`, text: c.label, origin: 'saved', sourceId: null, frequency: freq(c.count), originalText: c.label }));

  const dutyCount = new Map(stats?.duties.map((d) => [d.id, d.count]));
  const reqCount = new Map(stats?.requirementItems.map((d) => [d.id, d.count]));
  const basics = basicsLine(role, locale);
  const requirementItems: TemplateItem[] = [
    ...(basics ? [{ id: 'basics', text: basics, origin: 'role' as const, sourceId: null, frequency: null, originalText: basics }] : []),
    ...role.requirements.items.map((d) => roleItem('req', d, stats ? (reqCount.get(d.id) ?? 0) : undefined)),
    ...extras('saved-req', stats?.extraRequirements),
  ];
  return {
    roleId: role.id,
    locale,
    title: locale === 'en' ? role.nameEn : role.nameZh,
    salary: '',
    sections: [
      {
        id: 'duties',
        kind: 'duties',
        title: SECTION_TITLES[locale].duties,
        items: [...role.duties.map((d) => roleItem('duty', d, stats ? (dutyCount.get(d.id) ?? 0) : undefined)), ...extras('saved-duty', stats?.extraDuties)],
      },
      { id: 'requirements', kind: 'requirements', title: SECTION_TITLES[locale].requirements, items: requirementItems },
    ],
  };
}
