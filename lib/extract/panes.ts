import type { Block } from './blocks';
import { isJobHeading } from './blocks';
import { headingKindOf } from './headings';
import type { Line } from './lines';
import { cleanTitle } from './title';
import { jobLike } from './title-choice';

/**
 * Postings found by the page's structure rather than by their titles: sibling elements (tab
 * panes, accordion panels, cards) that each hold a job's sections. Tabbed careers pages keep every
 * posting in the HTML and show one: the hidden panes are read too (dom-lines' `panes`). Each
 * pane's title is its own first title-like line, else the line just before it (an accordion's
 * button, a <dt>), else the i-th of the tab labels above the panes.
 */
const MAX_LABEL = 30;
const MAX_LABEL_SCAN = 80;

type Kind = 'duties' | 'requirements' | 'preferred';
const kindOf = (l: Line) => (headingKindOf(l.text) ?? headingKindOf(l.text.split(/[:：]/)[0] ?? '')) as Kind | 'description' | 'stop' | null;

function titleLike(l: Line | undefined): boolean {
  if (!l) return false;
  const t = l.text.replace(/\s*[:：]\s*$/, '');
  if (t.length < 2 || t.length > 50 || kindOf(l) || /[，,。；;]/.test(t)) return false;
  return (l.heading >= 1 && l.heading <= 7) || (t.length <= MAX_LABEL && jobLike(t) && !/[:：]./.test(t));
}

export function paneBlocks(lines: Line[]): Block[] {
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isJobHeading(lines[i]!)) heads.push(i);
  if (heads.length < 4 || heads.some((h) => !lines[h]!.anc)) return [];
  // The innermost element around every heading; its children that hold headings are the panes.
  let shared: number[] | null = null;
  for (const h of heads) {
    const own = lines[h]!.anc!.slice(0, -1);
    if (!shared) shared = own;
    else {
      let k = 0;
      while (k < shared.length && k < own.length && shared[k] === own[k]) k++;
      shared = shared.slice(0, k);
    }
  }
  const depth = shared!.length;
  const paneOf = (l: Line) => l.anc?.[depth];
  const ids: number[] = [];
  for (const h of heads) {
    const id = paneOf(lines[h]!);
    const anc = lines[h]!.anc!;
    if (id === undefined || id === anc[anc.length - 1]) return []; // headings are the children: one ad
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length < 2) return [];
  const panes = ids.map((id) => {
    const start = lines.findIndex((l) => paneOf(l) === id);
    let end = start;
    while (end < lines.length && paneOf(lines[end]!) === id) end++;
    return { start, end };
  });
  // Alike: every pane opens the same kinds of sections (a single ad's sections in their own
  // <div>s are no postings: one holds the duties, the next the requirements).
  const kinds = panes.map(({ start, end }) => {
    const ks = new Set<string>();
    for (let i = start; i < end; i++) if (isJobHeading(lines[i]!)) ks.add(kindOf(lines[i]!) ?? '');
    return [...ks].sort().join();
  });
  if (new Set(kinds).size !== 1 || !kinds[0]!.includes(',')) return [];
  // A title line before every pane (an accordion's button, a <dt>), or else the tab strip.
  const before = panes.map(({ start }) => lines[start - 1]);
  const ownLines = before.every((l) => titleLike(l) && !ids.includes(paneOf(l!) ?? -1));
  const labels = ownLines ? before.map((l) => l!.text) : tabLabels(lines, panes[0]!.start, panes.length);
  return panes.map(({ start, end }, k) => {
    const firstHead = heads.find((h) => h >= start)!;
    let at = -1;
    for (let i = start; i < firstHead && at < 0; i++) if (titleLike(lines[i])) at = i;
    return { title: cleanTitle(at >= 0 ? lines[at]!.text : labels[k] ?? ''), lines: lines.slice(at >= 0 ? at + 1 : start, end) };
  });
}

/** The run of short lines just above the panes (a tab strip), when it has one label per pane. */
function tabLabels(lines: Line[], first: number, n: number): string[] {
  const run: string[] = [];
  for (let i = first - 1; i >= 0 && first - i <= MAX_LABEL_SCAN; i--) {
    const l = lines[i]!;
    // A tab: a [role=tab] or button header (heading 6), or an entry of a list.
    const short = (l.heading === 6 || l.li > 0) && l.text.length <= MAX_LABEL && !kindOf(l) && !/[，,。；;:：]/.test(l.text);
    if (!short) {
      if (run.length) break;
      continue;
    }
    run.unshift(l.text);
  }
  return run.length >= n ? run.slice(run.length - n) : [];
}
