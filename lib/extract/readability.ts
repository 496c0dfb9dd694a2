import { Readability } from '@mozilla/readability';
import { domToLines } from './dom-lines';
import type { Line } from './lines';

/**
 * The generic tier's main-content finder: Readability on a clone (it rewrites the tree it reads),
 * asked for the article element itself rather than its HTML, so nothing is serialised and parsed
 * again. Null when Readability finds no article (short pages: the caller falls back to the body).
 */
export interface MainContent {
  title: string;
  lines: Line[];
}

export function readabilityContent(doc: Document): MainContent | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(clone, {
      charThreshold: 200,
      serializer: (el) => el as Element,
    }).parse();
    if (!article?.content) return null;
    return { title: article.title ?? '', lines: domToLines(article.content) };
  } catch {
    return null;
  }
}
