import { expect, test } from 'vitest';
import { checkJd, type JdItem } from '@/lib/library/jdcheck';

/**
 * The per-category tables of the JD check. Every line here is written for these tests (modelled
 * on the shapes real ads use, never copied from the eval data). A positive names the words its
 * flag must cover; a negative is a near miss: the same words used lawfully or about someone else,
 * and it must carry no discrimination flag at all (as the eval counts a false alarm).
 */
const GROUNDS = new Set(['gender', 'age', 'marital', 'household', 'ethnicity', 'health', 'appearance']);

export interface Line {
  text: string;
  section?: JdItem['section'];
  title?: string;
}

/** The discrimination flags on one line, "category:match", the ad's title as item 0. */
export function groundFlags({ text, section = 'requirements', title = '' }: Line): string[] {
  const items: JdItem[] = [{ section: 'title', text: title }, { section, text }];
  return checkJd({ items, salary: '8-12K', roleId: null })
    .filter((f) => f.itemIndex === 1 && GROUNDS.has(f.category) && f.ruleId !== 'appearance-on-camera')
    .map((f) => `${f.category}:${f.match}`);
}

type Row = string | [text: string, section?: JdItem['section'], title?: string];
const line = (row: Row): Line => (typeof row === 'string' ? { text: row } : { text: row[0], section: row[1], title: row[2] });

/** Each positive is flagged under `category`, on exactly the words given. */
export function positives(category: string, rows: [Row, string][]): void {
  test.each(rows.map(([row, match]) => [line(row).text, line(row), match] as const))('flags %s', (_, l, match) => {
    expect(groundFlags(l)).toContain(`${category}:${match}`);
  });
}

/** Each near miss carries no discrimination flag. */
export function negatives(rows: Row[]): void {
  test.each(rows.map((row) => [line(row).text, line(row)] as const))('leaves alone %s', (_, l) => {
    expect(groundFlags(l)).toEqual([]);
  });
}
