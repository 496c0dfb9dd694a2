import * as z from 'zod/mini';

/**
 * What the injected extractor script sends back from a page: plain data only. The engine runs in
 * the extension's own pages on this snapshot (lib/page/extract-snapshot.ts), never inside the page.
 */
export const PageSnapshot = z.object({
  url: z.string().check(z.maxLength(10_000)),
  title: z.string().check(z.maxLength(2_000)),
  html: z.string(),
  /** The user's text selection, if any (line breaks kept). */
  selection: z.string().check(z.maxLength(1_000_000)),
  /** The page was larger than MAX_HTML_CHARS and its HTML was cut. */
  truncated: z.boolean(),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;
