import { cleanDisplay } from '../text/normalize';
import { stripItemMarker, withoutEmoji } from '../text/items';
import { headingKindOf } from './headings';
import { BARE_CALL, CALL_WORDS, jobLike } from './job-words';
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
// "Bioinformatician Job Description", "Data Analyst Position", "Nurse Job": the page's words for
// the ad after the job's name.
const AD_WORDS_TAIL = /(?<=[a-z]{3,})\s+(?:(?:job|position|role)\s+(?:description|posting|advert(?:isement)?|opening|details|summary)|job|position|vacancy|opening)\s*$/i;
// A hiring notice's headline names the job before its notice words: "京东运营岗招聘启事",
// "仓管员招聘公告". Only with a notice word (启事, 公告…) or after 岗/岗位: "人事招聘" may be the job.
const NOTICE_TAIL = /(?<=\S{2})\s*(?:(?:招聘|诚聘|急聘|招募|招人)(?:启事|公告|简章|通知|信息)|(?<=岗|岗位)(?:招聘|诚聘|急聘|招募))\s*$/;

// A card's apply button read into its title's line ("网络营销 投递简历", "Data Analyst Apply now"):
// set apart by a space, as a separate element's text is.
const APPLY_TAIL = /\s+(?:投递简历|申请职位|立即申请|立即投递|我要应聘|apply(?: now| for this job)?)\s*$/i;

// A "back to top" link set in the heading beside the job's name ("<h3><span><a href=#>返回顶部</a></span>BD</h3>").
const TO_TOP = /^\s*(?:返回顶部|回到顶部|back to top)\s*|\s*(?:返回顶部|回到顶部|back to top)\s*$/gi;

/** A title line without the apply button or the back-to-top link read into it. */
// An accordion's open/close glyph set in the heading after the job's name ("<h4>文案编辑<span>+</span></h4>");
// after a letter or digit the sign is part of the name (C++, Java+).
const TOGGLE_TAIL = /(?<=[\u3400-\u9fff）)\s])\s*[+＋▼▾∨︾]\s*$/u;
// A "view details" link set after the job's name in an accordion's header ("<span>财务总监</span><em>查看详情</em>").
const DETAILS_TAIL = /(?<=\S)\s*(?:查看详情|了解详情|查看职位详情|view details|see details|more details)\s*[>»›]*\s*$/i;
export const withoutApplyCall = (text: string) => text.replace(APPLY_TAIL, '').replace(TO_TOP, '').replace(TOGGLE_TAIL, '').replace(DETAILS_TAIL, '');

export function cleanTitle(text: string): string {
  let t = cleanDisplay(text);
  t = withoutApplyCall(stripItemMarker(t)).replace(ORDINAL, '').replace(URGENT, ' ').replace(TAIL, '').replace(PAY_TAIL, '').replace(NOTICE_TAIL, '').replace(AD_WORDS_TAIL, '').replace(/[:：]\s*$/, '');
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
  // A bare hyphen next to a Chinese character separates parts too ("职位-城市-站点"); "E-commerce" and
  // "Entry-Level Engineer | … LinkedIn" keep theirs (a hyphen inside a Latin word joins it).
  t = t.split(/\s+[-–—|_]\s+|_|\s*\|\s*|(?<![A-Za-z])-(?=[^-]*(招聘|直聘|网|indeed|linkedin|seek|猎聘|拉勾|智联|51job))|(?<=[\u4e00-\u9fff])-|-(?=[\u4e00-\u9fff])/i)[0] ?? t;
  t = t.replace(/(招聘|诚聘)(信息|启事)?$/, '');
  return cleanTitle(t);
}

// A first line that reads as a sentence, a list item or a label is not a job's name.
const NOT_A_NAME = /[。；;，,!！?？]|[:：]\s*\S/;
// Nor is a duty or a requirement written without punctuation: it opens with the work's verb
// ("负责协助维护公司微博账号") or asks for a background ("有外贸行业背景").
const DUTY_OR_NEED = /^(?:负责|协助|参与|配合|完成|根据|按照|做好|具有|具备|熟悉|熟练|能够|要求|需要)|(?:经验|背景|优先|以上学历|以上)$/;

