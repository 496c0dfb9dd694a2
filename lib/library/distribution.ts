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

/** A distribution's figures (what the statistics page shows). */
export interface DistributionSummary {
  /** How many postings had a value. */
  n: number;
  min: number;
  max: number;
  median: number;
  p25: number;
  p75: number;
}

export interface Distribution extends DistributionSummary {
  /** Every value, ascending (for a histogram). */
  values: number[];
}

/** Linear-interpolated quantile of ascending values (the R-7 / Excel PERCENTILE.INC rule). */
export function quantile(sorted: readonly number[], q: number): number {
  return quantileOf(sorted.length, (i) => sorted[i]!, q);
}

/** The same rule over `n` ascending values read through `nth` (values stored as counts). */
function quantileOf(n: number, nth: (i: number) => number, q: number): number {
  if (n === 0) return NaN;
  const at = (n - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return nth(lo) + (nth(hi) - nth(lo)) * (at - lo);
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

/**
 * distribution()'s figures from how many times each value occurs (value -> count, counts above
 * 0): the same numbers, without a list as long as the postings (the statistics' running totals).
 */
export function distributionOfCounts(counts: ReadonlyMap<number, number>): DistributionSummary | null {
  const entries = [...counts].filter(([v, c]) => Number.isFinite(v) && c > 0).sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return null;
  // ends[i]: how many values are at or below entries[i]'s.
  const ends: number[] = [];
  let n = 0;
  for (const [, c] of entries) ends.push((n += c));
  const nth = (i: number) => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! > i) hi = mid;
      else lo = mid + 1;
    }
    return entries[lo]![0];
  };
  return {
    n,
    min: entries[0]![0],
    max: entries[entries.length - 1]![0],
    median: quantileOf(n, nth, 0.5),
    p25: quantileOf(n, nth, 0.25),
    p75: quantileOf(n, nth, 0.75),
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
