import { headingKindOf } from './headings';
import type { Line } from './lines';
import { cleanTitle } from './title';

/**
 * Repeated posting blocks: a careers page lists N postings, each a title followed by its own
 * sections (工作地点, 岗位职责, 任职要求, "send your CV" …). Titles are page headings, whole bold
 * lines or "职位名称：X" lines; the kind of title that most often opens a block holding a
 * duties/requirements heading (or a numbered list) wins. Each block ends where the next title
 * of the same kind begins, so no posting swallows its neighbour.
 */
export interface Block {
  title: string;
  lines: Line[];
}

const TITLE_FIELD = /^(招聘岗位|招聘职位|岗位名称|职位名称|岗位|职位)\s*[:：]\s*(.{2,40})$/;
const NOT_TITLE_END = /[。；;，,：:！!？?]$/;
const FIELD_LIKE = /^[\u4e00-\u9fff]{2,6}\s*[:：]/;
const MAX_TITLE = 50;

/** Title rank of a line: 1-6 page heading, 7 bold line, 8 "职位名称：" field; 0 not a title. */
function titleRank(line: Line): number {
  const t = line.text;
  if (TITLE_FIELD.test(t)) return 8;
  if (!line.heading || t.length > MAX_TITLE || t.length < 2) return 0;
  if (NOT_TITLE_END.test(t) || FIELD_LIKE.test(t) || headingKindOf(t)) return 0;
  if (!/[\p{L}]/u.test(t)) return 0;
  return line.heading;
}

function isJobHeading(line: Line): boolean {
  if (line.text.length > 80) return false;
  const kind = headingKindOf(line.text) ?? headingKindOf(line.text.split(/[:：]/)[0] ?? '');
  return kind === 'duties' || kind === 'requirements' || kind === 'preferred';
}

export function findBlocks(lines: Line[]): Block[] {
  const ranks = lines.map(titleRank);
  const jobHeading = lines.map(isJobHeading);
  // Cheap exit: a page with fewer than two job headings holds at most one posting.
  if (jobHeading.filter(Boolean).length < 2) return [];
  let best: { rank: number; starts: number[] } | null = null;
  for (const rank of new Set(ranks.filter((r) => r > 0))) {
    const starts = ranks.flatMap((r, i) => (r === rank ? [i] : []));
    const good = starts.filter((s, k) => {
      const end = starts[k + 1] ?? lines.length;
      for (let i = s + 1; i < end; i++) if (jobHeading[i]) return true;
      return false;
    });
    if (good.length >= 2 && (!best || good.length > best.starts.length || (good.length === best.starts.length && rank < best.rank))) {
      best = { rank, starts: good };
    }
  }
  if (!best) return [];
  const all = ranks.flatMap((r, i) => (r === best!.rank ? [i] : []));
  const blocks: Block[] = [];
  for (const s of best.starts) {
    const next = all.find((i) => i > s) ?? lines.length;
    const m = TITLE_FIELD.exec(lines[s]!.text);
    blocks.push({ title: cleanTitle(m ? m[2]! : lines[s]!.text), lines: lines.slice(s + 1, blockEnd(lines, all, s, next)) });
  }
  return blocks;
}

/**
 * Where a block ends. When each posting sits in its own element (a card, a <div> per job), the
 * block ends with that element, so page footers after the last posting stay out. That element is
 * the outermost block around the title that holds no other title.
 */
function blockEnd(lines: Line[], titles: number[], start: number, next: number): number {
  const own = lines[start]!.anc;
  if (!own) return next;
  const others = new Set<number>();
  for (const t of titles) if (t !== start) for (const a of lines[t]!.anc ?? []) others.add(a);
  const container = own.find((a) => !others.has(a));
  if (container === undefined) return next;
  let end = start + 1;
  while (end < next && lines[end]!.anc?.includes(container)) end++;
  // A container holding the title alone (a flat page of <h2> + <p> siblings): fall back.
  return end === start + 1 ? next : end;
}
