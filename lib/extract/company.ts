import { toHalfWidth } from '../text/normalize';
import type { Line } from './lines';
import type { PageSignals } from './page-signals';
import { siteOfAddress, slugOfAddress, spelledIn } from './company-address';

/**
 * The employer's name from the page's evidence when no tier read it: the <title> ("T-C-拉勾网",
 * "「T招聘」_C招聘-BOSS直聘", "Job Application for T at C", "C hiring T in L | LinkedIn", "C招聘"),
 * "C招聘" headings, "关于C" / "About C" navigation and headings, the copyright holder, the meta
 * description ("C有限公司最近急招…", "… position at C."), og:site_name. A name that two sources
 * give wins; job boards' own names never count.
 */
export const BOARD =
  /boss直聘|直聘|拉勾|智联|前程无忧|51job|猎聘|百聘|百度|linkedin|indeed|glassdoor|greenhouse|workday|lever|seek|monster|ziprecruiter|招聘(网|平台)|人才网|welcome ?to ?the ?jungle|work ?at ?a ?startup|workinstartups|wellfound|angellist|simplyhired|careerbuilder|naukri|jobsdb|jobstreet|stepstone|smartrecruiters|ashby|workable|bamboohr|recruitee|teamtailor|personio|\b(dice|xing|otta|built ?in)\b/i;
const COMPANY_END = /(有限责任公司|股份有限公司|有限公司|股份公司|集团|公司|\b(ltd|limited|inc|llc|gmbh|corp|co)\.?)$/i;
const MAX = 60;

interface Candidate {
  text: string;
  weight: number;
}

