import { toHalfWidth } from '../text/normalize';
import { BOARD } from './company';
import { headingKindByWords } from './heading-words';
import { headingKindOf } from './headings';
import type { Line } from './lines';
import type { PageSignals } from './page-signals';
import { jobLike } from './job-words';
import { cleanTitle, nameInHeading, postAfterLabel, titleFromDocTitle } from './title';

/**
 * The job's title from the page's evidence taken together: its <h1>, og:title, <title> without
 * the site's suffix, the heading or line nearest the ad's first section, and what an adapter
 * found. Each candidate scores by where it comes from, by reading like a job's name, and by how
 * many other sources agree with it; people's names, navigation, page and section words never
 * qualify. So "潘先生", "相关推荐职位", "About Vercel" or a site menu entry lose to the job.
 */
interface Candidate {
  text: string;
  weight: number;
}


// Page, navigation and site words: never a job's name.
const NOT_TITLE =
  /^(首页|招聘首页|人才招聘|招聘信息|招贤纳士|加入我们|诚聘英才|社会招聘|校园招聘|职位详情|职位信息|职位描述|招聘职位|热招职位|在招职位|相关推荐职位|推荐职位|相似职位|其他职位|热门职位|全部职位|职位列表|join us|careers?|jobs?|open (roles|positions)|job details|vacanc(y|ies)|about the job|current openings|similar jobs|job search|search results?|sign in|log in|home)$/i;
const COUNT_OR_ERROR = /^\d[\d,.]*\+?\s*(jobs?|个职位|条|results?)|\bjobs in\b|^(oops|404|not found|error|sorry|page not found)\b|抱歉|不存在|找不到/i;
const PERSON = /^[\u4e00-\u9fa5]{1,3}(先生|女士|小姐|老师|同学)$|^(hr|招聘者|招聘负责人)[\s:：]|^(mr|mrs|ms|dr)\.?\s/i;
const COMPANY_END = /(有限公司|有限责任公司|股份公司|集团|\b(ltd|limited|inc|llc|gmbh|corp)\.?)$/i;
const SALARY_ONLY = /^[\d.\s~\-kKwW万千元/月年薪·]+$|^面议$/;
const NOTICE = /招聘.{0,20}(?:公告|启事|简章|通知)$/;
// A kind of jobs, not a job: "内容编辑类", "技术类" (a careers page's category tab or heading).
const CATEGORY = /[^品]类$/;
// An apply button's words run into the job's name on the same line ("立即申请网站编辑").
const APPLY_PREFIX = /^(立即申请|申请职位|申请该职位|我要应聘|投递简历|apply now|apply)\s*/i;
// The name before a label on its line: "网站编辑  招聘人数：2人" -> "网站编辑".
const NAME_BEFORE_LABEL = /^(.{2,40}?)\s+[\p{L}]{2,6}[:：]/u;

/** Why a text cannot be the job's title ('' when it can). */
function rejects(t: string): boolean {
  if (!t || t.length < 2) return true;
  const cjk = /[\u3400-\u9fff]/.test(t);
  if (cjk ? t.length > 40 : t.length > 100 || t.split(/\s+/).length > 14) return true;
  if (NOT_TITLE.test(t) || COUNT_OR_ERROR.test(t) || PERSON.test(t) || COMPANY_END.test(t) || SALARY_ONLY.test(t) || CATEGORY.test(t)) return true;
  // A job board's own name; a strip of tags or a recruiter's status ("招聘经理 · 刚刚活跃").
  if (BOARD.test(t) && t.length <= 12) return true;
  if (/\s[·•|｜]\s|刚刚活跃|在线|回复率|活跃/.test(t)) return true;
  if (/[。；;!！]$|[，,].*[，,]/.test(t)) return true; // a sentence
  if (cjk && t.split(/\s+/).length >= 5) return true; // a menu or a tag strip
  // Section words ("公司简介", "About Acme", "Benefits"), unless they read as a job ("Benefits Analyst").
  if ((headingKindOf(t) || headingKindByWords(t)) && !jobLike(t)) return true;
  return false;
}

const key = (t: string) => toHalfWidth(t).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
function agree(a: string, b: string): boolean {
  const x = key(a);
  const y = key(b);
  return x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x));
}

/** <title> and og:title forms: "X hiring T in L | LinkedIn", "Job Application for T at C", "T - C - site". */
export function titleFromPageTitle(raw: string): string {
  const hiring = /^.{1,80}? hiring (.{2,120}?) in .{1,80}$/i.exec(raw);
  if (hiring) return cleanTitle(hiring[1]!);
  const application = /^job application for (.{2,120}?) at .{1,80}$/i.exec(raw);
  if (application) return cleanTitle(application[1]!);
  return titleFromDocTitle(raw);
}

