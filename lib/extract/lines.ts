import { cleanDisplay } from '../text/normalize';
import { itemScore, STRONG } from './classify';

/**
 * A structured line: the unit the splitter works on. Pages keep their block, list-item and <br>
 * boundaries as lines (never flattened text), and say which lines are headings.
 */
export interface Line {
  text: string;
  /** 1-6: inside an <hN> (or a Markdown heading); 7: the whole line is bold; 0: body text. */
  heading: number;
  /** Id of the <li> the line sits in (0: none). Lines of one <li> form one item. */
  li: number;
  /** Ids of the block elements around the line, outermost first (DOM lines only). */
  anc?: number[];
  /** Read from a hidden pane (another tab of a careers page): for the posting-blocks tier only. */
  hidden?: boolean;
  /** The line's table cell in its row (1-based), for table layouts. */
  cell?: number;
  /** The line's table row and table (the <tr>'s and <table>'s block ids), with `cell`. */
  row?: number;
  table?: number;
  /** The cell is a <th> (a row of <th>label</th><td>value</td> pairs reads as fields). */
  th?: boolean;
  /** "label：value" joined from such a row: one of the post's facts, never an item of its lists. */
  fact?: boolean;
}

/** Bounds for untrusted input: longer lines are cut, and past MAX_LINES the rest is ignored. */
export const MAX_LINE = 20_000;
export const MAX_LINES = 20_000;

/**
 * A spreadsheet cell copied whole ("1、…\n2、…" in quotes, its own quotes doubled): the text in it.
 * Only a text of several lines that opens and closes with the quote and doubles every quote inside.
 */
function unquoteCell(text: string): string {
  const m = /^\s*"([\s\S]*\n[\s\S]*)"\s*$/.exec(text);
  if (!m || /(^|[^"])"([^"]|$)/.test(m[1]!.replace(/""/g, ''))) return text;
  return m[1]!.replace(/""/g, '"');
}

/** Plain text (pasted ads, selections, eval records) as lines. Markdown headings and bold kept. */
export function textToLines(text: string): Line[] {
  const lines: Line[] = [];
  const raw = unquoteCell(text.length > MAX_LINE * 50 ? text.slice(0, MAX_LINE * 50) : text);
  // _x000D_ is a carriage return as spreadsheet exports escape it: a line break too.
  for (const part of raw.split(/\r\n?|\n|\u2028|\u2029|_x000[dD]_/)) {
    if (lines.length >= MAX_LINES) break;
    let t = cleanDisplay(part.length > MAX_LINE ? part.slice(0, MAX_LINE) : part);
    if (!t) continue;
    let heading = 0;
    // "## 岗位职责" is a heading; "# 熟悉Linux；" is an item bulleted with '#'.
    const md = /^(#{1,6})\s+(.{1,40})$/.exec(t);
    if (md && !/[；;。，,、]$/.test(md[2]!) && Math.abs(itemScore(md[2]!)) < STRONG) {
      heading = md[1]!.length;
      t = md[2]!;
    } else {
      const bold = /^(\*\*|__)(.+?)\1[:：]?$/.exec(t);
      if (bold) {
        heading = 7;
        t = bold[2]!;
      }
    }
    if (t) lines.push({ text: t, heading, li: 0 });
  }
  return lines;
}

/** The lines as the text a posting keeps in `body`. */
export function linesToBody(lines: Line[], max = 200_000): string {
  let out = '';
  for (const l of lines) {
    if (out.length + l.text.length + 1 > max) break;
    out += (out ? '\n' : '') + l.text;
  }
  return out;
}
