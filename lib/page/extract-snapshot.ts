import type { ExtractionResult } from '../extract/types';
import type { PageSnapshot } from './schema';

/**
 * The engine's two entry points (lib/extract), passed in: the popup loads them as a chunk of their
 * own, and its page reader may answer later (it loads Readability when a page needs it).
 */
export interface Engine {
  extractFromText: typeof import('../extract').extractFromText;
  extractPostings: (doc: Document, url: string) => ExtractionResult | Promise<ExtractionResult>;
}

// A selection this long is what the user means to clip, even on a page with a posting of its own.
export const MIN_SELECTION = 60;

/**
 * A page's postings from its snapshot: the selection when the user selected an ad's worth of text,
 * else the page's HTML, parsed into an inert document (`parse`: DOMParser's, where nothing runs or
 * loads). `parsed` is told when the parse is done (the popup's stage mark).
 */
export function extractSnapshot(
  page: PageSnapshot,
  engine: Engine,
  parse: (html: string) => Document,
  parsed = () => {},
): ExtractionResult | Promise<ExtractionResult> {
  let result: ExtractionResult = { notJob: 'empty', postings: [] };
  if (page.selection.trim().length >= MIN_SELECTION) result = engine.extractFromText(page.selection, { url: page.url, title: page.title });
  if (result.postings.length) return result;
  const doc = parse(page.html);
  parsed();
  return engine.extractPostings(doc, page.url);
}