/** The nearest title-like line above the ad's first section (a heading, or a line that reads as a job). */
function nearest(pageLines: Line[], adLines: Line[]): Candidate[] {
  const kindOf = (l: Line) => headingKindOf(l.text) ?? headingKindOf(l.text.split(/[:：]/)[0] ?? '');
  const first = adLines.find(kindOf);
  // With no list heading at all, a run of label lines is where the post begins (past a menu's
  // "关于我们", which names a section of the site).
  const listed = adLines.some((l) => LIST_KINDS.has(kindOf(l) ?? 'stop'));
  const from = listed ? first : (labelRun(adLines) ?? first);
  const at = from ? pageLines.indexOf(from) : -1;
  const out: Candidate[] = [];
  // The first section's heading may itself name the job ("电商主管岗位职责", "Analyst Job Description").
  const named = first ? nameInHeading(first.text) : '';
  if (named && !rejects(named)) out.push({ text: named, weight: 3 });
  for (let i = at - 1; i >= 0 && at - i <= 40; i--) {
    const l = pageLines[i]!;
    // A table's cell is a column's name or value ("职数", "会计专业" under 专业要求), not the ad's name.
    if (l.cell) continue;
    const t = cleanTitle(l.text);
    const heading = l.heading >= 1 && l.heading <= 7;
    // A heading that names no job ("内容编辑类", "职位详情") over the name line found: the ad's header
    // ends there; headings further up are the page's (a sidebar's "客服中心").
    if (rejects(t) && heading && out.length) break;
    if (rejects(t)) continue;
    if (heading) {
      out.push({ text: t, weight: 3 });
      break;
    }
    if (jobLike(t) && !/[:：]/.test(l.text) && !out.length) out.push({ text: t, weight: 2 });
    else if (!out.length) {
      const before = NAME_BEFORE_LABEL.exec(l.text)?.[1];
      const name = before ? cleanTitle(before.replace(APPLY_PREFIX, '')) : '';
      if (name && jobLike(name) && !rejects(name)) out.push({ text: name, weight: 2 });
    }
  }
  return out;
}

/** The page's lines from a little above the ad's first line (where a notice names its posts). */
function linesBefore(pageLines: Line[], adLines: Line[]): Line[] {
  const first = adLines[0];
  let at = first ? pageLines.indexOf(first) : -1;
  // The ad read from a copy of the page (Readability's article): found by its text.
  if (first && at < 0) at = pageLines.findIndex((l) => l.text === first.text);
  return at < 0 ? [] : pageLines.slice(Math.max(0, at - 20), at + 1);
}

const LIST_KINDS: ReadonlySet<string> = new Set(['duties', 'requirements', 'preferred', 'description']);
// A short label and its value ("学历：本科以上", "招聘部门：顾问部").
const LABEL_LINE = /^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S/;
const LABEL_RUN = 3;

/**
 * An ad with no section heading that gives its post as label lines (a careers page's
 * "<div>岗位名</div><div>学历：…</div><div>工作经验：…</div>"): the first of a run of such lines,
 * which the post's name stands over as it would over a first section.
 */
function labelRun(adLines: Line[]): Line | undefined {
  for (let i = 0; i + LABEL_RUN <= adLines.length; i++) {
    if (adLines.slice(i, i + LABEL_RUN).every((l) => LABEL_LINE.test(l.text) && l.text.length <= 60)) return adLines[i];
  }
  return undefined;
}

/**
 * The best title, or ''. `found` holds what a tier already read (an adapter's title element, line
 * by line), weighted above the page's own signals.
 */
export function chooseTitle(signals: PageSignals, pageLines: Line[], adLines: Line[], found: string[] = []): string {
  const cands: Candidate[] = [
    ...found.map((text) => ({ text: cleanTitle(text), weight: 4 })),
    // A hiring notice's "招聘岗位及人数 / 行政助理2人": the post itself, over the notice's headline.
    { text: postAfterLabel(adLines) || postAfterLabel(linesBefore(pageLines, adLines)), weight: 4 },
    ...signals.h1.map((text) => ({ text: cleanTitle(text), weight: 3 })),
    ...nearest(pageLines, adLines),
    { text: titleFromPageTitle(signals.og), weight: 2 },
    { text: titleFromPageTitle(signals.docTitle), weight: 2 },
  ].filter((c) => !rejects(c.text));
  let best: { text: string; score: number } | null = null;
  for (const c of cands) {
    // A hiring notice's headline ("某大学招聘劳务派遣人员公告") names the notice; the post it
    // names inside wins when there is one, else the headline is the best name there is.
    let score = NOTICE.test(c.text) ? 1 : c.weight + (jobLike(c.text) ? 2 : 0);
    for (const o of cands) if (o !== c && agree(o.text, c.text)) score += 2;
    if (!best || score > best.score) best = { text: c.text, score };
  }
  return best?.text ?? '';
}
