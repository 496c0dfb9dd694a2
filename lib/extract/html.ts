import { domToLines } from './dom-lines';
import { textToLines, type Line } from './lines';

/**
 * An HTML fragment (a JSON-LD description, a board's JSON field) -> lines, parsed by the page's own
 * DOM implementation's DOMParser into a document apart from the page (inert: a DOMParser document
 * runs no scripts and loads nothing). Text without tags is split as text.
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
  // Parsed by a DOMParser into a document of its own (the popup's, a server-side DOM's): it has no
  // window, so nothing in the fragment runs or loads, and the page's own document is never written.
  // Without a parser the tags are dropped and the text read as text.
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Parser = view?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  const inert = Parser && new Parser().parseFromString(`<!DOCTYPE html><html><head></head><body>${source}</body></html>`, 'text/html');
  return inert?.body ? domToLines(inert.body) : textToLines(decodeEntities(source.replace(/<[^>]*>/g, '\n')));
}