function clean(t: string): string {
  return t
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“「『【(（]+|[\s"”」』】)）.。,，:：]+$/gu, '')
    .replace(/(招聘|诚聘|热招|急招)(信息|启[事示]|简章|官网)?$/, '')
    .trim();
}

// Words of a careers section: a page title's part beside them is the site's owner ("招贤纳士 - X").
const CAREERS = /^(人才招聘|招聘|加入我们|招贤纳士|诚聘英才|人才理念|人力资源|招聘信息|社会招聘|校园招聘|职位列表|岗位列表|在招职位|工作机会|人才|careers?|jobs?|job openings|open positions|openings|vacancies|join us|work with us|we'?re hiring)$/i;
const GENERIC =
  /^(关于我们|首页|公司|我们|企业|集团|本公司|团队|联系我们|about us|us|the company|the team|our company|home|logo|remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|internship|work from home)$/i;
function usable(t: string): boolean {
  return t.length >= 2 && t.length <= MAX && !BOARD.test(t) && !GENERIC.test(t) && !CAREERS.test(t);
}

// A part that names the site's owner: "X官网", "X欢迎您", "欢迎访问X", "Welcome to X", "X Website".
const OWNER = /^(?:欢迎(?:访问|来到|光临)|welcome to )(.{2,60})$|^(.{2,60}?)\s*(?:官方网站|官网|欢迎您|欢迎你|欢迎光临|website|official site|homepage)$/i;

/**
 * Companies named by a page title or og:title; `title` is the job's, to tell the parts apart.
 * A part "X招聘" or "X官网" names the recruiter plainly (weight 3), other parts only possibly (2),
 * or plainly on the employer's own careers page (`ownSite`: a page of several posts).
 */
function fromPageTitle(raw: string, title: string, ownSite = false): Candidate[] {
  const t = toHalfWidth(raw).trim();
  if (!t) return [];
  const hiring = /^(.{2,60}?) hiring .{2,120}? in .{1,80}$/i.exec(t);
  if (hiring) return [{ text: hiring[1]!, weight: 3 }];
  const at = /^(?:job application for )?(.{2,120}?) at ([^|–—-]{2,60})(?:\s*[|–—-].*)?$/i.exec(t);
  // "T at C" names the employer plainly when T is the job's own title.
  if (at) return [{ text: at[2]!, weight: title && at[1]!.trim().toLowerCase() === title.toLowerCase() ? 3 : 2 }];
  const out: Candidate[] = [];
  const tk = title.replace(/\s+/g, '');
  const parts = t.split(/\s*[|_–—]\s*|\s*-\s*/);
  // "招贤纳士 - X", "X | Careers": the other part most likely names the site's owner.
  const careers = parts.length === 2 && parts.some((x) => CAREERS.test(x.trim()));
  // "T | C | LinkedIn": beside the job's title and the board's name, the one part left is the employer.
  const isTitle = (x: string) => !!tk && x.replace(/\s+/g, '') === tk;
  const boardFrame = parts.length === 3 && parts.some(isTitle) && parts.some((x) => BOARD.test(x));
  for (const raw of parts) {
    const recruits = /(招聘|诚聘)[」』】]?$/.test(raw);
    const owner = OWNER.exec(clean(raw));
    const p = clean(owner ? (owner[1] ?? owner[2])! : raw).replace(/^关于(.{2,30})$/, '$1');
    const pk = p.replace(/\s+/g, '');
    // "… Job in Melbourne VIC", "Jobs in Austin": where, not who.
    if (!p || (tk && (pk.includes(tk) || tk.includes(pk))) || /\bjobs? in\b/i.test(p)) continue;
    // Beside careers words the part may still be a section of the site ("骑行圈 - 招聘"): a little
    // more than possible, less than plain.
    out.push({ text: p, weight: recruits || owner || ownSite || boardFrame ? 3 : careers ? 2.5 : 2 });
  }
  return out;
}

// "X 版权所有 Copyright © 2010-2015": the holder before the words.
const HOLDER_FIRST = /^(?:©\s*)?([^©|,，。;；:：\d]{2,40}?)\s*(?:版权所有|all rights reserved)/i;
const COPYRIGHT = /(?:©|copyright|版权所有)\s*(?:©|@|\(c\)|copyright)?\s*(?:\d{4}\s*(?:[-–~]\s*\d{4})?)?\s*([^©|,，。;；:：\d\s–~-][^©|,，。;；]{1,59}?)\s*(?:版权所有|保留所有权利|all rights reserved|[.。|]|备|$)/i;
const ABOUT = /^(?:关于|about )(.{2,40})$/i;
const SELF = /^at ([A-Z][\w&.' -]{1,40}?),? (?:we|our)\b|^([\u4e00-\u9fa5A-Za-z()（）]{2,30}?)(?:是一家|成立于|创立于|始创于)/i;
const NOTICE = /^.{2,40}(公司|集团)[招诚]聘(启[事示]|简章)?$/;
const DESCRIPTION = /^(.{2,40}?(?:有限公司|集团|公司))(?:\([^)]*\))?.{0,8}?(?:最近|正在|现)?(?:急招|招聘|诚聘)|position at ([^.]{2,60})\.?$/;

/**
 * The line under the job's title in the ad's header ("<b>T</b> / <a>C</a> / Austin, TX"): the
 * employer on search panes and plain careers pages. Only a name-shaped line (no digits, no
 * separators, no sentence, no label) counts, and only as a possible name (weight 2): it needs a
 * company ending, the ad's own text naming it, or another source to be chosen.
 */
function besideTitle(pageLines: Line[], adLines: Line[], title: string): Candidate[] {
  const tk = title.replace(/\s+/g, '').toLowerCase();
  const start = adLines.length ? pageLines.indexOf(adLines[0]!) : -1;
  if (!tk || start < 0) return [];
  for (let i = start; i >= 0 && start - i <= 40; i--) {
    if (pageLines[i]!.text.replace(/\s+/g, '').toLowerCase() !== tk) continue;
    const next = pageLines[i + 1]?.text.trim() ?? '';
    if (!NAME_LINE.test(next) || next.replace(/\s+/g, '').toLowerCase() === tk) return [];
    const core = next.replace(COMPANY_END, '').trim();
    const named = core.length >= 2 && adLines.some((l) => l !== pageLines[i + 1] && l.text.includes(core));
    return [{ text: next, weight: named ? 3 : 2 }];
  }
  return [];
}
// A name: letters, spaces and the marks company names use; no digits, separators or sentence ends.
const NAME_LINE = /^(?=.{2,60}$)(?!.*[:：])[\p{L}][\p{L}\p{M} .&'’()（）-]*$/u;

/** The page's own short texts, where an employer's name is written (for spelling an address's slug). */
function ownTexts(signals: PageSignals, pageLines: readonly Line[]): string[] {
  return [signals.siteName, signals.og, signals.docTitle, signals.description, ...signals.h1, ...signals.alts, ...pageLines.slice(0, 300).map((l) => l.text)];
}

/** The employer a tracking system's address names, as the page spells it (company-address.ts); null elsewhere. */
export function employerOfAddress(signals: PageSignals, pageLines: readonly Line[] = [], more: readonly string[] = []): string | null {
  const slug = slugOfAddress(signals.url);
  return slug ? spelledIn(slug, [...ownTexts(signals, pageLines), ...more]) : null;
}

/** The same employer: one name holds the other, case, spaces and marks aside. */
export function sameEmployer(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const [x, y] = [k(a), k(b)];
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

export interface CompanyOptions {
  /** The page holds several posts: the employer's own careers page, whose <title> names it. */
  ownSite?: boolean;
}

export function chooseCompany(signals: PageSignals, pageLines: Line[], title: string, adLines: Line[] = [], options: CompanyOptions = {}): string {
  const cands: Candidate[] = [];
  const add = (text: string | undefined, weight: number) => {
    const t = clean(text ?? '');
    if (usable(t)) cands.push({ text: t, weight });
  };
  // The address and the page agree: the strongest evidence there is.
  add(employerOfAddress(signals, pageLines) ?? '', 4);
  // The site's own name in its address, as the page spells it, and the logo's alt text: each a
  // possible name, that another source must confirm.
  const site = siteOfAddress(signals.url);
  add(site ? (spelledIn(site, ownTexts(signals, pageLines)) ?? '') : '', 2);
  for (const alt of new Set(signals.logos)) add(alt, 2);
  for (const c of besideTitle(pageLines, adLines, title)) add(c.text, c.weight);
  // og:title is often the <title> again: one source, counted once.
  const titles = signals.og && signals.og !== signals.docTitle ? [signals.docTitle, signals.og] : [signals.docTitle];
  for (const c of titles.flatMap((t) => fromPageTitle(t, title, options.ownSite))) add(c.text, c.weight);
  for (const h of signals.h1) if (/(招聘|诚聘)$/.test(h) && !h.includes(title)) add(h, 2);
  const d = DESCRIPTION.exec(toHalfWidth(signals.description));
  if (d) add(d[1] ?? d[2], 3);
  add(signals.siteName, 2);
  // Lines of the page: "关于X" / "About X", "At X, we …", "X是一家…", the copyright holder.
  for (const l of pageLines.slice(0, 400)) {
    const t = l.text.trim();
    const a = t.length <= 40 ? ABOUT.exec(t) : null;
    if (a) add(a[1], 1);
    const we = SELF.exec(t);
    if (we) add(we[1] ?? we[2], 1);
    // A notice's headline: "X有限公司招聘启事" names the recruiter.
    if (NOTICE.test(t)) add(t, 2);
  }
  for (const l of pageLines.slice(-60)) {
    const c = COPYRIGHT.exec(l.text) ?? HOLDER_FIRST.exec(l.text.trim());
    if (c) add(c[1], 2);
  }
  let best: { text: string; score: number } | null = null;
  for (const c of cands) {
    let score = c.weight + (COMPANY_END.test(c.text) ? 1 : 0);
    for (const o of cands) if (o !== c && (o.text.includes(c.text) || c.text.includes(o.text))) score += 2;
    // On a tie the registered name ("X有限公司", "X Inc") over its short form, else the shorter.
    const registered = (t: string) => Number(COMPANY_END.test(t));
    if (!best || score > best.score || (score === best.score && (registered(c.text) - registered(best.text) || best.text.length - c.text.length) > 0)) best = { text: c.text, score };
  }
  // A single weak mention is not enough to name an employer.
  return best && best.score >= 3 ? best.text : '';
}
