import { findBlocks } from './blocks';
import { domToLines } from './dom-lines';
import type { FieldOptions } from './fields';
import { jsonLdPostings } from './jsonld';
import { textToLines } from './lines';
import { detectNotJob, detectWall } from './notjob';
import { buildPosting, looksLikeJob, type PostingMeta } from './posting';
import { readabilityContent } from './readability';
import { adapterFor } from './registry';
import { splitSections } from './sections';
import { runSite } from './site-run';
import { cleanTitle, titleFromDocTitle } from './title';
import type { ExtractedWithBody, ExtractionResult, TextOptions } from './types';

export type { ExtractionResult, ExtractedWithBody, NotJobReason, TextOptions } from './types';
export { splitSections } from './sections';
export { DEFAULT_SKILLS, type SkillEntry } from './skills';
export type { FieldOptions } from './fields';

/** Bounds pasted text: no job ad is longer, and it keeps the splitter's time bounded. */
const MAX_TEXT = 1_000_000;

/**
 * Plain text (a pasted ad, a selection, an eval record) -> one posting, or why there is none.
 * `options.title` is the posting's title when known (a page heading, a record's title).
 */
export function extractFromText(text: string, options: TextOptions & FieldOptions = {}): ExtractionResult {
  try {
    const input = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
    const lines = textToLines(input);
    if (!lines.length) return { notJob: 'empty', postings: [] };
    const sections = splitSections(lines);
    if (!looksLikeJob(sections)) return { notJob: 'not-job', postings: [] };
    const posting = buildPosting(lines, 'text', { title: options.title }, options, sections);
    return { notJob: null, postings: [posting] };
  } catch {
    return { notJob: 'empty', postings: [] };
  }
}

/**
 * Every posting on a page, or why there is none. Tiers, first that succeeds wins: JobPosting
 * JSON-LD; the site's adapter; repeated posting blocks; the main content (Readability) split.
 * Never throws: a page that breaks a tier falls through to the next, and to a reason at the end.
 */
export function extractPostings(doc: Document, url: string, options: FieldOptions = {}): ExtractionResult {
  try {
    return extract(doc, typeof url === 'string' ? url : '', options);
  } catch {
    return { notJob: 'empty', postings: [] };
  }
}

const ok = (postings: ExtractedWithBody[]): ExtractionResult => ({ notJob: null, postings });
const hasItems = (p: ExtractedWithBody) => p.duties.length + p.requirements.length + p.preferred.length > 0;

function extract(doc: Document, url: string, options: FieldOptions): ExtractionResult {
  if (!doc?.documentElement) return { notJob: 'empty', postings: [] };

  // 1. JSON-LD. A JobPosting without usable text still lends its fields to the later tiers.
  const ld = tryTier(() => jsonLdPostings(doc)) ?? [];
  const fromLd = ld.map((p) => buildPosting(p.lines, 'jsonld', p.meta, options));
  if (fromLd.some(hasItems)) return ok(fromLd.filter(hasItems));
  const ldMeta = ld[0]?.meta ?? null;

  // 2. The site's adapter.
  const site = adapterFor(url);
  if (site) {
    const r = tryTier(() => runSite(site.adapter, doc, site.url, ldMeta, options));
    if (r && 'posting' in r) return ok([r.posting]);
    if (r && 'notJob' in r && !fromLd.length) return { notJob: r.notJob, postings: [] };
  }
  if (!fromLd.length) {
    const wall = detectWall(doc, url);
    if (wall) return { notJob: wall, postings: [] };
  }

  // 3. Repeated posting blocks (careers pages).
  // The whole document, not doc.body: some parsers leave a second <body> after stray tags.
  const bodyLines = domToLines(doc.documentElement);
  const blocks = findBlocks(bodyLines)
    .map((b) => buildPosting(b.lines, 'blocks', { title: b.title }, options))
    .filter(hasItems);
  if (blocks.length >= 2) return ok(blocks);

  // 4. Generic: the main content, split. The whole body when Readability finds no article or
  // its article lost the ad's sections (short pages, tables).
  const main = tryTier(() => readabilityContent(doc));
  for (const lines of [main?.lines, bodyLines]) {
    if (!lines?.length) continue;
    const sections = splitSections(lines);
    if (!looksLikeJob(sections)) continue;
    // Title: JSON-LD's, else a 招聘岗位：line's (buildPosting reads it), else the page's <h1>/<title>.
    const named = sections.fields.some((f) => f.name === 'title');
    const h1 = bodyLines.find((l) => l.heading === 1 && l.text.length <= 60)?.text;
    const title = ldMeta?.title || (named ? '' : cleanTitle(h1 ?? '') || titleFromDocTitle(main?.title || doc.title || ''));
    const meta: PostingMeta = { ...ldMeta, title };
    return ok([buildPosting(lines, 'readability', meta, options, sections)]);
  }
  if (fromLd.length) return ok(fromLd);
  return { notJob: detectNotJob(doc, url), postings: [] };
}

function tryTier<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}
