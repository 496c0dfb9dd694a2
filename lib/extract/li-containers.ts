import { headingKindOf } from './headings';
import type { Line } from './lines';

/**
 * Careers pages that lay their postings out as a list of cards: one <li> per posting, holding
 * the title, a "职位描述：" block and a "任职要求：" block of numbered <p> lines. Such an <li> is a
 * container, not one list item: its lines keep their own boundaries. An <li> is taken for one when
 * at least MIN_LINES of its own lines (not a nested list's) include a section heading of the
 * lexicon. A real item that opens with a heading ("<li><b>Requirements</b><ul>…") has its items in
 * a nested list and keeps its single line; an item of a few wrapped lines has no heading line.
 */
const MIN_LINES = 3;

const isSectionHeading = (text: string) => text.length <= 40 && !!(headingKindOf(text) ?? headingKindOf(text.split(/[:：]/)[0] ?? ''));

export function unwrapContainerItems(lines: Line[]): Line[] {
  const count = new Map<number, number>();
  const headed = new Set<number>();
  for (const l of lines) {
    if (!l.li) continue;
    count.set(l.li, (count.get(l.li) ?? 0) + 1);
    if (isSectionHeading(l.text)) headed.add(l.li);
  }
  const containers = new Set([...headed].filter((id) => (count.get(id) ?? 0) >= MIN_LINES));
  if (!containers.size) return lines;
  return lines.map((l) => (containers.has(l.li) ? { ...l, li: 0 } : l));
}
