import { hasItemMarker, stripItemMarker } from '../text/items';
import { itemScore, STRONG } from './classify';
import { headingKindByWords, leadInClauseKind } from './heading-words';
import type { HeadingKind } from './headings';
import { numberedLabel } from './labels';
import type { Line } from './lines';

/**
 * Whether a line the lexicon does not know is shaped like a heading, and what a page heading's
 * words say: the tokenizer's reading of lines that may open a section (tokens.ts).
 */
const CJK = /[\u3400-\u9fff]/;
// A question that asks about the job or the reader ("Who are you?", "你是我们要找的人吗？"): set on
// its own over text it is a heading whatever its words; the items under it say which kind.
const QUESTION = /^(what|who|how|why|where|which|are|do|does|is|can|will|would|could|should|sound|ready)\b|什么|怎样|怎么|哪些|如何|吗|呢|谁/i;

/**
 * Short, on its own, no sentence inside: could be a heading (whatever its words). Its numbering
 * is no sentence ("3. Key Responsibilities"), nor are commas between short names ("Knowledge,
 * Skills, and Abilities").
 */
export function headingShaped(text: string): boolean {
  const t = stripItemMarker(text.replace(/[\s:：?？!！]+$/u, '').trim()).trim();
  if (!t || /[。；;，]|\.(\s|$)/u.test(t)) return false;
  if (CJK.test(t)) return t.length <= 16 && !t.includes(',');
  if (t.includes(',') && t.split(',').some((part) => part.trim().split(/\s+/).length > 3)) return false;
  return t.length <= 60 && t.split(/\s+/).length <= 8;
}

/**
 * What a page heading (<h1>-<h6>) the lexicon does not know is about: its words when it is shaped
 * like a heading; a sentence set as a heading over a list that it announces ("Since we work
 * across time zones, these are musts too:") is read as a lead-in, by its last clause.
 */
export function pageHeadingWords(text: string): HeadingKind | null {
  if (headingShaped(text)) return headingKindByWords(text);
  return /[:：]\s*$/.test(text) ? leadInClauseKind(text) : null;
}

/**
 * A line shaped like a heading the lexicon does not know: short, no sentence in it, without item
 * evidence of its own, and bold, or ending in a colon, or a question the open vocabulary reads,
 * or set unmarked over a marked list ("工作技能/工作经验" over "1、…", "🗂 Executive Support" over
 * "• …"). Such a line is never an item: an unknown heading closes nothing by itself, the
 * splitter reads its words and its items.
 */
export function weakHeading(line: Line, next: Line | undefined): boolean {
  const text = line.text;
  if (hasItemMarker(text)) return numberedLabel(text, next);
  if (!headingShaped(text)) return false;
  // A bare short label ("其他：") is no item whatever its first word; longer lines with item
  // evidence ("熟练使用以下软件：") are items.
  const label = text.replace(/[\s:：]+$/u, '');
  const bare = /[:：]\s*$/.test(text) && (CJK.test(label) ? label.length <= 4 : label.split(/\s+/).length <= 3);
  // A short name set over a list of the page ("组织入库验收" over its <ul>) heads that list, whatever its verb.
  const sub = CJK.test(text) && text.length <= 8 && !line.li && !!next?.li && !/[\p{P}\d]/u.test(text);
  if (!bare && !sub && Math.abs(itemScore(text)) >= STRONG) return false;
  if (line.heading === 7 || /[:：]\s*$/.test(text)) return true;
  if (/[?？]\s*$/.test(text)) return !!headingKindByWords(text) || (!!next && !line.li && QUESTION.test(text.trim()));
  if (!next || line.li) return false;
  if ((next.li > 0 || hasItemMarker(next.text)) && next.heading !== 7) return true;
  // A short line whose words name a section, over a paragraph ("企业文化" over the culture blurb).
  const short = CJK.test(text) ? text.length <= 10 : text.split(/\s+/).length <= 5;
  const prose = CJK.test(next.text) ? next.text.length >= 40 : next.text.split(/\s+/).length >= 12;
  return short && prose && !!headingKindByWords(text);
}

/**
 * A page heading that is all of its list item ("<li><h4>BS in Computer Science</h4></li>", a site
 * styling its items as headings): an item. One over a list nested in the same <li> stays a heading.
 */
export function wholeListItem(line: Line, next: Line | undefined): boolean {
  if (!line.li || !line.anc || line.anc.length < 2) return false;
  const item = line.anc[line.anc.length - 2]!;
  return !next || (next.li !== line.li && !next.anc?.includes(item));
}