/**
 * Plain text (a pasted ad, a selection) often starts with the job's name on a line of its own:
 * "售后客服\n岗位职责：…". Its first line is the title when it is short, not a section heading,
 * not a sentence, and not a page's own name. Else the job may be named in the heading of its first
 * section ("电商主管岗位职责：", "售后专员（天猫）工作内容："): see headingTitle.
 */
export function titleFromText(lines: Line[]): string {
  const first = lines.find((l) => l.text.trim());
  if (!first) return '';
  const posted = postAfterLabel(lines);
  if (posted) return posted;
  const otherwise = () => headingTitle(lines) || calledPost(lines);
  if (headingKindOf(first.text)) return nameUnderLabel(lines, first) || otherwise();
  const firstText = withoutEmoji(first.text);
  const t = cleanTitle(firstText);
  const latin = /^[\x20-\x7e]+$/.test(t);
  if (!t || NOT_A_NAME.test(t) || DUTY_OR_NEED.test(t) || t.length > (latin ? 80 : 30) || (latin && t.split(/\s+/).length > 10)) return otherwise();
  if (/^\d/.test(t) || PAGE_WORDS.test(t)) return otherwise();
  // A call on a line of its own ("🌟诚聘🌟", then "淘宝美工 2名"): the post is the next line.
  if (BARE_CALL.test(t)) return postOnNextLine(lines, first) || otherwise();
  if (CALL_AT.test(cleanDisplay(firstText))) return calledPost(lines) || t;
  const listed = listedPosts(lines);
  return listed.length >= 2 ? listed.join('/') : t;
}

// A line that ends with its call ("杭州某服饰公司招聘", "现招聘以下岗位：", "诚聘！").
const CALL_AT_END = new RegExp(`(?:${CALL_WORDS}|招人)(?:以下岗位|如下岗位)?(?:啦|了)?\\s*[:：!！]*\\s*$`, 'u');

/**
 * The posts a call lists under it, one numbered line each ("X公司招聘" over "1、天猫店铺运营 /
 * 2、淘宝美工 / 3、仓库打包"): their names, in order, up to the first line that names no post; []
 * when the text has no such list. Only a call in the text's first three lines.
 */
export function listedPosts(lines: Line[]): string[] {
  const shown = lines.filter((l) => l.text.trim());
  const at = shown.slice(0, 3).findIndex((l) => CALL_AT_END.test(withoutEmoji(l.text)));
  if (at < 0) return [];
  const names: string[] = [];
  for (const l of shown.slice(at + 1, at + 9)) {
    if (stripItemMarker(l.text) === l.text) break;
    const name = postName(stripItemMarker(l.text));
    if (!name) break;
    names.push(name);
  }
  return names.length >= 2 ? names : [];
}


/**
 * A board's ad copied whole opens with its description label, then the job's name, then its tags
 * ("职位描述\n电商运营\n15-25K·13薪"): that name, when the line reads as a job's.
 */
function nameUnderLabel(lines: Line[], label: Line): string {
  if (headingKindOf(label.text) !== 'description') return '';
  const next = lines.slice(lines.indexOf(label) + 1).find((l) => l.text.trim());
  if (!next || headingKindOf(next.text)) return '';
  const name = cleanTitle(withoutEmoji(next.text));
  return name.length >= 2 && name.length <= 30 && jobLike(name) && !NOT_A_NAME.test(name) && !DUTY_OR_NEED.test(name) ? name : '';
}

/** The line after `call`, read as a post: a job's name, with its count dropped ("淘宝美工 2名"). */
function postOnNextLine(lines: Line[], call: Line): string {
  const next = lines.slice(lines.indexOf(call) + 1).find((l) => l.text.trim());
  if (!next || headingKindOf(next.text)) return '';
  return postName(next.text.replace(/^\s*招\s*[:：]/u, ''), 20);
}

