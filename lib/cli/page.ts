import { readFileSync } from 'node:fs';
import { extractFromText, extractPostings } from '../extract/index';
import type { ExtractionResult } from '../extract/types';
import { decodeHtml, parseDocument } from './dom';
import { UsageError } from './io';

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

/**
 * `analyze FILE [--url URL] [--title TITLE]` on a file: a page (.html/.htm) decoded by its bytes,
 * anything else read as UTF-8 text. The eval of real pages runs this same function.
 */
export function analyzeFile(file: string, url = '', title = ''): ExtractionResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (/\.html?$/i.test(file)) return analyzeHtml(decodeHtml(bytes), url);
  return extractFromText(new TextDecoder('utf-8').decode(bytes), { url, title: title || undefined });
}
