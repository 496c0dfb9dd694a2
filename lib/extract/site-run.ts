import { cleanDisplay } from '../text/normalize';
import { domToLines, hiddenSelectors } from './dom-lines';
import type { FieldOptions } from './fields';
import { buildPosting, type PostingMeta } from './posting';
import type { SiteAdapter } from './sites/adapter';
import { cleanTitle } from './title';
import type { ExtractedWithBody, NotJobReason } from './types';

/** Runs one site adapter: its description container, header fields and not-a-job checks. */
export type SiteResult = { posting: ExtractedWithBody } | { notJob: NotJobReason } | null;

const MIN_TEXT = 20;

/**
 * The first element matching the best selector that has text. One query for all the fallbacks
 * (a miss walks the whole page, and most fallbacks miss), then the matches ranked by selector.
 */
function first(doc: Document, selectors: string[] | undefined, minText = 1): Element | null {
  if (!selectors?.length) return null;
  let found: Element[];
  try {
    found = Array.from(doc.querySelectorAll(selectors.join(', ')));
  } catch {
    return firstOneByOne(doc, selectors, minText); // a selector this DOM cannot parse
  }
  if (!found.length) return null;
  for (const sel of selectors) {
    for (const el of found) {
      if (el.matches(sel) && (el.textContent ?? '').trim().length >= minText) return el;
    }
  }
  return null;
}

function firstOneByOne(doc: Document, selectors: string[], minText: number): Element | null {
  for (const sel of selectors) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(sel);
    } catch {
      continue;
    }
    if (el && (el.textContent ?? '').trim().length >= minText) return el;
  }
  return null;
}

const textOf = (doc: Document, selectors?: string[]) => cleanDisplay(first(doc, selectors)?.textContent ?? '');

export function runSite(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  ld: PostingMeta | null,
  options: FieldOptions & { dollar?: string },
): SiteResult {
  const container = first(doc, adapter.description, MIN_TEXT);
  if (!container) {
    const reason = adapter.notJob?.(doc, url);
    return reason ? { notJob: reason } : null;
  }
  const lines = domToLines(container, { hidden: hiddenSelectors(doc) });
  const tags = textOf(doc, adapter.tags);
  const location = textOf(doc, adapter.location);
  const meta: PostingMeta = {
    title: ld?.title || cleanTitle(textOf(doc, adapter.title)),
    company: ld?.company || textOf(doc, adapter.company),
    // "上海-浦东新区 | 3-4年经验 | 本科": the place is the first part.
    location: ld?.location || location.split(/\s*[|·｜]\s*/)[0]!.trim(),
    salary: ld?.salary ?? null,
    salaryText: textOf(doc, adapter.salary),
    experienceText: ld?.experienceText ?? tagYears(tags),
    educationText: ld?.educationText ?? tags,
    dollar: options.dollar,
  };
  return { posting: buildPosting(lines, `site:${adapter.id}`, meta, options) };
}

/** A tag row's "3-5年" has no 经验 beside it: say so, so the years parser reads it. */
function tagYears(tags: string): string | undefined {
  if (!tags) return undefined;
  const m = /(\d+\s*-\s*\d+|\d+)\s*年(以上)?|经验不限|应届|在校/.exec(tags);
  return m ? `${m[0]}经验` : undefined;
}
