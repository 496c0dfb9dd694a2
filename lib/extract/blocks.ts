import { hasItemMarker } from '../text/items';
import { itemScore, STRONG } from './classify';
import { headingKindOf } from './headings';
import { headingKindByWords } from './heading-words';
import { jobLike } from './title-choice';
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

/**
 * Title rank of a line: 1-6 page heading, 7 bold line, 8 "职位名称：" field, 9 a plain short line
 * that a section heading follows ("<dt>销售经理</dt><dd><b>工作职责：</b>…"); 0 not a title.
 */
function titleRank(lines: Line[], i: number, jobHeading: boolean[]): number {
  const line = lines[i]!;
  if (TITLE_FIELD.test(line.text)) return 8;
  // "<div>运营专员：</div>" before its sections: a title when it reads as a job.
  const t = line.text.replace(/\s*[:：]\s*$/, '');
  if (t !== line.text && !jobLike(t)) return 0;
  if (t.length > MAX_TITLE || t.length < 2) return 0;
  if (NOT_TITLE_END.test(t) || FIELD_LIKE.test(t) || headingKindOf(t)) return 0;
  // A section heading the lexicon does not know ("Essential Functions and Key Responsibilities",
  // "Requirements, Skills & Experience", "About the Project") names a part of an ad, not a job: on
  // a page of one posting its sections would otherwise split it in two. A job's name that uses
  // such words still reads as a job ("Benefits Analyst", "Growth Marketing Manager").
  if (headingKindByWords(t) && !jobLike(t)) return 0;
  if (!/[\p{L}]/u.test(t)) return 0;
  if (line.heading) return line.heading;
  // Job titles open like duties (运营专员, 研发经理): item evidence rules out only other lines.
  if (line.li || hasItemMarker(t) || /[，,。；;]/.test(t) || (Math.abs(itemScore(t)) >= STRONG && !jobLike(t))) return 0;
  // A section heading right after it, past a few short fields (地点：…, 名额：…).
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
    if (jobHeading[k]) return 9;
    if (!FIELD_LIKE.test(lines[k]!.text) || lines[k]!.text.length > 40) return 0;
  }
  return 0;
}

export function isJobHeading(line: Line): boolean {
  if (line.text.length > 80) return false;
  const kind = headingKindOf(line.text) ?? headingKindOf(line.text.split(/[:：]/)[0] ?? '');
  return kind === 'duties' || kind === 'requirements' || kind === 'preferred';
}

export function findBlocks(lines: Line[]): Block[] {
  const jobHeading = lines.map(isJobHeading);
  // Cheap exit: a page with fewer than two job headings holds at most one posting.
  if (jobHeading.filter(Boolean).length < 2) return [];
  const ranks = lines.map((_, i) => titleRank(lines, i, jobHeading));
  let best: { rank: number; starts: number[] } | null = null;
  for (const rank of new Set(ranks.filter((r) => r > 0))) {
    const starts = ranks.flatMap((r, i) => (r === rank ? [i] : []));
    const good = starts.filter((s, k) => {
      const end = starts[k + 1] ?? lines.length;
      for (let i = s + 1; i < end; i++) if (jobHeading[i]) return true;
      return false;
    });
    if (rank === 9 && !alike(lines, good, jobHeading)) continue;
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
 * Plain-line titles must open postings alike: each followed first by the same kind of section
 * (an ad's last unmarked duty before its 任职要求 is no posting title), and most reading as a job.
 */
function alike(lines: Line[], starts: number[], jobHeading: boolean[]): boolean {
  const firstKind = (s: number) => {
    for (let i = s + 1; i < lines.length; i++) if (jobHeading[i]) return headingKindOf(lines[i]!.text.split(/[:：]/)[0] ?? '');
    return null;
  };
  const kinds = new Set(starts.map(firstKind));
  return kinds.size === 1 && starts.filter((s) => jobLike(lines[s]!.text)).length * 2 >= starts.length;
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
