import { cleanDisplay } from '../text/normalize';
import { domToLines, hiddenSelectors, type HiddenSelectors } from './dom-lines';
import type { FieldOptions } from './fields';
import { buildPosting, type PostingMeta } from './posting';
import { matchAll } from './selectors';
import type { SiteAdapter } from './sites/adapter';
import type { ExtractedWithBody, NotJobReason } from './types';

/**
 * Runs one site adapter: its description container, header fields and not-a-job checks. An
 * adapter that does not match (an older or newer layout of its board) never decides alone: it
 * hands what it did find (title lines, company, place, pay) to the generic tiers. Only a page the
 * board itself marks as no ad (by its address or its kind) is "not a job" here.
 */
export interface SiteResult {
  /** The ad, when the adapter's container held items. */
  posting?: ExtractedWithBody;
  /** A page of the board that is not an ad. */
  notJob?: NotJobReason;
  /**
   * The ad the board's own elements frame (its title and a description of some length) when no
   * list could be read from that description (a language or layout the splitter does not know):
   * the posting the page is, without items, for when no later tier finds one.
   */
  bare?: ExtractedWithBody;
  /** What the adapter's selectors found, for the generic tiers. */
  meta: PostingMeta;
  /** The lines of its title element (one may be the company: "<h1><div>某某招聘</div>产品经理</h1>"). */
  titles: string[];
}

const MIN_TEXT = 20;

type Finder = (field: Field, minText?: number) => Element | null;
const FIELDS = ['title', 'tags', 'company', 'location', 'salary', 'description'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The adapter's fields' best elements. On a DOM written in script, one walk answers every field's
 * selectors (selectors.ts); a browser's DOM is asked field by field.
 */
function fieldFinder(doc: Document, adapter: SiteAdapter): Finder {
  const found = matchAll(doc, FIELDS.map((f) => adapter[f]));
  if (!found) return (field, minText = 1) => first(doc, adapter[field], minText);
  return (field, minText = 1) => {
    for (const ranked of found[FIELDS.indexOf(field)]!) {
      for (const el of ranked) if ((el.textContent ?? '').trim().length >= minText) return el;
    }
    return null;
  };
}

/**
 * The first element matching the best selector that has text. One query for all the fallbacks
 * (a miss walks the whole page, and most fallbacks miss), then the matches with text ranked by selector.
 */
function first(doc: Document, selectors: string[] | undefined, minText = 1): Element | null {
  if (!selectors?.length) return null;
  let found: Element[];
  try {
    found = Array.from(doc.querySelectorAll(selectors.join(', ')));
  } catch {
    return firstOneByOne(doc, selectors, minText); // a selector this DOM cannot parse
  }
  // Only matches with text can win; when one is left (the usual case) it needs no ranking, and
  // each el.matches(sel) compiles its selector again on linkedom (a third of runSite on the fixtures).
  const withText = found.filter((el) => (el.textContent ?? '').trim().length >= minText);
  if (withText.length <= 1) return withText[0] ?? null;
  for (const sel of selectors) {
    for (const el of withText) if (el.matches(sel)) return el;
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

/** An element's visible lines: no <style>/<script> text, nothing the page hides. */
function linesOf(el: Element | null, hidden: HiddenSelectors): string[] {
  return el ? domToLines(el, { hidden, maxNodes: 2000 }).map((l) => l.text) : [];
}

// Pages of a board that describe jobs without being an ad: encyclopedia entries ("X岗位职责 -
// BOSS直聘" under /baike/), company pages, salary and interview guides.
const NOT_AD_TITLE = /百科|(岗位|职位)职责\s*$|(岗位|职位)(职责|描述)\s*[-_|]|是做什么的|工资(待遇)?|薪资(水平|待遇)?\s*[-_|]|薪酬(水平)?|面试(经验|题)|面经|公司(简介|介绍|怎么样)|怎么样|排行|大全/;

export function runSite(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  ld: PostingMeta | null,
  options: FieldOptions & { dollar?: string },
): SiteResult {
  const hidden = hiddenSelectors(doc);
  const find = fieldFinder(doc, adapter);
  const text = (field: Field) => cleanDisplay(linesOf(find(field), hidden).join(' '));
  const titles = linesOf(find('title'), hidden).filter((t) => t.length <= 120);
  const tags = text('tags');
  const meta: PostingMeta = {
    title: ld?.title || undefined,
    company: ld?.company || text('company'),
    // "上海-浦东新区 | 3-4年经验 | 本科": the place is the first part.
    location: ld?.location || text('location').split(/\s*[|·｜]\s*/)[0]!.trim(),
    salary: ld?.salary ?? null,
    salaryText: text('salary'),
    experienceText: ld?.experienceText ?? tagYears(tags),
    educationText: ld?.educationText ?? (tags || undefined),
    dollar: options.dollar,
  };
  const container = find('description', MIN_TEXT);
  let bare: ExtractedWithBody | undefined;
  if (container) {
    const posting = buildPosting(domToLines(container, { hidden }), `site:${adapter.id}`, meta, options);
    if (posting.duties.length + posting.requirements.length + posting.preferred.length) return { posting, meta, titles };
    if (titles.length && posting.body.length >= MIN_BARE) bare = posting;
  }
  const reason = adapter.notJob?.(doc, url) ?? (container ? null : notAnAd(doc));
  return reason ? { notJob: reason, meta, titles } : { bare, meta, titles };
}
const MIN_BARE = 200;

function notAnAd(doc: Document): NotJobReason | null {
  return NOT_AD_TITLE.test(cleanDisplay(doc.title ?? '')) ? 'not-job' : null;
}

/** A tag row's "3-5年" has no 经验 beside it: say so, so the years parser reads it. */
function tagYears(tags: string): string | undefined {
  if (!tags) return undefined;
  const m = /(\d+\s*-\s*\d+|\d+)\s*年(以上)?|经验不限|应届|在校/.exec(tags);
  return m ? `${m[0]}经验` : undefined;
}
