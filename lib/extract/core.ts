import { findBlocks, type Block } from './blocks';
import { paneBlocks } from './panes';
import { listBlocks } from './list-blocks';
import { gridBlocks } from './grid-posts';
import { domToLines } from './dom-lines';
import type { FieldOptions } from './fields';
import { jsonLdPostings } from './jsonld';
import { textToLines, type Line } from './lines';
import { detectWall, saysNotHiring } from './notjob';
import { buildPosting, looksLikeJob, type PostingMeta } from './posting';
import { genericTier, ok, regionLines, tryTier, type MainReader } from './generic-tier';
import { chooseCompany, employerOfAddress, sameEmployer } from './company';
import { slugOfAddress } from './company-address';
import { NO_SIGNALS, pageSignals, type PageSignals } from './page-signals';
import { CALL_WORDS, jobLike } from './job-words';
import { chooseTitle } from './title-choice';
import { listedPosts } from './title';
import { proseAdTitle, resumeForm } from './prose-ad';
import { headingRegion } from './region';
import { likelyRoot } from './region-dom';
import { adapterFor } from './registry';
import { splitSections } from './sections';
import { runSite } from './site-run';
import { dollarOf, DOLLAR_PAY } from './salary';
import type { ExtractedWithBody, ExtractionResult, TextOptions } from './types';

export type { ExtractionResult, ExtractedWithBody, NotJobReason, TextOptions } from './types';
export { splitSections } from './sections';
export { DEFAULT_SKILLS, type SkillEntry } from './skills';
export type { FieldOptions } from './fields';
export type { MainReader } from './generic-tier';

/**
 * A page that got as far as the generic tier's Readability step without it (`readMain` null): the
 * rest of the extraction, to run once the reader is loaded. Readability is ~14 KB gzip that only
 * pages without JSON-LD, a site adapter's match, posting blocks or section headings reach, so the
 * popup loads it only then (platform/popup/start.ts); every other caller passes it in at once.
 */
export interface PendingMain {
  withReader(readMain: MainReader): ExtractionResult;
}

export const isPendingMain = (r: ExtractionResult | PendingMain): r is PendingMain => 'withReader' in r;

// Words only a job ad's text uses together with a title: its work, pay, experience, schooling.
const JOB_WORDS = /经验|薪|工资|待遇|岗位|职位|负责|要求|学历|任职|工作|招聘|面试|简历|五险|experience|salary|responsib|requirement|role|position|apply/i;

// A hiring message without a list or a heading (a WeChat 招聘 post, one paragraph of what is
// asked): it says it hires, or asks for schooling and experience, and names terms of the job.
const HIRING_CALL = new RegExp(`${CALL_WORDS}|高薪聘|招工|招人|hiring|vacanc`, 'i');
const EMPLOYMENT_TERMS = /底薪|月薪|年薪|日薪|时薪|薪资|工资|薪酬|提成|五险|社保|包吃|包住|食宿|双休|单休|周岁|学历|大专|本科|经验|面试|简历|入职|转正|试用期|元\s*[/／]\s*(?:小时|时|天|日|月)|salary|wages?\b|\bpay\b|benefits/gi;
// English messages state pay as an amount per hour or year, and the hours and years asked.
const EN_TERMS = [
  DOLLAR_PAY,
  /\b(?:full|part)[- ]time\b/i,
  /\b\d+\+?\s*(?:years?|yrs)\b/i,
  /\b(?:day|night|weekend) shifts?\b|\bshifts?\b/i,
];

/**
 * Text that reads as a hiring message: a call to hire and a term, or three different terms. Only
 * a message's length: an article about jobs (a graduates' pay survey) speaks of all of these too.
 */
