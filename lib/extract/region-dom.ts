import { headingKindOf } from './headings';

/**
 * The likely region of a page too big to read whole, found in the DOM rather than in its lines
 * (which a line budget cuts, so an ad behind a 25,000-link menu would be lost): the innermost
 * element around the ad's own section headings; else the element around the page's <h1> that
 * holds the ad's text. Reading it first bounds the work on any page without cutting its start.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);
const HINT = /职责|要求|资格|条件|工作内容|职位描述|岗位描述|responsibilit|requirement|qualification|duties|what you/i;
const MIN_TEXT = 200;

/** Elements whose own short text is a duties/requirements heading, in page order. */
function headingElements(root: Element, maxNodes: number): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length && visited++ < maxNodes) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      if (raw.length > 120) continue;
      const t = raw.trim();
      if (t.length < 2 || t.length > 40 || !HINT.test(t)) continue;
      const kind = headingKindOf(t) ?? headingKindOf(t.split(/[:：]/)[0] ?? '');
      if (kind && kind !== 'stop' && node.parentElement) out.push(node.parentElement);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) continue;
    if (SKIP.has((node as Element).tagName?.toUpperCase() ?? '')) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c); // no child list built
  }
  return out;
}

function chain(el: Element): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) out.unshift(e);
  return out;
}

/** The innermost element containing all of them (each one's own element excluded). */
function commonAncestor(els: Element[]): Element | null {
  let shared: Element[] | null = null;
  for (const el of els) {
    const c = chain(el).slice(0, -1);
    if (!shared) shared = c;
    else {
      let k = 0;
      while (k < shared.length && k < c.length && shared[k] === c[k]) k++;
      shared = shared.slice(0, k);
    }
  }
  return shared?.[shared.length - 1] ?? null;
}

/**
 * The region to read: an element, and when its children are too many to read them all (a flat
 * page: 100,000 menu <div>s and the ad's headings side by side in <body>), the run of its children
 * from a little before the first heading to well past the last.
 */
export interface Region {
  root: Element;
  children?: [number, number];
}

// Children past which an element is narrowed to the run around the headings; how many children
// before the first heading (the title, the pay) and after the last (its list) the run keeps.
const WIDE = 2_000;
const BEFORE = 60;
const AFTER = 600;

/** The child of `ancestor` that holds `el`, as an index into its children `kids`. */
function childIndex(ancestor: Element, kids: NodeListOf<ChildNode>, el: Element): number {
  let e: Node = el;
  while (e.parentNode && e.parentNode !== ancestor) e = e.parentNode;
  return Array.prototype.indexOf.call(kids, e) as number;
}

export function likelyRoot(doc: Document, maxNodes = 2_000_000): Region | null {
  const root = doc.documentElement;
  if (!root) return null;
  const heads = headingElements(root, maxNodes);
  if (heads.length) {
    const shared = commonAncestor(heads);
    if (!shared) return null;
    const kids = shared.childNodes; // read once: some DOMs (linkedom) build the list on every read
    const n = kids.length;
    if (n <= WIDE) return { root: shared };
    const at = heads.slice(0, 50).map((h) => childIndex(shared, kids, h)).filter((i) => i >= 0);
    if (!at.length) return { root: shared };
    return { root: shared, children: [Math.max(0, Math.min(...at) - BEFORE), Math.min(n, Math.max(...at) + AFTER)] };
  }
  // No heading: the smallest element around the first <h1> that holds a list or enough text.
  const h1 = doc.getElementsByTagName('h1')[0];
  for (let e = h1?.parentElement ?? null; e && e !== root; e = e.parentElement) {
    if (e.getElementsByTagName('li').length >= 2 || (e.textContent ?? '').trim().length >= MIN_TEXT) return { root: e };
  }
  return null;
}
