import type { Education, Posting, Role } from '../db/schemas';
import { monthlyEquivalent } from './distribution';

/**
 * Postings as CSV for Excel and WPS: RFC 4180 (CRLF records, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as the local ANSI code page and Chinese turns to mojibake). Items keep their full
 * text, one per line inside the cell.
 */
export const CSV_BOM = '\ufeff';
export const CSV_MIME = 'text/csv;charset=utf-8';

export type CsvLocale = 'zh_CN' | 'en';

export interface CsvOptions {
  locale?: CsvLocale;
  /** Role names for the role column (by id); without them the column shows the id. */
  roles?: readonly Pick<Role, 'id' | 'nameZh' | 'nameEn'>[];
  /** Minutes east of UTC for the dates (the UI passes -new Date().getTimezoneOffset()). Default 0. */
  utcOffsetMinutes?: number;
}

const EDUCATION: Record<CsvLocale, Record<Education, string>> = {
  zh_CN: { any: '不限', secondary: '高中/中专', associate: '大专', bachelor: '本科', master: '硕士', phd: '博士' },
  en: { any: 'Any', secondary: 'Secondary', associate: 'Associate', bachelor: 'Bachelor', master: 'Master', phd: 'PhD' },
};

interface Column {
  zh: string;
  en: string;
  value: (p: Posting, ctx: { locale: CsvLocale; roleName: (id: string) => string; date: (ms: number) => string }) => string | number | null;
}

const COLUMNS: Column[] = [
  { zh: '职位', en: 'Title', value: (p) => p.title },
  { zh: '公司', en: 'Company', value: (p) => p.company },
  { zh: '地点', en: 'Location', value: (p) => p.location },
  { zh: '岗位', en: 'Role', value: (p, c) => (p.roleId ? c.roleName(p.roleId) : '') },
  { zh: '岗位ID', en: 'Role id', value: (p) => p.roleId ?? '' },
  { zh: '薪资', en: 'Salary', value: (p) => p.salary?.raw ?? '' },
  { zh: '月薪折算(中位)', en: 'Monthly pay (mid)', value: (p) => monthlyEquivalent(p.salary)?.mid ?? null },
  { zh: '币种', en: 'Currency', value: (p) => p.salary?.currency ?? '' },
  { zh: '经验(年)', en: 'Experience (years)', value: (p) => years(p.experienceYears) },
  { zh: '学历', en: 'Education', value: (p, c) => (p.education ? EDUCATION[c.locale][p.education] : '') },
  { zh: '技能', en: 'Skills', value: (p, c) => p.skills.join(c.locale === 'en' ? ', ' : '、') },
  { zh: '岗位职责', en: 'Duties', value: (p) => p.duties.join('\n') },
  { zh: '任职要求', en: 'Requirements', value: (p) => p.requirements.join('\n') },
  { zh: '加分项', en: 'Preferred', value: (p) => p.preferred.join('\n') },
  { zh: '标签', en: 'Tags', value: (p, c) => p.tags.join(c.locale === 'en' ? ', ' : '、') },
  { zh: '备注', en: 'Note', value: (p) => p.note },
  { zh: '来源网站', en: 'Site', value: (p) => p.site },
  { zh: '链接', en: 'URL', value: (p) => p.url },
  { zh: '收藏时间', en: 'Clipped at', value: (p, c) => c.date(p.clippedAt) },
  { zh: 'ID', en: 'ID', value: (p) => p.id },
];

function years(e: Posting['experienceYears']): string {
  if (!e || (e.min === null && e.max === null)) return '';
  if (e.max === null) return `${e.min}+`;
  const min = e.min ?? 0;
  return min === e.max ? String(min) : `${min}-${e.max}`;
}

/**
 * A cell Excel or WPS would run as a formula: one starting with = + - @ or their full-width forms
 * ＝＋－＠ (both read those as formula starters), also after white space, which they skip; or
 * starting with a tab or line break (OWASP's CSV-injection list).
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u00a0\u3000\ufeff\u200b]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** One field. Page text is untrusted: a formula-like cell gets a leading apostrophe. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function postingsToCsv(postings: readonly Posting[], options: CsvOptions = {}): string {
  const locale = options.locale ?? 'zh_CN';
  const names = new Map(options.roles?.map((r) => [r.id, locale === 'en' ? r.nameEn : r.nameZh]));
  const offset = (options.utcOffsetMinutes ?? 0) * 60_000;
  const ctx = {
    locale,
    roleName: (id: string) => names.get(id) ?? id,
    // "2026-01-01 08:00": Excel reads it as a date; ISO's "T…Z" it shows as text.
    date: (ms: number) => new Date(ms + offset).toISOString().slice(0, 16).replace('T', ' '),
  };
  const rows = [COLUMNS.map((c) => csvField(c[locale === 'en' ? 'en' : 'zh']))];
  for (const p of postings) rows.push(COLUMNS.map((c) => csvField(c.value(p, ctx))));
  return `${CSV_BOM}${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 reader (BOM, quotes, doubled quotes, CRLF or LF); for tests and future imports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
