import { domToLines, type DomLinesOptions } from './dom-lines';
import type { Line } from './lines';
import { detectNotJob } from './notjob';
import type { MainArticle } from './readability';
import { mostlyLinks } from './link-share';
import { evidenceRegion } from './region';
import { likelyRoot, type Region } from './region-dom';
import type { ExtractedWithBody, ExtractionResult } from './types';

/** The generic tier's main-content reader (readability.ts's `readabilityContent`), passed in. */
export type MainReader = (doc: Document) => MainArticle | null;

export const ok = (postings: ExtractedWithBody[]): ExtractionResult => ({ notJob: null, postings });

export const regionLines = (r: Region, options: DomLinesOptions = {}) => domToLines(r.root, { ...options, children: r.children });

/** A tier's answer, or null when the page breaks it (the next tier then reads it). */
export function tryTier<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

/** What the earlier tiers leave the generic tier (4b on): the page's text, lines and fallbacks. */
export interface GenericState {
  big: boolean;
  bodyLines: Line[] | null;
  truncated: boolean;
  fromLd: ExtractedWithBody[];
  /** A board's ad framed by its own elements, whose description gave no list (site-run.ts). */
  bare: ExtractedWithBody[];
  generic: (lines: Line[], pageLines: Line[]) => ExtractedWithBody | null;
  /** An ad written as prose alone, when the page says it is one (prose-ad.ts). */
  prose: (lines: Line[]) => ExtractedWithBody | null;
}

/** Tier 4b and the fallbacks after it (`reader` null: a page too big for Readability). */
export function genericTier(doc: Document, url: string, state: GenericState, reader: MainReader | null): ExtractionResult {
  const { big, generic, fromLd } = state;
  let bodyLines = state.bodyLines;
  const main = reader ? tryTier(() => articleLines(reader(doc))) : null;
  // An "article" that is mostly links is a list of results or cards, not an ad.
  const fromMain = main && !main.list && generic(main.lines, main.lines);
  if (fromMain) return ok([fromMain]);
  // A page too big for Readability or for the line budget: its likely region first (its <h1>'s).
  if (big || state.truncated) {
    const root = tryTier(() => likelyRoot(doc));
    const lines = root ? regionLines(root) : null;
    const fromRoot = lines && generic(lines, lines);
    if (fromRoot) return ok([fromRoot]);
  }
  // No article (a short page): the page's own lines, read by content; on a big page, the part
  // that holds most of its duty and requirement items first.
  // A short page that is mostly links (a results page Readability found no article in) is no ad;
  // a big page keeps its evidence region (a board's detail pane beside a long list of cards).
  if (!main && (big || !(doc.body && mostlyLinks(doc.body)))) {
    bodyLines ??= domToLines(doc.documentElement);
    const region = big ? evidenceRegion(bodyLines) : null;
    const whole = (region && generic(region, bodyLines)) || generic(bodyLines, bodyLines);
    if (whole) return ok([whole]);
  }
  if (fromLd.length) return ok(fromLd);
  if (state.bare.length) return ok(state.bare);
  // Readability's article may leave out the heading over the prose: the page's own lines then.
  const fromProse = tryTier(() => (main && !main.list && state.prose(main.lines)) || state.prose((bodyLines ??= domToLines(doc.documentElement))));
  if (fromProse) return ok([fromProse]);
  return { notJob: detectNotJob(doc, url), postings: [] };
}

// The article's lines (a page that breaks the reading has no article, as when Readability throws).
const articleLines = (article: MainArticle | null) =>
  article && { title: article.title, lines: domToLines(article.root), list: mostlyLinks(article.root) };