// A hiring message names its post after the call, then the count or the terms: "诚聘淘宝售后客服2名，
// 底薪…", "【急招】抖音带货主播 底薪8K", "本店招聘美工一名". At a line's start or after a bracket,
// a space or a stop: "负责招聘工作" is a duty, not a call.
const CALL_AT = new RegExp(`(?:^|[\\s【】\\[\\]（）()，,。！!：:])(?:本店|本公司|我司|公司|现|特|大量|长期|常年)?(?:高薪)?(?:${CALL_WORDS})(?=\\s*[】\\]]?\\s*[:：]?\\s*[\\u4e00-\\u9fffA-Za-z])`, 'u');
const CALLED_POST = new RegExp(
  `${CALL_AT.source}\\s*[】\\]]?\\s*[:：]?\\s*([\\u4e00-\\u9fffA-Za-z][\\u4e00-\\u9fffA-Za-z0-9/+＋·\\-]{1,15}?)` +
    `(?=\\s*(?:\\d+|[一二两三四五六七八九十数若干多]+)\\s*(?:名|位|人)|[\\s，,。；;！!（(]|$)`,
  'u',
);
const POST_SEPARATOR = /\s*(?:[、，,/／]|以及|和|及)\s*|\s+/;
const COUNT_TAIL = /\s*各?\s*[（(]?\s*(?:\d+|[一二两三四五六七八九十数若干多]+)\s*(?:名|位|人)\s*[)）]?\s*$/;
// Names of a call's list: a job word, a worker's ending (打包员, 普工, 理货手), or the work itself
// ("仓库打包", "快递分拣").
const namesPost = (t: string) => jobLike(t) || /[员工师手]$/.test(t) || /(打包|拣货|分拣|理货|搬运|装卸|配送|发货)$/u.test(t);

/**
 * A piece of a hiring message read as a post's name, its count dropped ("淘宝美工 2名" -> 淘宝美工),
 * or '' when it names no post (a term of the job, a task, the message's own words).
 */
function postName(text: string, max = 16): string {
  const name = cleanTitle(withoutEmoji(text).replace(COUNT_TAIL, ''));
  const ok = name.length >= 2 && name.length <= max && namesPost(name);
  return ok && !NOT_A_POST.test(name) && !NOT_A_NAME.test(name) && !DUTY_OR_NEED.test(name) ? name : '';
}

/** Every post of a call's list, in order, up to the first part that is no post ("包吃住", "底薪…"). */
function calledPosts(text: string): string[] {
  const call = CALL_AT.exec(text);
  if (!call) return [];
  const rest = text.slice(call.index + call[0].length).replace(/^\s*[】\]]?\s*[:：]?\s*/, '').split(/[。！!；;]/)[0]!;
  const names: string[] = [];
  for (const part of rest.split(POST_SEPARATOR).slice(0, 8)) {
    const name = postName(part);
    if (!name) break;
    names.push(name);
  }
  return names;
}

// Not a post: the message's own words after the call ("招聘信息", "招聘启事", "招聘中").
const NOT_A_POST = /^(信息|启事|公告|简章|通知|中|啦|了|人员|人才|英才)$/;

// "We're hiring a Customer Service Representative!", "Now hiring: Warehouse Associate (nights)",
// "we're looking for an Amazon Marketplace Manager to own…",
// "Hiring Amazon PPC Specialist - remote": the post's capitalised words after the call.
const EN_CALLED_POST = /\b(?:[Hh]iring|[Ll]ooking for|[Ss]eeking)\b\s*(?:[:\-–]\s*)?(?:(?:an?|our|the)\s+)?((?:[A-Z][\w&+/.-]*|of|and|&)(?:\s+(?:[A-Z][\w&+/.-]*|of|and|&)){0,5})(?=\s*(?:[!.,;:(\-–|]|$)|\s+(?:to|in|at|for|who|with)\b)/;

/**
 * The post a hiring message calls for in its first lines ("诚聘淘宝售后客服2名…" -> 淘宝售后客服), or
 * ''. A message that calls for several ("招聘：淘宝客服2名、美工1名、仓管3名") names them all, as a
 * title listing jobs does (客服/美工/仓管): the matcher then says so and lets the body decide.
 */
function calledPost(lines: Line[]): string {
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 3)) {
    // A call opens its line: its first few hundred characters will do (pasted text is untrusted).
    const text = cleanDisplay(withoutEmoji(l.text.slice(0, 300)));
    const posts = calledPosts(text);
    if (posts.length >= 2) return posts.join('/');
    const m = CALLED_POST.exec(text) ?? EN_CALLED_POST.exec(text);
    const name = m ? cleanTitle(m[1]!.replace(/\s+(?:of|and|&)$/, '')) : '';
    if (name.length >= 2 && !NOT_A_POST.test(name)) return name;
  }
  return '';
}

