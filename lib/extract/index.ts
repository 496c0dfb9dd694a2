import type { FieldOptions } from './fields';
import { textToLines } from './lines';
import { buildPosting, looksLikeJob } from './posting';
import { splitSections } from './sections';
import type { ExtractionResult, TextOptions } from './types';

export type { ExtractionResult, ExtractedWithBody, NotJobReason, TextOptions } from './types';
export { splitSections } from './sections';

/** Bounds pasted text: no job ad is longer, and it keeps the splitter's time bounded. */
const MAX_TEXT = 1_000_000;

/**
 * Plain text (a pasted ad, a selection, an eval record) -> one posting, or why there is none.
 * `options.title` is the posting's title when known (a page heading, a record's title).
 */
export function extractFromText(text: string, options: TextOptions & FieldOptions = {}): ExtractionResult {
  const input = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  const lines = textToLines(input);
  if (!lines.length) return { notJob: 'empty', postings: [] };
  const sections = splitSections(lines);
  if (!looksLikeJob(sections)) return { notJob: 'not-job', postings: [] };
  const posting = buildPosting(lines, 'text', { title: options.title }, options, sections);
  return { notJob: null, postings: [posting] };
}
