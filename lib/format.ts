import type { Education, Salary, YearsRange } from './db/schemas';
import type { Translate } from './i18n';

/** Display forms of the extracted fields, in the UI's language. */

function compact(n: number, currency: string): string {
  if (currency === 'CNY') {
    if (n >= 10_000 && n % 1000 === 0 && n < 1_000_000) return `${n / 1000}K`;
    if (n >= 10_000) return `${+(n / 10_000).toFixed(1)}万`;
    if (n >= 1000 && n % 100 === 0) return `${n / 1000}K`;
    return String(n);
  }
  return n.toLocaleString('en-US');
}

export function formatSalary(salary: Salary | null, t: Translate): string {
  if (!salary) return '';
  if (salary.negotiable && salary.min === null && salary.max === null) return t('salaryNegotiable');
  const symbol = salary.currency === 'CNY' ? '' : salary.currency === 'USD' ? '$' : `${salary.currency} `;
  const lo = salary.min === null ? '' : symbol + compact(salary.min, salary.currency);
  const hi = salary.max === null ? '' : symbol + compact(salary.max, salary.currency);
  const range = lo && hi && lo !== hi ? `${lo}-${hi}` : lo || hi;
  const months = salary.months && salary.months !== 12 ? t('salaryMonths', salary.months) : '';
  return `${range}${t(`per_${salary.period}`)}${months}`;
}

export function formatYears(years: YearsRange | null, t: Translate): string {
  if (!years) return '';
  const { min, max } = years;
  if (min === 0 && max === 0) return t('yearsFresh');
  if (min === null && max === null) return t('yearsAny');
  if (max === null) return t('yearsAtLeast', min ?? 0);
  if (min === null || min === 0) return t('yearsAtMost', max);
  if (min === max) return t('yearsExactly', min);
  return t('yearsRange', min, max);
}

export function formatEducation(education: Education | null, t: Translate): string {
  return education ? t(`edu_${education}`) : '';
}

/** 0.873 -> "87%". */
export function formatPercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