// A section label with the job's name before it: "电商主管岗位职责：", "售后专员的工作内容".
const NAMED_HEADING = /^(.{2,16}?)\s*(?:的)?\s*(?:岗位职责|工作职责|职位职责|岗位描述|职位描述|工作内容|岗位内容|主要职责|职责描述|岗位要求|任职要求|职位要求|任职资格)(?:及要求|与要求|和要求)?\s*[:：】\]]?\s*$/u;
// Words that open such a label without naming a job: "本岗位职责", "具体工作内容", "一、岗位职责".
const NOT_A_JOB = /^(?:本|该|此|我司|公司|具体|主要|基本|以下|详细|日常|相关|其他|招聘|任职|岗位|职位|工作|[【\[(（]|[\d一二三四五六七八九十]+\s*[、.．:：）)])/u;

/**
 * The job named in the heading of the text's first section (within its first lines), or ''.
 * Only a heading the section reader takes as one, with a name before its label that does not
 * read as a sentence or a generic word.
 */
function headingTitle(lines: Line[]): string {
  const head = lines.filter((l) => l.text.trim()).slice(0, 6).find((l) => headingKindOf(l.text));
  return head ? nameInHeading(head.text) : '';
}

/**
 * The job named before a section label in a heading ("电商主管岗位职责：" -> 电商主管,
 * "Bioinformatician Job Description" -> Bioinformatician), or '' when the heading names none.
 */
export function nameInHeading(text: string): string {
  const clean = cleanDisplay(text).trim();
  const m = NAMED_HEADING.exec(clean);
  if (!m) {
    const en = AD_WORDS_TAIL.exec(clean);
    const name = en ? clean.slice(0, en.index).trim() : '';
    // "About the job", "Your role": a section's own words, not a job's name.
    return name.length >= 3 && !NOT_A_NAME.test(name) && !/^(about|your|our|the|this)\b|\b(the|a|an|our|your|this|of)$/i.test(name) ? name : '';
  }
  const name = cleanTitle(m[1]!.replace(/[（(][^）)]*[）)]/g, '').replace(/(?:的)?(?:主要|具体|基本|日常)?(?:的)?$/u, ''));
  if (name.length < 2 || NOT_A_JOB.test(name) || NOT_A_NAME.test(name) || DUTY_OR_NEED.test(name)) return '';
  return name;
}

// A hiring notice's label for its posts: "一、招聘岗位及人数", "招聘职位：", "需求岗位和名额".
const POST_LABEL = /^(?:[一二三四五六七八九十\d]+\s*[、.．)）]\s*)?拟?(?:招聘|需求)(?:岗位|职位)(?:及|和|与)?(?:人数|名额|数量|计划)?\s*(?:[:：]\s*(.*))?$/u;
// A post and how many: "行政助理2人。", "会计（1名）".
const NAME_COUNT = /^(.{2,20}?)\s*[（(]?\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:人|名)\s*[)）]?\s*[。；;，,.]?$/u;

/**
 * The post a hiring notice names under (or after) its posts label, "一、招聘岗位及人数" then
 * "行政助理2人。" -> 行政助理; '' when the text has no such label in its first lines, or the line
 * after it is not a post and its count.
 */
export function postAfterLabel(lines: Line[]): string {
  const texts = lines.map((l) => cleanDisplay(l.text).trim()).filter(Boolean);
  for (let i = 0; i < texts.length && i < 60; i++) {
    const m = POST_LABEL.exec(texts[i]!);
    if (!m) continue;
    const named = NAME_COUNT.exec((m[1]?.trim() || texts[i + 1]) ?? '');
    return named ? cleanTitle(named[1]!) : '';
  }
  return '';
}
