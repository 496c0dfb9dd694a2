import type { Salary } from '../db/schemas';
import { toHalfWidth, toSimplified } from '../text/normalize';

/**
 * Salary text -> numbers: 15-25K·13薪, 8千-1.2万/月, 20-40万/年, 150元/天, 面议,
 * $120,000 - $150,000 a year, A$130k–160k p.a. Amounts are in the currency's unit (15K -> 15000).
 */

const CURRENCIES: [RegExp, string][] = [
  [/\b(a\$|au\$|aud)/, 'AUD'],
  [/\b(nz\$|nzd)/, 'NZD'],
  [/\b(c\$|ca\$|cad)/, 'CAD'],
  [/\b(hk\$|hkd)/, 'HKD'],
  [/\b(s\$|sgd)/, 'SGD'],
  [/\b(nt\$|twd)|新台币/, 'TWD'],
  [/£|\bgbp/, 'GBP'],
  [/€|\beur/, 'EUR'],
  [/\busd|us\$|美元|美金/, 'USD'],
  [/¥|￥|元|人民币|\brmb|\bcny/, 'CNY'],
];

const NUM = String.raw`(\d+(?:\.\d+)?)\s*(k|千|w|万)?`;
// Between the two amounts: a unit ("元", "/yr") after the first, a currency before the second.
const TAIL = String.raw`(?:\s*(?:元|块))?(?:\s*\/\s*(?:yr|year|hr|hour|h|月|年|天|日|时|小时|month|mo|day|week|wk))?`;
const CUR = String.raw`(?:[a-z]{1,3}\$|\$|£|€|¥|￥|rmb|aud|usd|gbp|eur|cad|nzd)?`;
const RANGE = new RegExp(String.raw`${NUM}${TAIL}\s*(?:-|~|～|至|到|–|—|to)\s*${CUR}\s*${NUM}`);
const SINGLE = new RegExp(NUM);
const UNIT: Record<string, number> = { k: 1000, 千: 1000, w: 10000, 万: 10000 };

function periodOf(t: string, currency: string, value: number): Salary['period'] {
  if (/年薪|\/\s*年|每年|年$|\byear|annum|\bp\.?a\b|annual/.test(t)) return 'year';
  if (/\/\s*(天|日)|每天|日薪|元\s*\/?\s*天|\bday|daily|per diem/.test(t)) return 'day';
  if (/\/\s*(时|小时)|时薪|每小时|元\s*\/?\s*(时|小时)|\bhour|\bhr\b|hourly|\/h\b/.test(t)) return 'hour';
  if (/\/\s*月|月薪|每月|\bmonth|monthly|\/mo\b/.test(t)) return 'month';
  // No period written: Chinese ads quote a month; elsewhere big amounts are a year, small an hour.
  if (!value) return 'month';
  if (currency === 'CNY') return value < 300 ? 'day' : 'month';
  return value >= 10_000 ? 'year' : value < 300 ? 'hour' : 'month';
}

/** The currency a bare "$" means on a site of this address (AU boards quote AUD). */
export function dollarOf(url: string | undefined): string {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url ?? '')?.[1]?.toLowerCase() ?? '';
  const labels = host.split('.');
  const byCountry: Record<string, string> = { au: 'AUD', nz: 'NZD', ca: 'CAD', sg: 'SGD', hk: 'HKD', tw: 'TWD' };
  // seek.com.au, or a country subdomain of a .com board: au.indeed.com, nz.linkedin.com.
  return byCountry[labels[labels.length - 1] ?? ''] ?? (labels.length > 2 ? byCountry[labels[0]!] : undefined) ?? 'USD';
}

// A dollar amount per hour or year ("$18/hr", "$25-35/hr", "$60k a year"): pay stated without a label,
// as an English hiring message does (fields.ts reads it as the salary, core.ts as a term of the job).
export const DOLLAR_PAY = /\$\s?\d[\d,.]*\s*k?(?:\s*[-–]\s*\$?\d[\d,.]*\s*k?)?\s*(?:\/\s*(?:hr|hour|h|yr|year)\b|per (?:hour|year)|an hour|a year|hourly)/i;

export function parseSalary(text: string, dollar = 'USD'): Salary | null {
  const raw = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!raw) return null;
  const t = toSimplified(toHalfWidth(raw)).toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1');
  const negotiable = /面议|面谈|negotiable|competitive|doe\b|薪资可谈|待遇从优/.test(t);
  const currency = CURRENCIES.find(([re]) => re.test(t))?.[1] ?? (t.includes('$') ? dollar : 'CNY'); // 15K, 8千: Chinese ads
  const months = /(\d{2})\s*薪/.exec(t);
  const monthsPaid = months && Number(months[1]) >= 12 && Number(months[1]) <= 24 ? Number(months[1]) : null;

  let min: number | null = null;
  let max: number | null = null;
  const range = RANGE.exec(t);
  if (range) {
    const u2 = range[4] ? UNIT[range[4]]! : 1;
    const u1 = range[2] ? UNIT[range[2]]! : u2; // 15-25K: the K belongs to both
    min = Number(range[1]) * u1;
    max = Number(range[3]) * u2;
    if (min > max && range[2] === undefined) min = Number(range[1]) * 1; // "8000-1.2万"
  } else {
    const single = SINGLE.exec(t.replace(/\d+\s*薪/, ''));
    if (single && !/^\s*\d+\s*薪/.test(t)) {
      min = Number(single[1]) * (single[2] ? UNIT[single[2]]! : 1);
      max = /以上|起|\+|from|at least|upwards/.test(t) ? null : min;
    }
  }
  if (min === null && !negotiable) return null;
  if ((min !== null && !Number.isFinite(min)) || (max !== null && !Number.isFinite(max))) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return {
    min,
    max,
    currency,
    period: periodOf(t, currency, max ?? min ?? 0),
    months: monthsPaid,
    negotiable,
    raw,
  };
}
