import { extractPostingsWith } from './core';
import type { FieldOptions } from './fields';
import { readabilityContent } from './readability';
import type { ExtractionResult } from './types';

export * from './core';

/**
 * Every posting on a page, or why there is none (core.ts's tiers), with Readability at hand for
 * the generic tier. The popup goes through core.ts and loads Readability only for a page that
 * reaches it (platform/popup/start.ts); the CLI, the eval and the tests come here.
 */
export function extractPostings(doc: Document, url: string, options: FieldOptions = {}): ExtractionResult {
  return extractPostingsWith(doc, url, options, readabilityContent);
}
