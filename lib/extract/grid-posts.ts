import { stripItemMarker } from '../text/items';
import { isJobHeading, type Block } from './blocks';
import { itemScore, STRONG } from './classify';
import { headingKindOf, type HeadingKind } from './headings';
import { headingKindByWords } from './heading-words';
import type { Line } from './lines';
import { cleanTitle } from './title';

/**
 * Posts as the rows of one table (a small employer's 人才招聘 page): a header row "招聘职位 | 招聘人数
 * | 要求", then a row per post, "公共营养师 | 5名 | 诚实，表达能力强". Each row is a posting named by its
 * post's cell; a cell under a duties or requirements column is that section's text, and the other
 * cells are the post's facts (招聘人数：5名, 学历：本科). A table of posts whose conditions are set
 * out under the page's own section headings (a hiring notice's "二、报名条件") is not read this way:
 * its cells are short values (不限, 会计专业), and the page's sections are the ad.
 */
const POST_COLUMN = /^(?:招聘|应聘|需求)?(?:职位|岗位|工种|职务|职业)(?:名称)?$|^(?:job|position|role|vacancy)(?: title| name)?s?$|^title$/i;
const LIST_KINDS: ReadonlySet<HeadingKind> = new Set(['duties', 'requirements', 'preferred', 'description']);
const MAX_LABEL = 12;
const MAX_POST = 30;
const MIN_POSTS = 2;

interface Row {
  cells: Map<number, Line[]>;
}

/** Each table's rows, in page order, each line in its own row's cell (a nested table is its own). */
function tablesOf(lines: Line[]): Map<number, Row[]> {
  const tables = new Map<number, Row[]>();
  const rowOf = new Map<number, Row>();
  for (const l of lines) {
    if (!l.cell || l.table === undefined || l.row === undefined) continue;
    let row = rowOf.get(l.row);
    if (!row) {
      row = { cells: new Map() };
      rowOf.set(l.row, row);
      tables.set(l.table, [...(tables.get(l.table) ?? []), row]);
    }
    row.cells.set(l.cell, [...(row.cells.get(l.cell) ?? []), l]);
  }
  return tables;
}

const label = (text: string) => text.replace(/[\s:：]+$/u, '').trim();
const short = (text: string) => (/[\u3400-\u9fff]/.test(text) ? text.length <= MAX_LABEL : text.split(/\s+/).length <= 4);
const listKind = (text: string): HeadingKind | null => {
  const kind = headingKindOf(text) ?? headingKindByWords(text);
  return kind && LIST_KINDS.has(kind) ? kind : null;
};

/** A header row: every cell one short label, one names the post, another a list section. */
function headerOf(row: Row): { post: number; labels: Map<number, string> } | null {
  const labels = new Map<number, string>();
  let post = 0;
  for (const [c, ls] of row.cells) {
    if (ls.length !== 1 || !short(ls[0]!.text)) return null;
    const t = label(ls[0]!.text);
    labels.set(c, t);
    if (!post && POST_COLUMN.test(t)) post = c;
  }
  if (labels.size < 3 || !post || ![...labels].some(([c, t]) => c !== post && listKind(t))) return null;
  return { post, labels };
}

export function gridBlocks(lines: Line[]): Block[] {
  if (!lines.some((l) => l.cell)) return [];
  for (const [table, rows] of tablesOf(lines)) {
    // The header is the first row, or the second under a caption row ("2024年招聘计划").
    const at = [0, 1].find((k) => rows.length > k + MIN_POSTS && headerOf(rows[k]!));
    const head = at === undefined ? null : headerOf(rows[at]!);
    if (!head) continue;
    const blocks = rows.slice(at! + 1).flatMap((r) => postOf(r, head));
    // The cells under the list columns must read as a post's duties or requirements, and the page
    // must not set them out under its own headings elsewhere.
    const listed = blocks.flatMap((b) => b.items);
    const plain = listed.filter((t) => Math.abs(itemScore(stripItemMarker(t))) >= STRONG).length;
    const headed = lines.some((l) => l.table !== table && isJobHeading(l));
    if (blocks.length >= MIN_POSTS && listed.length && plain * 2 >= listed.length && !headed) return blocks.map((b) => b.block);
  }
  return [];
}

/** One row as a posting: its post's name, its list cells under their headings, its facts. */
function postOf(row: Row, head: { post: number; labels: Map<number, string> }): { block: Block; items: string[] }[] {
  const title = cleanTitle((row.cells.get(head.post) ?? []).map((l) => l.text).join(' '));
  if (!title || title.length > MAX_POST || /[，,。；;]/.test(title)) return [];
  const out: Line[] = [];
  const items: string[] = [];
  for (const [c, name] of head.labels) {
    const cell = row.cells.get(c);
    if (c === head.post || !cell?.length) continue;
    const base = { heading: 0, li: 0 };
    if (listKind(name)) {
      out.push({ ...base, text: `${name}：`, heading: 7 });
      for (const l of cell) out.push({ ...l, cell: undefined, row: undefined, table: undefined });
      items.push(...cell.map((l) => l.text));
    } else {
      out.push({ ...cell[0]!, text: `${name}：${cell.map((l) => l.text).join(' ')}`, cell: undefined, row: undefined, table: undefined, fact: true });
    }
  }
  return [{ block: { title, lines: out }, items }];
}
