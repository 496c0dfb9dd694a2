import type { Block } from './blocks';
import { isJobHeading } from './blocks';
import { headingKindOf } from './headings';
import type { Line } from './lines';
import { cleanTitle } from './title';
import { jobLike } from './job-words';

/**
 * Postings found by the page's structure rather than by their titles: sibling elements (tab
 * panes, accordion panels, cards) that each hold a job's sections. Tabbed careers pages keep every
 * posting in the HTML and show one: the hidden panes are read too (dom-lines' `panes`). Each
 * pane's title is its own first title-like line, else the line just before it (an accordion's
 * button, a <dt>), else the i-th of the tab labels above the panes.
 */
const MAX_LABEL = 30;
const MAX_LABEL_SCAN = 80;
const MAX_GROUP = 12;

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
  const own = new Set<number>();
  const count = new Map<number, number>();
  for (const h of heads) {
    const id = paneOf(lines[h]!);
    const anc = lines[h]!.anc!;
    if (id === undefined) return [];
    // The heading's own element at the panes' level: a pane only when its content is inside it
    // too (a tab's <div> with inline <strong> labels); an <h3> whose list is its sibling is one
    // ad's section.
    if (id === anc[anc.length - 1]) own.add(id);
    if (!ids.includes(id)) ids.push(id);
  }
  if (own.size) {
    for (const l of lines) {
      const id = paneOf(l);
      if (id !== undefined && own.has(id)) count.set(id, (count.get(id) ?? 0) + 1);
    }
  }
  if (ids.length < 2 || [...own].some((id) => (count.get(id) ?? 0) < 2)) return [];
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
  if (!alike(kinds)) return [];
  // A title line before every pane (an accordion's button, a <dt>), or else the tab strip.
  const before = panes.map(({ start }) => lines[start - 1]);
  const ownLines = before.every((l) => titleLike(l) && !ids.includes(paneOf(l!) ?? -1));
  // Tab labels name every pane of the container, including one whose sections the lexicon does
  // not read: matched by the pane's place among all of them when the counts agree.
  const inside = (l: Line) => !!l.anc && l.anc.length > depth && shared!.every((x, k) => l.anc![k] === x);
  const every: number[] = [];
  for (const l of lines) if (inside(l) && !every.includes(l.anc![depth]!)) every.push(l.anc![depth]!);
  const strip = ownLines ? [] : tabLabels(lines, panes[0]!.start, ids.length, every.length);
  const labels = ownLines
    ? before.map((l) => l!.text)
    : strip.length === every.length && every.length !== ids.length
      ? ids.map((id) => strip[every.indexOf(id)]!)
      : strip.slice(strip.length - ids.length);
  return panes.map(({ start, end }, k) => {
    const firstHead = heads.find((h) => h >= start)!;
    let at = -1;
    // A pane's own heading names it; a line that only reads like a job ("负责安卓客户端开发") does
    // so only where no tab label does.
    const own = (l: Line | undefined) => titleLike(l) && (!labels[k] || (l!.heading >= 1 && l!.heading <= 7));
    for (let i = start; i < firstHead && at < 0; i++) if (own(lines[i])) at = i;
    return { title: cleanTitle(at >= 0 ? lines[at]!.text : labels[k] ?? ''), lines: lines.slice(at >= 0 ? at + 1 : start, end) };
  });
}

/**
 * Whether the panes are postings by their section kinds: every pane opens the same kinds, two or
 * more; or, on a page of many panes (a careers page's tabs, each ad written its own way: 岗位职责
 * and 任职要求 in one, 职位描述 and 岗位要求 in the next), two thirds of them open two kinds or
 * more. One ad's sections, each in its own <div>, open one kind a pane.
 */
function alike(kinds: readonly string[]): boolean {
  if (new Set(kinds).size === 1) return kinds[0]!.includes(',');
  const several = kinds.filter((k) => k.includes(',')).length;
  return kinds.length >= 4 && several * 3 >= kinds.length * 2;
}

/**
 * The run of short lines just above the panes (a tab strip), when it has one label per pane (or
 * `all` labels, one per child of the panes' container). Group names between the tabs ("技术开发类",
 * "财会类": short lines that are no list entry) are passed over, not counted.
 */
function tabLabels(lines: Line[], first: number, n: number, all = n): string[] {
  const run: string[] = [];
  for (let i = first - 1; i >= 0 && first - i <= MAX_LABEL_SCAN + all; i--) {
    const l = lines[i]!;
    // A tab: a [role=tab] or button header (heading 6), or an entry of a list.
    const plain = l.text.length <= MAX_LABEL && !kindOf(l) && !/[，,。；;:：]/.test(l.text);
    const short = (l.heading === 6 || l.li > 0) && plain;
    if (!short) {
      if (run.length && plain && l.text.length <= MAX_GROUP && !l.heading) continue;
      if (run.length) break;
      continue;
    }
    run.unshift(l.text);
  }
  if (run.length >= all && all !== n) return run.slice(run.length - all);
  return run.length >= n ? run.slice(run.length - n) : [];
}