function hiringMessage(text: string): boolean {
  if (text.length > MAX_MESSAGE) return false;
  const terms = new Set((text.match(EMPLOYMENT_TERMS) ?? []).map((t) => t.toLowerCase()));
  const count = terms.size + EN_TERMS.filter((re) => re.test(text)).length;
  return (HIRING_CALL.test(text) && count >= 1) || count >= 3;
}
const MAX_MESSAGE = 2_000;

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
    // A given title says the text is an ad: then a plain duty or two without headings will do,
    // and an ad that lists nothing but speaks of the job ("三年经验，薪资面议") is still that
    // posting, to be matched on its title and text.
    const knownJob = !!options.title?.trim();
    const sections = splitSections(lines, { knownJob, givenAsAd: true });
    const isAd = looksLikeJob(sections, knownJob, input) || (knownJob && JOB_WORDS.test(input)) || hiringMessage(input) || listedPosts(lines).length > 0;
    if (!isAd) return { notJob: 'not-job', postings: [] };
    const posting = buildPosting(lines, 'text', { title: options.title, dollar: dollarOf(options.url) }, options, sections);
    return { notJob: null, postings: [posting] };
  } catch {
    return { notJob: 'empty', postings: [] };
  }
}

/**
 * Every posting on a page, or why there is none. Tiers, first that succeeds wins: JobPosting
 * JSON-LD; the site's adapter; repeated posting blocks; the generic tier (source 'readability'):
 * the element around the ad's own section headings, or, on pages without any, Readability's
 * article (`readMain`, on a clone; skipped past 150k characters of text, where the page's own
 * lines are read). With `readMain` null, a page that needs that article gives a PendingMain.
 * Never throws: a page that breaks a tier falls through to the next, and to a reason at the end.
 */
export function extractPostingsWith(doc: Document, url: string, options: FieldOptions, readMain: MainReader): ExtractionResult;
export function extractPostingsWith(doc: Document, url: string, options: FieldOptions, readMain: null): ExtractionResult | PendingMain;
export function extractPostingsWith(doc: Document, url: string, options: FieldOptions, readMain: MainReader | null): ExtractionResult | PendingMain {
  const guarded = <T>(run: () => T): T | ExtractionResult => {
    try {
      return run();
    } catch {
      return { notJob: 'empty', postings: [] };
    }
  };
  const r = guarded(() => extract(doc, typeof url === 'string' ? url : '', options, readMain));
  if (!isPendingMain(r)) return guarded(() => unlessNotHiring(r, doc));
  return { withReader: (reader) => guarded(() => unlessNotHiring(r.withReader(reader), doc)) };
}

/**
 * A careers page that says it is not hiring, whose one posting the generic tier read names no job
 * (its title is the page's: "Jobs at Acme") and lists no duties, holds no ad: what it lists (skills
 * for anybody who works there, past postings' teasers) is not one. A closed ad still names its job
 * or its work, and stays.
 */
function unlessNotHiring(r: ExtractionResult, doc: Document): ExtractionResult {
  const p = r.postings.length === 1 ? r.postings[0]! : null;
  if (!p || p.source !== 'readability' || p.duties.length || jobLike(p.title) || !saysNotHiring(doc)) return r;
  return { notJob: 'not-job', postings: [] };
}

const hasItems = (p: ExtractedWithBody) => p.duties.length + p.requirements.length + p.preferred.length > 0;

