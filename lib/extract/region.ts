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
