import { extractPostings } from '../extract/index';
import type { ExtractionResult } from '../extract/types';
import { parseDocument } from './dom';

/** A saved page's own address: canonical link, og:url, or the browser's "saved from url" note. */
export function pageUrl(doc: Document, html: string): string {
  const saved = /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html.slice(0, 2000))?.[1];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return [saved, canonical, og].find((u) => !!u && /^https?:\/\//.test(u)) ?? '';
}

/** A page's HTML -> the engine's result; `url` defaults to the address the page names itself. */
export function analyzeHtml(html: string, url = '', parse: (html: string) => Document = parseDocument): ExtractionResult {
  const doc = parse(html);
  return extractPostings(doc, url || pageUrl(doc, html));
}
