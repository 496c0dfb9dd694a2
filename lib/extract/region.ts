import { hasItemMarker } from '../text/items';
import { itemScore, STRONG } from './classify';
import { headingKindOf } from './headings';
import type { Line } from './lines';

/**
 * The part of a page that holds the ad, found from its own section headings: the innermost
 * element that contains every duties/requirements heading (and what follows them). Pages whose
 * ads carry such headings need no article detection; navigation, sidebars and footers outside
 * that element are left out. Null when the page has no such heading.
 */
export function headingRegion(lines: Line[]): Line[] | null {
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length > 80) continue;
    const kind = headingKindOf(t) ?? headingKindOf(t.split(/[:：]/)[0] ?? '');
    if (kind === 'duties' || kind === 'requirements' || kind === 'preferred' || kind === 'description') heads.push(i);
  }
  if (!heads.length) return null;
  // The ancestors shared by all headings, each heading's own element excluded (an <h3>, a <p>).
  let shared: number[] | null = null;
  for (const i of heads) {
    const anc = lines[i]!.anc;
    if (!anc) return lines;
    const own = anc.slice(0, Math.max(0, anc.length - 1));
    if (!shared) shared = own;
    else {
      let k = 0;
      while (k < shared.length && k < own.length && shared[k] === own[k]) k++;
      shared = shared.slice(0, k);
    }
  }
  const container = shared?.[shared.length - 1];
  if (container === undefined) return lines;
  return lines.filter((l) => l.anc?.includes(container));
}

/**
 * The part of a page without section headings that holds the ad, by content: the deepest element
 * that holds most (60%) of the list items with strong duty or requirement evidence. Null when the
 * page has fewer than two such items. Only list items are scored, so a huge page stays cheap.
 */
export function evidenceRegion(lines: Line[]): Line[] | null {
  const count = new Map<number, number>();
  const depth = new Map<number, number>();
  let strong = 0;
  for (const l of lines) {
    if (!l.anc || l.text.length < 4 || l.text.length > 300 || !(l.li || hasItemMarker(l.text))) continue;
    if (Math.abs(itemScore(l.text)) < STRONG) continue;
    strong++;
    l.anc.forEach((a, d) => {
      count.set(a, (count.get(a) ?? 0) + 1);
      depth.set(a, d);
    });
  }
  if (strong < 2) return null;
  let best = -1;
  for (const [a, n] of count) {
    if (n >= Math.max(2, strong * 0.6) && (best < 0 || depth.get(a)! > depth.get(best)!)) best = a;
  }
  return best < 0 ? null : lines.filter((l) => l.anc?.includes(best));
}
