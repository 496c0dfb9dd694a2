import { hasItemMarker, stripItemMarker } from '../text/items';
import { cleanDisplay } from '../text/normalize';
import { headingKindOf } from './headings';
import { fieldForm, hiddenSelectors, isHidden, withoutCss, type HiddenSelectors } from './hidden';
import { unwrapContainerItems } from './li-containers';
import { joinLabelCells } from './table-cells';
import { withoutTemplateCode } from './template-code';
import { MAX_LINE, MAX_LINES, type Line } from './lines';

/**
 * DOM -> structured lines. Block elements, <li> and <br> end a line; inline elements (b, span, a)
 * do not. Scripts, styles and hidden elements are skipped, and so are elements that the page's
 * own CSS hides (boards hide decoy text with class rules to trip up copiers). Iterative, with a
 * node budget, so deep nesting and huge pages stay bounded.
 */

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'META', 'LINK', 'TITLE', 'MAP', 'MATH',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
  'DETAILS', 'SUMMARY', 'HTML', 'CENTER', 'DIALOG', 'MENU',
]);
const BOLD = new Set(['B', 'STRONG']);
const MAX_DEPTH = 64;
// Accordion and tab headers: a <summary>, a <button> that opens a panel, a [role=tab].
const HEADER_TAGS = new Set(['SUMMARY', 'BUTTON']);
const PANE_HINT = /职责|要求|任职|资格|工作内容|responsibilit|requirement|qualification|duties|what you/i;

/** A hidden element holding a job's sections (a tab pane, a closed accordion panel). */
function revealPane(el: Element): boolean {
  const text = (el.textContent ?? '').slice(0, 20_000);
  return text.trim().length >= 40 && PANE_HINT.test(text);
}

/** A bold run that is a section heading of the lexicon, met after text on the same line. */
function boldHeading(el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= 60 && !!headingKindOf(text.trim());
}

