import { cleanDisplay } from '../text/normalize';
import { stripItemMarker } from '../text/items';
import { headingKindOf } from './headings';
import type { Line } from './lines';

/**
 * Posting titles as pages write them -> the job's name: numbering ("1、美工"), urgency tags
 * ("（急招）"), and site suffixes of <title> ("… - Indeed.com", "【…招聘】_公司-BOSS直聘") removed.
 */
const URGENT = /\s*[(（【\[]\s*(急招|急聘|热招|急|高薪|诚聘|hot|urgent|new|置顶)\s*[)）】\]]\s*/gi;

// "岗位（一）：", "职位2：" before the name; "（2名）", "(招3人)", "(面议)", "(8k-15k)" after it.
const ORDINAL = /^(岗位|职位|职务|招聘岗位|招聘职位)\s*[（(]?[一二三四五六七八九十\d]{1,3}[)）]?\s*[:：]\s*/;
const TAIL = /\s*[（(]\s*(招?\d+\s*(名|人|位)|若干(名|人)?|面议|薪资面议|\d+(\.\d+)?\s*[kKwW万千]?\s*[-~至]\s*\d+(\.\d+)?\s*[kKwW万千]?(\/月)?)\s*[)）]\s*$/;
// A pay range run into the title ("运营专员 8-12K·13薪", "客服 4000-6000元/月").
const PAY_TAIL = /\s+\d+(\.\d+)?\s*[kKwW万千]?\s*[-~至]\s*\d+(\.\d+)?\s*([kKwW万千]|元)(\s*\/\s*(月|天|时))?(\s*[·•]\s*\d+薪)?\s*$/;

export function cleanTitle(text: string): string {
  let t = cleanDisplay(text);
  t = stripItemMarker(t).replace(ORDINAL, '').replace(URGENT, ' ').replace(TAIL, '').replace(PAY_TAIL, '').replace(/[:：]\s*$/, '');
  return t.replace(/\s+/g, ' ').trim().slice(0, 500);
}

// Page headings that name the page, not the job.
const PAGE_WORDS = /^(人才招聘|招聘信息|招贤纳士|加入我们|诚聘英才|社会招聘|校园招聘|职位详情|职位信息|招聘职位|热招职位|在招职位|join us|careers?|jobs?|open (roles|positions)|job details|vacanc(y|ies)|about the job|current openings)$/i;

/**
 * The job's title on a generic page: the nearest heading (h1-h4) above the ad's first section,
 * unless it only names the page ("人才招聘", "Careers"); else the page's <h1>.
 */
export function pageTitle(pageLines: Line[], adLines: Line[]): string {
  const usable = (l: Line | undefined) =>
    !!l && l.heading >= 1 && l.heading <= 4 && l.text.length <= 60 && !headingKindOf(l.text) && !PAGE_WORDS.test(cleanTitle(l.text));
  const firstHead = adLines.find((l) => headingKindOf(l.text));
  const at = firstHead ? pageLines.indexOf(firstHead) : -1;
  for (let i = at - 1; i >= 0 && at - i <= 40; i--) {
    if (usable(pageLines[i])) return cleanTitle(pageLines[i]!.text);
  }
  const h1 = pageLines.find((l) => l.heading === 1 && usable(l));
  return h1 ? cleanTitle(h1.text) : '';
}

/** A document <title> -> the job's title: its first part before the site's name. */
export function titleFromDocTitle(docTitle: string): string {
  let t = cleanDisplay(docTitle);
  // Boards bracket the job's name: 【…招聘】 (older Boss, 智联), 「…招聘」 (Boss today), 『…』.
  const bracket = /^[【「『]([^】」』]{2,60})[】」』]/.exec(t);
  if (bracket) t = bracket[1]!;
  // A bare hyphen next to a Chinese character separates parts too ("职位-城市-站点"); "E-commerce" keeps its own.
  t = t.split(/\s+[-–—|_]\s+|_|\s*\|\s*|-(?=[^-]*(招聘|直聘|网|indeed|linkedin|seek|猎聘|拉勾|智联|51job))|(?<=[\u4e00-\u9fff])-|-(?=[\u4e00-\u9fff])/i)[0] ?? t;
  t = t.replace(/(招聘|诚聘)(信息|启事)?$/, '');
  return cleanTitle(t);
}

// A first line that reads as a sentence, a list item or a label is not a job's name.
const NOT_A_NAME = /[。；;，,!！?？]|[:：]\s*\S/;

/**
 * Plain text (a pasted ad, a selection) often starts with the job's name on a line of its own:
 * "售后客服\n岗位职责：…". Its first line is the title when it is short, not a section heading,
 * not a sentence, and not a page's own name.
 */
export function titleFromText(lines: Line[]): string {
  const first = lines.find((l) => l.text.trim());
  if (!first || headingKindOf(first.text)) return '';
  const t = cleanTitle(first.text);
  const latin = /^[\x20-\x7e]+$/.test(t);
  if (!t || NOT_A_NAME.test(t) || t.length > (latin ? 80 : 30) || (latin && t.split(/\s+/).length > 10)) return '';
  if (/^\d/.test(t) || PAGE_WORDS.test(t)) return '';
  return t;
}
