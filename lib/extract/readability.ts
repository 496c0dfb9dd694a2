import { Readability } from '@mozilla/readability';

/**
 * The generic tier's main-content finder: Readability on a clone (it rewrites the tree it reads),
 * asked for the article element itself rather than its HTML, so nothing is serialised and parsed
 * again. Null when Readability finds no article (short pages: the caller falls back to the body).
 * Its own chunk in the popup, loaded only for a page that reaches it (core.ts PendingMain): so it
 * imports nothing of the engine, and the caller reads the article's lines (generic-tier.ts).
 */
export interface MainArticle {
  title: string;
  root: Element;
}

/** Readability recurses over the tree: past this depth it can exhaust the stack (slowly). */
const MAX_DEPTH = 500;

/** Whether any element sits deeper than `limit` below root (pointer walk: no recursion, no stack). */
export function deeperThan(root: Element, limit: number): boolean {
  let node: Element | null = root;
  let depth = 0;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      if (++depth > limit) return true;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}

export function readabilityContent(doc: Document): MainArticle | null {
  try {
    if (deeperThan(doc.documentElement, MAX_DEPTH)) return null; // the caller reads the page's own lines
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(clone, {
      charThreshold: 200,
      serializer: (el) => el as Element,
    }).parse();
    if (!article?.content) return null;
    return { title: article.title ?? '', root: article.content };
  } catch {
    return null;
  }
}
