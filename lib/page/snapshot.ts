import type { PageSnapshot } from './schema';

// Kept apart from schema.ts: the script injected into pages carries no zod.

/** Pages bigger than this are cut: no job ad needs more, and it bounds memory and parse time. */
export const MAX_HTML_CHARS = 8_000_000;

/** Runs inside the page (the extractor script): serialise the DOM as it is now. */
export function snapshotPage(doc: Document, selection: string): PageSnapshot {
  let html = doc.documentElement?.outerHTML ?? '';
  const truncated = html.length > MAX_HTML_CHARS;
  if (truncated) html = html.slice(0, MAX_HTML_CHARS);
  return {
    url: doc.location?.href ?? '',
    title: (doc.title ?? '').slice(0, 2_000),
    html,
    selection: selection.slice(0, 1_000_000),
    truncated,
  };
}
