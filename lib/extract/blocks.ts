import { hasItemMarker, stripItemMarker } from '../text/items';
import { itemScore, STRONG } from './classify';
import { headingKindOf } from './headings';
import { headingKindByWords } from './heading-words';
import { jobLike } from './job-words';
import type { Line } from './lines';
import { cleanTitle, withoutApplyCall } from './title';

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
// A hiring announcement that names the post it opens ("A、本公司现招聘园林工人", "二、诚聘仓库管理员：").
// A letter or number before it is the page's own ordering; the name is what follows the verb.
const ANNOUNCE = /^(?:[A-Za-z]、|[一二三四五六七八九十\d]{1,2}[、.．]\s*)?(?:(?:本|我)(?:公司|司|店|厂|单位|中心|院|校)|公司|我们)?(?:现|长期|现长期|常年|现诚)?(?:招聘|诚聘|急聘|招募|聘请)\s*(.{2,40})$/;
// What follows such a verb on page headings and labels, not a post: 招聘信息, 招聘人数：…, 招聘要求,
// 诚聘英才 (a careers page's own name).
const NOT_A_POST = /^(信息|启事|公告|简章|计划|流程|职位|岗位|人数|要求|条件|对象|范围|时间|热线|电话|邮箱|英才|人才|精英|贤才|[:：])/;
const NOT_TITLE_END = /[。；;，,：:！!？?]$/;
const FIELD_LIKE = /^[\u4e00-\u9fff]{2,6}\s*[:：]/;
const SPACED_FIELD = /^[\u4e00-\u9fff]{2,6}(?:\s+[^\s，,。；;].{0,23})?$/;
const MAX_TITLE = 50;
// Fields a title may carry before its first section: a few lines, or a table of them.
const MAX_FIELDS = 12;

/**
 * Title rank of a line: 1-6 page heading, 7 bold line, 8 "职位名称：" field, 9 a plain short line
 * that a section heading follows ("<dt>销售经理</dt><dd><b>工作职责：</b>…"); 0 not a title.
 */
function titleRank(lines: Line[], i: number, jobHeading: boolean[]): number {
  const line = lines[i]!;
  if (TITLE_FIELD.test(line.text)) return 8;
  // "<div>运营专员：</div>" before its sections: a title when it reads as a job or announces one.
  const text = withoutApplyCall(line.text);
  const t = text.replace(/\s*[:：]\s*$/, '');
  if (t !== text && !jobLike(t) && !announcedPost(t)) return 0;
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
  // A section heading right after it, past a few short fields (地点：…, 名额：…), or past a table
  // of them (性别要求：女, 年龄要求：…, 学历要求：…, a label whose value cell is empty).
  for (let k = i + 1, fields = 0; k < lines.length && fields <= MAX_FIELDS; k++, fields++) {
    if (jobHeading[k]) return 9;
    const l = lines[k]!;
    // A list of facts written "工作地点 <em>北京</em>" (a label, a space, a short value, or none) counts too.
    const spaced = !!l.li && SPACED_FIELD.test(l.text);
    const field = FIELD_LIKE.test(l.text) || spaced || (!!l.cell && l.text.length <= 10 && !hasItemMarker(l.text));
    if (!field || l.text.length > 40 || (!l.cell && !spaced && fields >= 3)) return 0;
  }
  return 0;
}

export function isJobHeading(line: Line): boolean {
  if (line.text.length > 80) return false;
  const kind = headingKindOf(line.text) ?? headingKindOf(line.text.split(/[:：]/)[0] ?? '');
  // 职位描述 / Job description opens a posting's sections as surely as 岗位职责 does.
  return kind === 'duties' || kind === 'requirements' || kind === 'preferred' || kind === 'description';
}

/**
 * The post a line names when it says so itself: a title field ("招聘岗位：检验员") or a hiring
 * announcement ("B、招聘长期绿化工、水电工"); '' for any other line.
 */
