import { toHalfWidth } from '../text/normalize';
import { headingKindByWords } from './heading-words';
import { headingKindOf } from './headings';
import type { Line } from './lines';
import { jobLike } from './job-words';

/**
 * A page's table of contents (a list of links to its own sections, in a sidebar or after the ad)
 * is page furniture: read as text, its entries are section headings again ("Minimum Requirements")
 * and the entries after them items of that section. Its mark: a run of list items most of which
 * repeat the page's own headings word for word, at least two of them, mostly section names (not
 * job names, so a careers page's tab labels that repeat its postings' headings stay).
 */
export function withoutContents(lines: Line[]): Line[] {
  const headings = new Set<string>();
  for (const l of lines) if (l.heading >= 1 && l.heading <= 6 && !l.li) headings.add(key(l.text));
  if (headings.size < 2) return lines;
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.li) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.li) end++;
    const hits: number[] = [];
    for (let k = i; k < end; k++) if (!lines[k]!.heading && headings.has(key(lines[k]!.text))) hits.push(k);
    const sections = hits.filter((k) => isSectionName(lines[k]!.text)).length;
    if (hits.length >= 2 && hits.length * 2 >= end - i && sections * 2 >= hits.length) for (const k of hits) drop.add(k);
    i = end;
  }
  return drop.size ? lines.filter((_, i) => !drop.has(i)) : lines;
}

const key = (t: string) => toHalfWidth(t).toLowerCase().replace(/[\s\p{P}\p{S}\u200b]+/gu, '');

function isSectionName(text: string): boolean {
  return !!(headingKindOf(text) || headingKindByWords(text)) && !jobLike(text);
}