function extract(doc: Document, url: string, options: FieldOptions, readMain: MainReader | null): ExtractionResult | PendingMain {
  if (!doc?.documentElement) return { notJob: 'empty', postings: [] };

  // 1. JSON-LD. A JobPosting without usable text still lends its fields to the later tiers.
  const dollar = dollarOf(url);
  const ld = tryTier(() => jsonLdPostings(doc)) ?? [];
  const fromLd = ld.map((p) => buildPosting(p.lines, 'jsonld', { ...p.meta, dollar }, options));
  if (fromLd.some(hasItems)) return ok(withAddressEmployer(fromLd.filter(hasItems), doc, url));
  const ldMeta = ld[0]?.meta ?? null;
  const signals: PageSignals = { ...(tryTier(() => pageSignals(doc)) ?? NO_SIGNALS), url };

  // 2. The site's adapter. One that does not match hands what it found to the generic tiers.
  let meta: PostingMeta = { ...ldMeta, dollar };
  let found: string[] = [];
  let bare: ExtractedWithBody[] = [];
  const site = adapterFor(url);
  if (site) {
    const r = tryTier(() => runSite(site.adapter, doc, site.url, ldMeta, { ...options, dollar }));
    if (r?.posting) return ok([withPageFacts(r.posting, signals, [], [], r.titles)]);
    if (r?.notJob && !fromLd.length) return { notJob: r.notJob, postings: [] };
    if (r) {
      meta = { ...r.meta, title: ldMeta?.title };
      found = r.titles;
      if (r.bare) bare = [withPageFacts(r.bare, signals, [], [], r.titles)];
    }
  }
  // The page's text, once: walls, and whether the ad has section headings to anchor on.
  const allText = doc.documentElement.textContent ?? '';
  const pageText = allText.slice(0, 300_000);
  if (!fromLd.length) {
    const wall = detectWall(doc, url, pageText);
    if (wall) return { notJob: wall, postings: [] };
  }
  const generic = (lines: Line[], pageLines: Line[]) => genericPosting(lines, pageLines, meta, signals, found, options);

  // 3. Repeated posting blocks (careers pages), and 4a. the region around the ad's own headings.
  // Both need the page's lines; pages without any section heading skip straight to Readability.
  let bodyLines: Line[] | null = null;
  const stats = { truncated: false };
  if (JOB_HEADING_HINT.test(pageText)) {
    // The whole document, not doc.body: some parsers leave a second <body> after stray tags.
    // Hidden tab panes are read for the blocks tier only.
    // A huge page (or one past the line budget: a huge menu in front) is read from the region
    // around the ad's headings, found in the DOM.
    const root = allText.length > HUGE_TEXT ? tryTier(() => likelyRoot(doc)) : null;
    let all = root ? regionLines(root, { panes: true }) : domToLines(doc.documentElement, { panes: true, stats });
    const later = !root && stats.truncated ? tryTier(() => likelyRoot(doc)) : null;
    if (later) all = regionLines(later, { panes: true });
    bodyLines = all.some((l) => l.hidden) ? all.filter((l) => !l.hidden) : all;
    const page = bodyLines;
    // Postings of one careers page share its employer: read once.
    let company: string | undefined;
    // A block is a posting under its own title: its items need not prove it is an ad (as a
    // pasted ad with a known title), which a post of two plain lines under "A、招聘X" cannot.
    const block = (b: Block) => {
      const p = buildPosting(b.lines, 'blocks', { title: b.title, dollar }, options, splitSections(b.lines, { knownJob: true }));
      p.company ||= company ??= chooseCompany(signals, page, '', [], { ownSite: true }).slice(0, 500);
      return withPageFacts(p, signals, page, b.lines, [], false);
    };
    let blocks = distinct(findBlocks(all).map(block).filter(hasItems));
    if (blocks.length < 2) blocks = distinct(paneBlocks(all).map(block).filter(hasItems));
    if (blocks.length < 2) blocks = distinct(listBlocks(bodyLines).map(block).filter(hasItems));
    if (blocks.length < 2) blocks = distinct(gridBlocks(bodyLines).map(block).filter(hasItems));
    if (blocks.length >= 2) return ok(blocks);
    const region = headingRegion(bodyLines);
    const found = region && generic(region, bodyLines);
    if (found) return ok([found]);
  }

  // 4b. Generic: Readability's article, split.
  // Readability's time grows faster than the page (0.5 s at 170k characters of text here): past
  // READABILITY_MAX_TEXT the page's own lines are read instead, so every page stays bounded.
  const big = readableLength(doc, allText.length) > READABILITY_MAX_TEXT;
  const prose = (lines: Line[]) => proseAdPosting(doc, lines, meta, signals, found, options);
  const rest = (reader: MainReader | null) => genericTier(doc, url, { big, bodyLines, truncated: stats.truncated, fromLd, bare, generic, prose }, reader);
  if (!big && !readMain) return { withReader: rest };
  return rest(big ? null : readMain);
}