export function announcedPost(text: string): string {
  const field = TITLE_FIELD.exec(text);
  if (field) return field[2]!;
  const m = ANNOUNCE.exec(text.trim());
  if (!m || NOT_A_POST.test(m[1]!)) return '';
  const name = m[1]!.replace(/\s*[:：]\s*$/, '');
  // A post's name, not a part of a hiring notice (一、招聘原则 / 四、招聘程序): a job's words, or
  // names that end as posts do (造价员, 绿化工, 面点师).
  return jobLike(name) || name.split(/[，,、\s]+/).some((part) => POST_END.test(part)) ? name : '';
}
const POST_END = /(员|工|工人|师|手|长|生|人员)$/;

// A label before an item's content ("岗位需求：1、…"): the content is what is scored.
const LABEL = /^[^:：]{1,8}[:：]\s*/;

/**
 * Whether a block holds a posting's content: a duties/requirements heading, or, under a title
 * that names its post itself (careers pages that write each post as "招聘岗位：X" over a table of
 * labels, or as "A、招聘X" over numbered lines, with no section heading), one line that reads
 * plainly as a duty or a requirement.
 */
function holdsPosting(lines: Line[], start: number, end: number, jobHeading: boolean[]): boolean {
  for (let i = start + 1; i < end; i++) if (jobHeading[i]) return true;
  if (!announcedPost(lines[start]!.text)) return false;
  for (let i = start + 1; i < end; i++) {
    if (Math.abs(itemScore(stripItemMarker(lines[i]!.text.replace(LABEL, '')))) >= STRONG) return true;
  }
  return false;
}

export function findBlocks(lines: Line[]): Block[] {
  const jobHeading = lines.map(isJobHeading);
  // Cheap exit: a page with fewer than two job headings, and fewer than two lines announcing a
  // post, holds at most one posting.
  if (jobHeading.filter(Boolean).length < 2 && lines.filter((l) => l.text.length <= 60 && announcedPost(l.text)).length < 2) return [];
  const ranks = lines.map((_, i) => titleRank(lines, i, jobHeading));
  let best: { rank: number; starts: number[] } | null = null;
  for (const rank of new Set(ranks.filter((r) => r > 0))) {
    const starts = ranks.flatMap((r, i) => (r === rank ? [i] : []));
    const good = starts.filter((s, k) => holdsPosting(lines, s, starts[k + 1] ?? lines.length, jobHeading));
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
    blocks.push({ title: cleanTitle(announcedPost(lines[s]!.text) || lines[s]!.text), lines: lines.slice(s + 1, blockEnd(lines, all, s, next)) });
  }
  return blocks;
}

/**
 * Plain-line titles must open postings alike: each followed first by the same kind of section
 * (an ad's last unmarked duty before its 任职要求 is no posting title), and most reading as a job.
 * 职位描述 and 岗位职责 both open a posting's work: one tab of a careers page may use the first and
 * another the second.
 */
function alike(lines: Line[], starts: number[], jobHeading: boolean[]): boolean {
  const firstKind = (s: number) => {
    for (let i = s + 1; i < lines.length; i++) {
      if (!jobHeading[i]) continue;
      const kind = headingKindOf(lines[i]!.text.split(/[:：]/)[0] ?? '');
      return kind === 'description' ? 'duties' : kind;
    }
    return null;
  };
  const kinds = new Set(starts.map(firstKind));
  if (kinds.size === 1) return starts.filter((s) => jobLike(lines[s]!.text)).length * 2 >= starts.length;
  // Posts whose first section differs (one lists only 职位要求, the next opens with 职位说明) are
  // still alike when most titles name a job and each sits at the same place in its own sibling element
  // (<li><div class=name>…</div><table>…</table></li> after <li>…).
  return starts.filter((s) => jobLike(lines[s]!.text)).length * 2 >= starts.length && parallel(starts.map((s) => lines[s]!.anc));
}

/** Elements at the same depth under one parent, each in a sibling of its own. */
function parallel(ancs: (number[] | undefined)[]): boolean {
  const first = ancs[0];
  if (!first || first.length < 3) return false;
  const depth = first.length;
  const parent = first[depth - 3];
  const own = new Set<number>();
  for (const a of ancs) {
    if (!a || a.length !== depth || a[depth - 3] !== parent) return false;
    own.add(a[depth - 2]!);
  }
  return own.size === ancs.length;
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