export interface DomLinesOptions {
  /** Stop after visiting this many nodes (bounded time on huge pages). */
  maxNodes?: number;
  /**
   * Read hidden elements that hold a job's sections (the other tabs of a careers page, closed
   * accordion panels); their lines are marked `hidden`. Other hidden text stays out.
   */
  panes?: boolean;
  /** Classes and ids hidden by the page's CSS (default: those hidden by <style> inside root). */
  hidden?: HiddenSelectors;
  /** Set to true when the line or node budget cut the page short. */
  stats?: { truncated: boolean };
  /** Read only these of root's children, [from, to) (a region of a very wide element). */
  children?: [number, number];
}
export function domToLines(root: Node, options: DomLinesOptions = {}): Line[] {
  const maxNodes = options.maxNodes ?? 200_000;
  const hidden = options.hidden ?? hiddenSelectors(root as unknown as ParentNode);
  const lines: Line[] = [];
  let buf = '';
  let boldChars = 0;
  let heading = 0;
  let li = 0;
  let liSeq = 0;
  let bold = 0;
  let pre = 0;
  const push = (raw: string) => {
    const text = withoutTemplateCode(withoutCss(cleanDisplay(raw)));
    if (text && lines.length >= MAX_LINES && options.stats) options.stats.truncated = true;
    if (text && lines.length < MAX_LINES) {
      const letters = boldChars ? text.replace(/[\s:：]/g, '').length : 0;
      const isBold = letters > 0 && boldChars >= letters * 0.9;
      const line: Line = { text: text.slice(0, MAX_LINE), heading: heading || (isBold ? 7 : 0), li, anc: blocks.slice(0, MAX_DEPTH) };
      if (panes) line.hidden = true;
      if (cell) line.cell = cell;
      if (cell) {
        line.row = rowIds[rowIds.length - 1];
        line.table = tableIds[tableIds.length - 1];
      }
      if (cell && thCell) line.th = true;
      lines.push(line);
    }
  };
  const flush = () => {
    // _x000D_: a carriage return as spreadsheet exports escape it (pages built from them keep it).
    if (buf) for (const part of buf.includes('_x000') ? buf.split(/_x000[dD]_/) : [buf]) push(part);
    buf = '';
    boldChars = 0;
  };
  const headingStack: number[] = [];
  // Table rows: how many cells each open row has had, and the cell the text is in (1-based).
  const rows: number[] = [];
  const rowIds: number[] = [];
  const tableIds: number[] = [];
  const cellStack: number[] = [];
  let cell = 0;
  const thStack: boolean[] = [];
  let thCell = false;
  const headers = new Set<Node>();
  const own = new Set<Node>();
  const revealed = new Set<Node>();
  let panes = 0;
  const isHeader = (el: Element, tag: string) => {
    const yes = HEADER_TAGS.has(tag) ? tag !== 'BUTTON' || el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls') : el.getAttribute('role') === 'tab';
    if (yes) headers.add(el);
    return yes;
  };
  const blocks: number[] = [];
  let blockSeq = 0;
  const liStack: number[] = [];
  // Two parallel stacks (no object per node): the node, and whether we are leaving it.
  const stack: Node[] = [root];
  const leaving: boolean[] = [false];
  if (options.children) {
    const [from, to] = options.children;
    stack.length = leaving.length = 0;
    const kids = root.childNodes; // once: some DOMs (linkedom) build the list on every read
    for (let i = Math.min(to, kids.length) - 1; i >= from; i--) {
      stack.push(kids[i]!);
      leaving.push(false);
    }
  }
  let visited = 0;
  while (stack.length) {
    const node = stack.pop()!;
    const exit = leaving.pop()!;
    if (node.nodeType === 3) {
      let text = node.nodeValue ?? '';
      const breaks = !pre && text.includes('\n') && /\S/.test(text) && keepsLineBreaks(text);
      if (!pre && !breaks) text = text.replace(/\s+/g, ' ');
      else if (breaks) text = text.replace(/[ \t\f\v\r]+/g, ' ');
      if (buf.length < MAX_LINE) {
        buf += text;
        if (bold) boldChars += text.replace(/[\s:：]/g, '').length;
      }
      if ((pre || breaks) && text.includes('\n')) {
        const parts = buf.split('\n');
        buf = '';
        for (let i = 0; i < parts.length; i++) {
          buf = parts[i]!;
          if (i < parts.length - 1) flush();
        }
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (exit) {
      if (BLOCK.has(tag) || own.has(node)) {
        flush();
        if (BLOCK.has(tag)) blocks.pop();
      }
      if (revealed.has(node)) panes--;
      if (/^H[1-6]$/.test(tag) || headers.has(node)) heading = headingStack.pop() ?? 0;
      if (tag === 'LI') li = liStack.pop() ?? 0;
      if (tag === 'TR') {
        rows.pop();
        rowIds.pop();
      }
      if (tag === 'TABLE') tableIds.pop();
      if (tag === 'TD' || tag === 'TH') {
        cell = cellStack.pop() ?? 0;
        thCell = thStack.pop() ?? false;
      }
      if (BOLD.has(tag)) bold--;
      if (tag === 'PRE') pre--;
      continue;
    }
    if (++visited > maxNodes) {
      if (options.stats) options.stats.truncated = true;
      break;
    }
    if (node.nodeType === 1) {
      const header = isHeader(el, tag);
      const hide = isHidden(el, hidden);
      if ((SKIP.has(tag) && !header) || (hide && !(options.panes && revealPane(el))) || (tag === 'FORM' && fieldForm(el, PANE_HINT))) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (BLOCK.has(tag)) {
        flush();
        blocks.push(++blockSeq);
      }
      if (hide) {
        revealed.add(node);
        panes++;
      }
      // A heading run into its line ("<b>Location:</b> … <b>Responsibilities</b><ul>"): its own line.
      // Not after its own number alone: Word's list markup bolds "二、" apart from "工作职责：".
      if (header || (BOLD.has(tag) && buf.trim() && !onlyMarker(buf) && boldHeading(el))) {
        flush();
        own.add(node);
      }
      if (/^H[1-6]$/.test(tag) || header) {
        headingStack.push(heading);
        heading = header ? 6 : Number(tag[1]);
      }
      if (tag === 'LI') {
        liStack.push(li);
        li = ++liSeq;
      }
      if (tag === 'TR') {
        rows.push(0);
        rowIds.push(blockSeq);
      }
      if (tag === 'TABLE') tableIds.push(blockSeq);
      if ((tag === 'TD' || tag === 'TH') && rows.length) {
        cellStack.push(cell);
        thStack.push(thCell);
        cell = ++rows[rows.length - 1]!;
        thCell = tag === 'TH';
      }
      if (BOLD.has(tag)) bold++;
      if (tag === 'PRE') pre++;
      stack.push(node);
      leaving.push(true);
    }
    // Last to first by sibling links: no child list is built (linkedom makes one on every read).
    for (let c = node.lastChild; c; c = c.previousSibling) {
      stack.push(c);
      leaving.push(false);
    }
  }
  flush();
  return unwrapContainerItems(joinLabelCells(lines));
}

/** Text that is a list or section number and nothing else ("二、", "3.", "(一)"). */
function onlyMarker(text: string): boolean {
  const t = text.trim();
  return t.length <= 6 && hasItemMarker(t) && !stripItemMarker(t).trim();
}

/**
 * Text laid out by CSS white-space (猎聘 puts the ad's raw lines in a <dd>): its newlines are
 * line breaks when most lines after the first open with a number/bullet or are a heading (both
 * lines of a two-line text).
 * Ordinary source wrapping of a paragraph does not look like that.
 */
function keepsLineBreaks(text: string): boolean {
  const parts = text.split('\n').map((p) => p.trim()).filter(Boolean);
  // Two lines, each numbered ("1、…\n2、…"): a short list, never a wrapped paragraph.
  if (parts.length === 2) return parts.every((p) => hasItemMarker(p));
  if (parts.length < 3) return false;
  let listy = 0;
  for (const p of parts.slice(1)) if (hasItemMarker(p) || headingKindOf(p)) listy++;
  return listy * 2 >= parts.length - 1;
}

export { hiddenSelectors, type HiddenSelectors } from './hidden';
