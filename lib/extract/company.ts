import { toHalfWidth } from '../text/normalize';
import type { Line } from './lines';
import type { PageSignals } from './page-signals';

/**
 * The employer's name from the page's evidence when no tier read it: the <title> ("T-C-拉勾网",
 * "「T招聘」_C招聘-BOSS直聘", "Job Application for T at C", "C hiring T in L | LinkedIn", "C招聘"),
 * "C招聘" headings, "关于C" / "About C" navigation and headings, the copyright holder, the meta
 * description ("C有限公司最近急招…", "… position at C."), og:site_name. A name that two sources
 * give wins; job boards' own names never count.
 */
export const BOARD = /boss直聘|直聘|拉勾|智联|前程无忧|51job|猎聘|百聘|百度|linkedin|indeed|glassdoor|greenhouse|workday|lever|seek|monster|ziprecruiter|招聘(网|平台)|人才网/i;
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
    .replace(/(招聘|诚聘|热招|急招)(信息|启事|官网)?$/, '')
    .trim();
}

const GENERIC = /^(关于我们|首页|人才招聘|招聘|加入我们|公司|我们|企业|集团|本公司|团队|about us|us|the company|the team|our company|careers?|home|jobs?)$/i;
function usable(t: string): boolean {
  return t.length >= 2 && t.length <= MAX && !BOARD.test(t) && !GENERIC.test(t);
}

/**
 * Companies named by a page title or og:title; `title` is the job's, to tell the parts apart.
 * A part "X招聘" names the recruiter plainly (weight 3), other parts only possibly (2).
 */
function fromPageTitle(raw: string, title: string): Candidate[] {
  const t = toHalfWidth(raw).trim();
  if (!t) return [];
  const hiring = /^(.{2,60}?) hiring .{2,120}? in .{1,80}$/i.exec(t);
  if (hiring) return [{ text: hiring[1]!, weight: 3 }];
  const at = /^(?:job application for )?(.{2,120}?) at ([^|–—-]{2,60})(?:\s*[|–—-].*)?$/i.exec(t);
  // "T at C" names the employer plainly when T is the job's own title.
  if (at) return [{ text: at[2]!, weight: title && at[1]!.trim().toLowerCase() === title.toLowerCase() ? 3 : 2 }];
  const out: Candidate[] = [];
  const tk = title.replace(/\s+/g, '');
  for (const raw of t.split(/\s*[|_–—]\s*|\s*-\s*/)) {
    const recruits = /(招聘|诚聘)[」』】]?$/.test(raw);
    const p = clean(raw).replace(/^关于(.{2,30})$/, '$1');
    const pk = p.replace(/\s+/g, '');
    if (!p || (tk && (pk.includes(tk) || tk.includes(pk)))) continue;
    out.push({ text: p, weight: recruits ? 3 : 2 });
  }
  return out;
}

const COPYRIGHT = /(?:©|copyright|版权所有)\s*(?:©|@|\(c\))?\s*(?:\d{4}\s*(?:[-–~]\s*\d{4})?)?\s*([^©|,，。;；]{2,60}?)\s*(?:版权所有|保留所有权利|all rights reserved|[.。|]|备|$)/i;
const ABOUT = /^(?:关于|about )(.{2,40})$/i;
const SELF = /^at ([A-Z][\w&.' -]{1,40}?),? (?:we|our)\b|^([\u4e00-\u9fa5A-Za-z()（）]{2,30}?)(?:是一家|成立于|创立于|始创于)/i;
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

export function chooseCompany(signals: PageSignals, pageLines: Line[], title: string, adLines: Line[] = []): string {
  const cands: Candidate[] = [];
  const add = (text: string | undefined, weight: number) => {
    const t = clean(text ?? '');
    if (usable(t)) cands.push({ text: t, weight });
  };
  for (const c of besideTitle(pageLines, adLines, title)) add(c.text, c.weight);
  for (const c of [...fromPageTitle(signals.docTitle, title), ...fromPageTitle(signals.og, title)]) add(c.text, c.weight);
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
  }
  for (const l of pageLines.slice(-60)) {
    const c = COPYRIGHT.exec(l.text);
    if (c) add(c[1], 2);
  }
  let best: { text: string; score: number } | null = null;
  for (const c of cands) {
    let score = c.weight + (COMPANY_END.test(c.text) ? 1 : 0);
    for (const o of cands) if (o !== c && (o.text.includes(c.text) || c.text.includes(o.text))) score += 2;
    if (!best || score > best.score || (score === best.score && c.text.length < best.text.length)) best = { text: c.text, score };
  }
  // A single weak mention is not enough to name an employer.
  return best && best.score >= 3 ? best.text : '';
}
