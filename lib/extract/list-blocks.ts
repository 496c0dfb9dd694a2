import { stripItemMarker } from '../text/items';
import type { Block } from './blocks';
import { itemScore, STRONG } from './classify';
import { headingKindOf } from './headings';
import { headingKindByWords } from './heading-words';
import type { Line } from './lines';
import { cleanTitle } from './title';
import { jobLike } from './job-words';

/**
 * Careers pages that give each post as a heading over one list and no section heading at all:
 * "<h4>UI 设计师</h4><ul><li>◇ 负责…</li><li>◇ 具有…</li></ul><hr/><h4>运营策划</h4><ul>…". A
 * posting is a heading that names a job, at one heading level shared by the others, with two or
 * more list items right after it; the items are the posting (intro paragraphs and a closing "send
 * your CV" line between the lists stay out). Most items must read plainly as duties or
 * requirements, so a product's feature lists under its names are not taken for posts.
 */
const MIN_ITEMS = 2;
const MAX_TITLE = 40;
// A heading that speaks (to the reader, or of the job in a sentence) is a section of one ad, not a
// post's name: "What the Product Manager will do", "About you", "我们希望你…".
const SPEAKS = /\b(?:what|who|how|why|you|your|we|our|us|will|about|the)\b|我们|你|您/i;

function titleOf(l: Line): string {
  if (!l.heading || l.li) return '';
  const t = cleanTitle(l.text);
  // A section of one ad named after its job ("What the Product Manager will do") is no post.
  if (t.length < 2 || t.length > MAX_TITLE || /[，,。；;:：]/.test(t) || SPEAKS.test(t) || headingKindOf(t) || headingKindByWords(t) || !jobLike(t)) return '';
  return t;
}

export function listBlocks(lines: Line[]): Block[] {
  const found: { at: number; title: string; items: Line[] }[] = [];
  for (let i = 0; i < lines.length - MIN_ITEMS; i++) {
    const title = titleOf(lines[i]!);
    if (!title) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.li && !lines[end]!.heading) end++;
    if (end - i - 1 >= MIN_ITEMS) found.push({ at: i, title, items: lines.slice(i + 1, end) });
  }
  // The heading level most of them share: one page's post titles are written alike.
  const levels = new Map<number, number>();
  for (const f of found) levels.set(lines[f.at]!.heading, (levels.get(lines[f.at]!.heading) ?? 0) + 1);
  const level = [...levels].sort((a, b) => b[1] - a[1])[0]?.[0];
  const posts = found.filter((f) => lines[f.at]!.heading === level);
  if (posts.length < 2) return [];
  const items = posts.flatMap((p) => p.items);
  const plain = items.filter((l) => Math.abs(itemScore(stripItemMarker(l.text))) >= STRONG).length;
  if (plain * 2 < items.length) return [];
  return posts.map((p) => ({ title: p.title, lines: p.items }));
}