// Section-heading words in any script or width, and the hiring words that open a post on pages
// without any ("A、现招聘X", "招聘岗位：X", blocks.ts; "简历投至…" under posts given as lists,
// list-blocks.ts); a cheap test on the page's raw text.
const JOB_HEADING_HINT = /职责|職責|要求|资格|資格|条件|條件|工作内容|工作內容|加分|优先|優先|描述|招聘|诚聘|急聘|招募|应聘|簡歷|简历|responsibilit|requirement|qualification|what you|duties|nice to have|about you|skills/i;

const READABILITY_MAX_TEXT = 150_000;
// Text past which a page is read from its likely region first (its headings' element in the DOM).
const HUGE_TEXT = 1_000_000;

/** The page's text length without its scripts and styles (which textContent includes). */
function readableLength(doc: Document, total: number): number {
  let hidden = 0;
  for (const tag of ['script', 'style']) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length; i++) hidden += els[i]!.textContent?.length ?? 0;
  }
  return total - hidden;
}

/** One posting from a page's main content, when its lines read as an ad. */
function genericPosting(
  lines: Line[],
  pageLines: Line[],
  meta: PostingMeta,
  signals: PageSignals,
  found: string[],
  options: FieldOptions,
): ExtractedWithBody | null {
  const sections = splitSections(lines);
  if (!looksLikeJob(sections, false, lines.map((l) => l.text).join('\n'))) return null;
  return withPageFacts(buildPosting(lines, 'readability', meta, options, sections), signals, pageLines, lines, found);
}

/** A job page whose ad is one paragraph of prose (prose-ad.ts): a posting without items, under its job's name. */
function proseAdPosting(doc: Document, lines: Line[], meta: PostingMeta, signals: PageSignals, found: string[], options: FieldOptions): ExtractedWithBody | null {
  const title = proseAdTitle(lines);
  if (!title || !resumeForm(doc)) return null;
  return withPageFacts(buildPosting(lines, 'readability', meta, options), signals, lines, lines, [...found, title]);
}

/**
 * A posting's title and company, when its tier did not read them, from the page's evidence taken
 * together (title-choice.ts, company.ts). A "职位名称：" line inside the ad keeps its title.
 */
function withPageFacts(
  p: ExtractedWithBody,
  signals: PageSignals,
  pageLines: Line[],
  adLines: Line[],
  found: string[] = [],
  company = true,
): ExtractedWithBody {
  if (!p.title) p.title = chooseTitle(signals, pageLines, adLines, found).slice(0, 500);
  if (company && !p.company) p.company = chooseCompany(signals, pageLines, p.title, adLines).slice(0, 500);
  return p;
}

/**
 * A tracking system's address names the employer (company-address.ts); when the page spells it too,
 * it stands over a JobPosting's hiringOrganization that does not name it (Workday's give a legal
 * entity, "XY12 - Engineering Services PL", or nothing).
 */
function withAddressEmployer(ps: ExtractedWithBody[], doc: Document, url: string): ExtractedWithBody[] {
  if (!slugOfAddress(url)) return ps;
  const signals: PageSignals = { ...(tryTier(() => pageSignals(doc)) ?? NO_SIGNALS), url };
  for (const p of ps) {
    const name = employerOfAddress(signals, [], [p.body.slice(0, 5000)]);
    if (name && !sameEmployer(p.company, name)) p.company = name;
  }
  return ps;
}

/**
 * Postings without repeats (a hidden copy of an ad in a dialog is not a second posting). A repeat
 * is the same title over the same items: posts that differ only in their title are the page's own
 * (a careers page that gives several posts the same placeholder text still lists each of them).
 */
function distinct(ps: ExtractedWithBody[]): ExtractedWithBody[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const key = JSON.stringify([p.title.replace(/\s+/g, '').toLowerCase(), p.duties, p.requirements, p.preferred]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
