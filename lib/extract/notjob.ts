import type { NotJobReason } from './types';

/**
 * Why a page that gave no posting is not a job ad: a captcha, a login wall, a search-results list
 * (job cards without descriptions), an empty page, or just not a job page. Signals are the URL,
 * a few well-known widget classes, and short wall texts; only the page's first text is read.
 */

const CAPTCHA_URL = /captcha|verify-slider|\/verify(\.html|\/|\?|$)|security-check|checkpoint\/challenge|\/safe\/verify|\/utrack\/verify|antispider|slider-verify/i;
const CAPTCHA_DOM =
  '[class*="captcha" i], [id*="captcha" i], [class*="geetest" i], .nc_wrapper, #nc_1_wrapper, [class*="verify-slider" i], [class*="slide-verify" i], iframe[src*="captcha" i]';
const CAPTCHA_TEXT = /(请|需要)?完成(安全)?验证|滑动验证|拖动(下方)?滑块|向右滑动|安全验证|人机验证|访问行为异常|异常访问|verify (that )?you are (a )?human|are you a robot|unusual traffic|complete the security check|press (and|&) hold|checking (if the site connection is secure|your browser)|just a moment\.\.\.|enable javascript and cookies to continue|help us protect/i;
const LOGIN_URL = /\/(login|signin|sign-in|authwall|passport\/login|uas\/login)\b|[?&](redirect|return_?url)=.*login/i;
const LOGIN_TEXT = /登录后(查看|可见|即可查看)|请先登录|登录查看(完整|全部)?|立即登录查看|扫码登录|sign in to (view|see|continue|apply)|join (now )?to see|log ?in to (view|see|continue)|please (sign|log) ?in/i;
const JOB_LINK = /job_detail|\/jobs?\/|viewjob|jobs\.zhaopin|jobs\.51job|\/a\/\d+\.shtml|currentJobId|\/position\//i;

function squash(text: string, max: number): string {
  // Cut before folding spaces: the text can be megabytes.
  return text.slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
}

function bodyText(doc: Document, max: number): string {
  return squash((doc.body ?? doc.documentElement)?.textContent ?? '', max);
}

/** A wall or captcha, read before the generic tiers so their text is not taken for an ad. */
export function detectWall(doc: Document, url: string, pageText?: string): NotJobReason | null {
  let text = pageText === undefined ? bodyText(doc, 4000) : squash(pageText, 4000);
  // A wall page's inline CSS and scripts can outweigh its few words: read those words alone.
  if (text.length >= WALL_TEXT && (pageText ?? '').length < MAX_WALL_PAGE) text = visibleText(doc, 4000);
  // Texts first; the widget query (attribute selectors walk the whole page) only on near-empty pages.
  if (CAPTCHA_URL.test(url) || (text.length < WALL_TEXT && CAPTCHA_TEXT.test(text)) || (text.length < 800 && safeQuery(doc, CAPTCHA_DOM))) {
    return 'captcha';
  }
  if (LOGIN_URL.test(url)) return 'login-wall';
  if (text.length < WALL_TEXT && LOGIN_TEXT.test(text) && safeQuery(doc, 'input[type="password"], form[action*="login" i], [class*="login" i]')) {
    return 'login-wall';
  }
  return null;
}

const WALL_TEXT = 3000;
const MAX_WALL_PAGE = 100_000;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** The page's text without scripts and styles, up to about `max` characters, squashed. */
function visibleText(doc: Document, max: number): string {
  const parts: string[] = [];
  let n = 0;
  const walk = (node: Node) => {
    for (let c = node.firstChild; c && n < max * 4; c = c.nextSibling) {
      if (c.nodeType === 3) {
        parts.push(c.nodeValue ?? '');
        n += c.nodeValue?.length ?? 0;
      } else if (c.nodeType === 1 && !NOT_TEXT.has((c as Element).tagName.toUpperCase())) walk(c);
    }
  };
  walk(doc.body ?? doc.documentElement);
  return squash(parts.join(' '), max);
}

// A careers page's own word that it has no opening now ("We are not currently hiring for any
// positions", "There are no open positions at the moment", "暂无招聘职位").
export const NOT_HIRING =
  /\b(we are|we're|we’re) not (currently |actively )?(hiring|recruiting)\b|\b(there are|we have) (currently )?no (current |open )?(positions|openings|vacancies|roles|jobs)\b|\bno (current )?(open positions|openings|vacancies) at (the moment|this time|present)\b|\bno (current |available |open )+(positions|openings|vacancies|jobs|roles)( (available|open|right now|at (this time|the moment|present)))?\s*([.!。]|$)|暂无(招聘)?(职位|岗位|空缺)|暂不招聘|暂停招聘|目前(没有|无)(空缺|招聘)?(职位|岗位)/i;

/** Whether the page says it is not hiring (its first 20,000 characters of text, node by node, are read). */
export function saysNotHiring(doc: Document): boolean {
  return NOT_HIRING.test(visibleText(doc, 20_000));
}

/** After every tier found nothing: why. */
export function detectNotJob(doc: Document, url: string): NotJobReason {
  const wall = detectWall(doc, url);
  if (wall) return wall;
  const text = bodyText(doc, 200);
  if (text.length < 20) return 'empty';
  if (countJobLinks(doc) >= 5) return 'search-list';
  return 'not-job';
}

function countJobLinks(doc: Document): number {
  const links = doc.querySelectorAll('a[href]');
  let n = 0;
  for (let i = 0; i < links.length && i < 3000; i++) {
    if (JOB_LINK.test(links[i]!.getAttribute('href') ?? '')) n++;
  }
  return n;
}

function safeQuery(doc: Document, selector: string): boolean {
  try {
    return !!doc.querySelector(selector);
  } catch {
    // A DOM without case-insensitive attribute selectors: retry without the flag.
    try {
      return !!doc.querySelector(selector.replace(/ i\]/g, ']'));
    } catch {
      return false;
    }
  }
}
