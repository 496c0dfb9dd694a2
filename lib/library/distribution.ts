import type { Salary } from '../db/schemas';

/**
 * Numbers for the competitor charts: monthly-equivalent pay, distributions and a posting's place
 * among the saved ones.
 */

// China's statutory average: (365 - 104 weekend days - 11 holidays) / 12 = 21.75 paid working
// days a month (人社部 2008 notice), 8 hours a day; the usual conversion of day and hour rates.
export const WORK_DAYS_PER_MONTH = 21.75;
export const HOURS_PER_DAY = 8;

const PER_MONTH: Record<Salary['period'], number> = {
  hour: HOURS_PER_DAY * WORK_DAYS_PER_MONTH,
  day: WORK_DAYS_PER_MONTH,
  month: 1,
  year: 1 / 12,
};

/**
 * Pay per month, comparable across ads: day and hour rates scaled to a month, yearly pay divided
 * by 12, and a monthly figure with N months a year (15-25K·13薪) spread over 12 months
 * (x N/12), so a 13-month offer compares as what it pays in a year. null without a number.
 */
export function monthlyEquivalent(s: Salary | null): { min: number; max: number; mid: number } | null {
  if (!s || (s.min === null && s.max === null)) return null;
  const lo = s.min ?? s.max!;
  const hi = s.max ?? s.min!;
  const factor = PER_MONTH[s.period] * (s.period === 'month' && s.months ? s.months / 12 : 1);
  const min = Math.round(lo * factor);
  const max = Math.round(hi * factor);
  return { min, max, mid: Math.round((min + max) / 2) };
}

export interface Distribution {
  /** How many postings had a value. */
  n: number;
  min: number;
  max: number;
  median: number;
  p25: number;
  p75: number;
  /** Every value, ascending (for a histogram). */
  values: number[];
}

/** Linear-interpolated quantile of ascending values (the R-7 / Excel PERCENTILE.INC rule). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function distribution(values: readonly number[]): Distribution | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    values: sorted,
  };
}

/** Where a value sits among others: "asks more experience than 80% of saved ads" is `percentBelow`. */
export interface Place {
  value: number;
  /** The others compared with (the posting itself excluded). */
  n: number;
  below: number;
  same: number;
  above: number;
  /** Share of the others strictly below the value, 0..100, rounded. */
  percentBelow: number;
  /** Share of the others strictly above, 0..100, rounded. */
  percentAbove: number;
}

/**
 * The place of `value` among ascending `sorted` values. `selfIncluded` removes one copy of the
 * value itself (the posting is usually one of the saved ads it is compared with). null when there
 * is nothing to compare with.
 */
export function placeAmong(value: number, sorted: readonly number[], selfIncluded: boolean): Place | null {
  const below = lowerBound(sorted, value);
  let same = lowerBound(sorted, value, true) - below;
  if (selfIncluded && same > 0) same -= 1;
  const n = sorted.length - (selfIncluded && lowerBound(sorted, value, true) > below ? 1 : 0);
  if (n <= 0) return null;
  const above = n - below - same;
  return {
    value, n, below, same, above,
    percentBelow: Math.round((below / n) * 100),
    percentAbove: Math.round((above / n) * 100),
  };
}

// First index whose value is >= v (or > v when `after`).
function lowerBound(sorted: readonly number[], v: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v || (after && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
