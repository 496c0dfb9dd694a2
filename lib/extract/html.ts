import { domToLines } from './dom-lines';
import { textToLines, type Line } from './lines';

/**
 * An HTML fragment (a JSON-LD description, a board's JSON field) -> lines, parsed by the page's own
 * DOM implementation into a detached element of the same document (inert: a parsed or
 * DOMParser document runs no scripts and loads nothing). Text without tags is split as text.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

const TAG = /<\/?(p|div|br|li|ul|ol|h[1-6]|b|strong|span|table|tr|td|section|em|i|u|a)\b[^>]*>/i;

export function htmlToLines(doc: Document, html: string): Line[] {
  let source = html.slice(0, 2_000_000);
  if (!TAG.test(source) && /&lt;\/?(p|div|br|li|ul|h\d|b|strong)\b/i.test(source)) source = decodeEntities(source);
  if (!TAG.test(source)) return textToLines(decodeEntities(source));
  // Parsed only into an inert document: one from DOMParser (the popup's) or a server-side DOM has no
  // window, so nothing in the fragment runs or loads. Handed a live page's document, we make an
  // inert one of its own rather than parse page-supplied HTML into it.
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const inert = view?.DOMParser ? new view.DOMParser().parseFromString('', 'text/html') : doc;
  const div = inert.createElement('div');
  div.innerHTML = source; // inert: see above
  return domToLines(div);
}
