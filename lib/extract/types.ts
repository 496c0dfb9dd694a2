import type { ExtractedPosting } from '../db/schemas';

/**
 * The extraction engine's contract (issue #3). `extractPostings(doc, url)` in ./index.ts and
 * `extractFromText(text, options)` return an ExtractionResult; the popup, the context menu, the
 * CLI and the eval all go through these two functions.
 */

/** Why a page gave no posting. */
export type NotJobReason =
  | 'not-job' // an ordinary page: no job ad on it
  | 'login-wall' // the board wants a sign-in before it shows the ad
  | 'captcha' // a slider / verification page
  | 'search-list' // a list of job cards without descriptions
  | 'empty'; // nothing readable (blank page, empty text)

/** One posting as extracted: the fields plus `body`, its text as lines (kept for re-analysis). */
export interface ExtractedWithBody extends ExtractedPosting {
  body: string;
}

export interface ExtractionResult {
  /** null when at least one posting was found. */
  notJob: NotJobReason | null;
  postings: ExtractedWithBody[];
}

export interface TextOptions {
  /** The page or source URL, '' for pasted text. */
  url?: string;
  /** A known title (a page heading, or the title field of an eval record). */
  title?: string;
}
