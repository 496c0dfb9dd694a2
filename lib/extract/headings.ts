import { toHalfWidth, toSimplified } from '../text/normalize';
import { stripItemMarker } from '../text/items';
import { headingKindByWords } from './heading-words';
import { memoized } from './memo';

/**
 * Section headings of job ads: which part of the ad a heading opens. Headings are matched on a
 * normalised form (Simplified, half-width, lower case, without brackets, numbering or colon), so
 * 【崗位職責】, "一、岗位职责：" and "**Responsibilities**" all read the same.
 */
export type HeadingKind =
  | 'duties'
  | 'requirements'
  | 'preferred'
  /** 职位描述 / Job description: a container; reads as duties when a requirements heading follows. */
  | 'description'
  /** Benefits, company introduction, contact, how to apply, place and hours: never duties. */
  | 'stop';

const ZH: Record<HeadingKind, string[]> = {
  duties: [
    '岗位职责', '工作职责', '职责描述', '职位职责', '职责', '工作内容', '岗位内容', '主要职责', '工作描述',
    '岗位说明', '职责范围', '你的职责', '你将负责', '你要做的', '你需要做的', '你要做什么', '主要工作',
    '具体职责', '工作任务', '岗位任务', '岗位工作', '工作范围', '职责与内容', '主要工作内容', '岗位职能',
    '职务描述', '工作职能', '职位内容', '职责要求', '岗位职责描述', '你的工作', '日常工作', '主要负责',
    '负责内容', '工作内容包括', '你的主要工作', '你的主要工作是', '你将要做的', '来做什么', '你来做什么', '主要工作是',
    // 责任 for 职责 (岗位责任制 is the older word for a post's duties).
    '职位责任', '岗位责任', '工作责任', '主要责任',
  ],
  requirements: [
    '任职要求', '任职资格', '岗位要求', '职位要求', '任职条件', '必备条件', '工作要求', '招聘要求',
    '应聘要求', '资格要求', '基本要求', '任职资质', '能力要求', '技能要求', '人员要求', '要求',
    '我们希望你', '希望你', '你需要', '你需要具备', '我们期待你', '你要具备', '岗位条件', '应聘条件',
    '录用条件', '资质要求', '职位条件', '任职标准', '岗位资格', '职位资格', '应聘资格', '任职能力',
    '我们希望', '希望你具备', '你需要具备的', '需要你具备', '技能与经验', '岗位任职要求', '能力与要求',
    '需要具备的技能', '所需技能', '必备技能', '岗位技能', '专业技能', '任职技能', '我们需要这样的你',
    '我们需要你', '希望你是', '要求是什么', '我们的要求', '你需要具备什么',
    // A public body's hiring notice (招聘公告) names the requirements as conditions.
    '报名条件', '招聘条件', '基本条件', '招聘基本条件', '资格条件', '应聘人员条件', '报考条件', '应具备的条件',
  ],
  preferred: [
    '加分项', '优先条件', '加分条件', '优先考虑', '以下优先', '符合以下条件者优先', '有以下经验者优先',
    '额外加分', '加分', '优先', '加分项目', '更好的是', '如果你还', '具备以下条件优先',
  ],
  description: [
    '职位描述', '岗位描述', '职位详情', '职位介绍', '岗位介绍', '职位说明', '岗位详情', '职位信息',
    '岗位信息', '职位简介', '岗位简介', '招聘简章', '职位概述',
  ],
  stop: [
    '福利待遇', '薪资福利', '公司福利', '员工福利', '福利', '待遇', '薪资待遇', '薪酬福利', '薪酬待遇',
    '我们提供', '我们能提供', '你将获得', '你能得到', '你可以获得', '职位福利', '职位亮点', '福利保障',
    '工作地点', '上班地点', '工作地址', '工作时间', '上班时间', '公司介绍', '公司简介', '关于我们',
    '企业介绍', '企业简介', '公司信息', '联系方式', '联系我们', '联系人', '投递方式', '简历投递', '应聘方式',
    '投递邮箱', '报名方式', '面试地址', '工商信息', '招聘流程', '面试流程', '薪资', '薪酬', '工资',
    '薪资范围', '其他信息', '晋升空间', '发展空间', '晋升通道', '工作环境', '团队介绍', '部门介绍',
    '公司地址', '联系电话', '咨询电话', '备注', '温馨提示', '岗位福利', '薪资结构', '薪资构成',
    '职位诱惑', '岗位亮点', '我们的福利', '我们为你提供', '你会得到', '面试方式', '面试形式', '面试安排',
    '薪酬预算', '薪资预算',
    // The rest of a hiring notice: its procedure, dates, papers and terms.
    '招聘程序', '报名程序', '报名时间', '报名材料', '报名办法', '考核方式', '考核办法', '资格审查', '体检',
    '聘用', '录用', '注意事项', '其他事项', '工资待遇', '聘用待遇',
  ],
};

// English headings vary more than Chinese ones, so they are patterns over the whole heading.
const EN: [HeadingKind, RegExp][] = [
  ['preferred', /^((nice|good|great)[ -]to[ -]haves?|(preferred|desired|desirable|bonus|additional)( (qualifications|skills|experience|requirements|criteria))?|(it'?s )?a plus|pluses|even better( if)?( you have)?|bonus points( if| for)?( you have)?|what would make you stand out|you might also have)$/],
  ['duties', /^((your|key|main|primary|core|essential|the|job|role|major)\s+)*(responsibilities|duties|accountabilities|tasks)( include)?$|^what (you'?ll|you will|you would) (actually )?(do|be doing|work on|own|achieve)( here| in this role| day[ -]to[ -]day)?$|^(what|how) you('?ll| will) (make an impact|contribute)$|^in this role,?( you will)?$|^day[ -]to[ -]day( responsibilities)?$|^your (mission|impact)$|^what the (role|job) (involves|entails)$|^you will$/],
  ['requirements', /^((minimum|basic|required|essential|key|job|your|the)\s+)*(requirements|qualifications|criteria)$|^(skills|experience) (and|&) (experience|qualifications|skills)$|^what (we'?re|we are|we) (looking for|seeking|need|want|expect)( in you| from you)?$|^what (you|you'?ll|you will) (need|bring|have)( to (succeed|be successful))?( to the table)?$|^who (you are|we'?re looking for|we are looking for|you'?ll be)$|^about you$|^(skills|experience|qualifications)$|^you (have|bring|are|should have|will have|'ll have)$|^must[ -]haves?$|^your (profile|skills|experience|background|qualifications)$|^(key )?selection criteria$|^(to be successful|to succeed)( in (this|the) role)?,?( you('ll| will) (need|have|bring))?$|^(the )?ideal candidate( will have| profile)?$|^requirements? (and|&) skills$/],
  ['description', /^(full )?(job|role) (description|summary|overview|details)$|^(full )?position (description|summary|overview)$|^(description|overview|summary)$|^about (the|this) (role|job|position|opportunity)$|^position (summary|overview)$|^the (role|job|opportunity|position)$|^your role$/],
  ['stop', /^(benefits|perks|compensation|salary|pay|location|contact|contacts|working hours|hours|schedule|equal (opportunity|employment)( employer)?|eeo( statement)?|diversity( (and|&) inclusion)?|culture|what we offer|we offer|what'?s in it for you|how to apply|to apply|apply now|application process|interview process|perks (and|&) benefits|benefits (and|&) perks|job types?|work (type|location)|pay range|salary range|technology|tech stack|(our|the) (tech )?stack|technology stack|position details)$|^(why (join|work (with|for|at)|you'?ll love)|about (us|the company|the team|our company)|company (description|overview|profile|info)|our (benefits|culture|values|team|story|mission|company|offer)|the (interview|hiring) process|our commitment)\b/],
];

const BRACKETS = /[【】\[\]「」『』《》〔〕#*_|]/g;
const MAX_HEADING = 40;

/** The comparison form of a candidate heading, or '' when it cannot be one. */
function headingForm(text: string): string {
  let t = toSimplified(toHalfWidth(text)).replace(BRACKETS, ' ').trim();
  t = stripItemMarker(t).replace(/[:：.。;；,，!！?？\s]+$/u, '').replace(/[\u2018\u2019`]/g, "'");
  return t.replace(/\s+/g, ' ').trim().toLowerCase();
}

const zhLookup = new Map<string, HeadingKind>();
for (const [kind, words] of Object.entries(ZH) as [HeadingKind, string[]][]) {
  for (const w of words) zhLookup.set(w, kind);
}
// A Chinese heading ends with the last character of a lexicon word (职责, 要求, 优先 …): a cheap
// test that spares the Traditional->Simplified conversion for almost every ordinary line.
const LAST_CHARS = new Set([...zhLookup.keys()].map((w) => w[w.length - 1]!));
function mayEndHeading(text: string): boolean {
  const t = text.replace(/[\s:：.。;；,，!！?？*_#】\]」』）)]+$/u, '');
  const last = t[t.length - 1];
  if (!last || /\d/.test(last)) return false;
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(last)) return true;
  return LAST_CHARS.has(last) || LAST_CHARS.has(toSimplified(last));
}

// Longest first so 岗位职责描述 wins over 职责.
const zhByLength = [...zhLookup.keys()].sort((a, b) => b.length - a.length);

/** The kind of a line that is only a heading ("岗位职责：", "【任职要求】", "What you'll do"). */
// Lines are asked about more than once (tokens, regions, blocks, titles): answers are kept.
const lookupMemo = memoized(lookup);

export function headingKindOf(text: string): HeadingKind | null {
  if (text.length > MAX_HEADING * 2 || /[>»›]/.test(text)) return null; // breadcrumbs too
  // A heading with an aside in brackets after it: "一、岗位职责（请具备主管经验者投递）", "Requirements (must have)".
  const aside = /[)）]\s*[:：]?\s*$/.test(text) ? ASIDE.exec(text) : null;
  if (aside && mayEndHeading(aside[1]!)) return lookupMemo(aside[1]!);
  return mayEndHeading(text) ? lookupMemo(text) : null;
}
const ASIDE = /^(.{2,24}?)\s*[（(][^（()）]{1,60}[)）]\s*[:：]?\s*$/u;

function lookup(text: string): HeadingKind | null {
  const form = headingForm(text);
  if (!form || form.length > MAX_HEADING) return null;
  const compact = form.replace(/\s+/g, '');
  const zh = zhLookup.get(compact);
  if (zh) return zh;
  // "运营专员岗位职责", "岗位职责及要求" (a prefix or suffix around a known label, kept short).
  if (/[\u4e00-\u9fff]/.test(compact) && compact.length <= 14) {
    for (const w of zhByLength) {
      // 优先, 职责, 要求 end ordinary items too, and so does 优先考虑 ("熟悉X优先考虑").
      const k = zhLookup.get(w)!;
      if (w.length < 4 || k === 'preferred' || k === 'stop') continue;
      if ((compact.endsWith(w) && !TASK_BEFORE_LABEL.test(compact.slice(0, -w.length))) || (compact.startsWith(w) && /^(及|与|和|&|\/)?(要求|说明|描述|内容|职责)?$/.test(compact.slice(w.length)))) {
        return k;
      }
    }
    return null;
  }
  // English headings are short phrases, never sentences.
  if (form.split(' ').length > 9 || /[.;,]\s*\S/.test(form)) return null;
  for (const [kind, re] of EN) if (re.test(form)) return kind;
  // Two names joined by a dash ("Must Haves – Core Qualifications"): the second names the list.
  const dash = / [-–—] (.+)$/.exec(form);
  return dash ? lookup(dash[1]!) : null;
}

// What stands before a label word in a heading names the job ("运营专员岗位职责"). A verb or the
// boss's errand there makes the line the last item of a list that no heading opened ("完成上级安排
// 的其他工作任务", "负责日常工作"), which ends in a label's words.
const TASK_BEFORE_LABEL = /^(完成|负责|协助|配合|做好|处理|参与|执行|承担|及时|按时|认真|服从)|其他|交办|交代|安排的|临时/;

// A Chinese label followed by a colon or closing bracket, inside a longer line:
// "职责：1、负责……；任职要求：1、……" or "【任职要求】本科以上".
const INLINE_STOPS = [
  '福利待遇', '薪资福利', '公司福利', '工作地点', '工作时间', '联系方式', '公司介绍', '公司简介', '简历投递', '投递方式', '薪资待遇',
  '薪酬福利', '工作地址', '上班地点', '上班时间', '面试地址', '公司地址', '联系电话', '联系人', '投递邮箱', '岗位福利', '职位福利',
  '我们提供', '温馨提示', '福利', '待遇', '面试流程', '招聘流程', '面试方式', '面试形式', '面试安排', '薪酬预算', '薪资预算',
];
const INLINE_LABELS = zhByLength.filter(
  (w) => w.length >= 3 || (w.length === 2 && zhLookup.get(w) !== 'stop' && zhLookup.get(w) !== 'preferred') || INLINE_STOPS.includes(w),
).filter((w) => zhLookup.get(w) !== 'stop' || INLINE_STOPS.includes(w));
// A label is followed by a colon, sits in 【】 (wherever it stands: "【薪资】6-8k【要求】…"), or runs straight into its first numbered item
// ("岗位职责1、负责…", flattened text that lost its line breaks and colons).
const FIRST_ITEM = '(?=\\d{1,2}\\s*[、.．)）]|[(（]\\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]、)';
const INLINE_RE = new RegExp(
  `(^|[。；;！!？?\\s]|(?=【))(【\\s*(?:${INLINE_LABELS.join('|')})\\s*】[:：]?|(?:${INLINE_LABELS.join('|')})\\s*(?:[:：]|${FIRST_ITEM}))`,
  'g',
);

export interface HeadingSplit {
  /** Text before the first heading (content of the previous section). */
  before: string;
  parts: { kind: HeadingKind; label: string; rest: string }[];
}

/**
 * Finds headings inside a line (run-on text). Returns null when the line holds none. Labels must
 * start the line or follow punctuation, and be followed by a colon or sit in 【】, so ordinary
 * sentences that mention 工作内容 are left alone.
 */
export function splitInlineHeadings(line: string): HeadingSplit | null {
  if (line.length < 3 || !/[:：】]|[\u4e00-\u9fff]\s*(\d|[(（①-⑳一二三四五六七八九十])/.test(line)) return null;
  const hits: { start: number; end: number; label: string }[] = [];
  INLINE_RE.lastIndex = 0;
  for (let m = INLINE_RE.exec(line); m; m = INLINE_RE.exec(line)) {
    const start = m.index + m[1]!.length;
    hits.push({ start, end: m.index + m[0].length, label: m[2]! });
  }
  if (!hits.length) return null;
  const parts: HeadingSplit['parts'] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const kind = headingKindOf(h.label);
    if (!kind) continue;
    const rest = line.slice(h.end, hits[i + 1]?.start ?? line.length).trim();
    parts.push({ kind, label: h.label.trim(), rest });
  }
  if (!parts.length) return null;
  return { before: line.slice(0, hits[0]!.start).trim(), parts };
}

/**
 * A heading run into its line: "Requirements: 5+ years …", "What would you do? You will …",
 * "Qualifications:Chartered Accountant", or glued to the sentence before it ("… in the USA.Minimum
 * qualifications: …"). The label must be a short phrase the lexicon or the open vocabulary knows;
 * a question needs the open vocabulary ("What are we looking for?"). Returns the text before it,
 * the label's kind and the rest, or null.
 */
export function splitEnglishLabel(line: string): { before: string; kind: HeadingKind; rest: string; known: boolean } | null {
  const at = (start: number) => {
    const m = /^([A-Za-z][A-Za-z '’&/()-]{2,50}?)\s*([:：?？])\s*(\S.*)?$/su.exec(line.slice(start));
    if (!m || m[1]!.trim().split(/\s+/).length > 7) return null;
    const label = m[1]!.trim();
    const question = m[2] === '?' || m[2] === '？';
    const known = question ? null : headingKindOf(label);
    const kind = known ?? headingKindByWords(label);
    if (!kind || (question && !/^(what|who|why|how|where|are|do|is)\b/i.test(label))) return null;
    return { before: line.slice(0, start).trim(), kind, rest: (m[3] ?? '').trim(), known: !!known };
  };
  const head = at(0);
  if (head) return head;
  // Glued: a sentence end, then a capitalised label ending in a colon.
  for (const m of line.matchAll(/[.!?)](\s*)(?=[A-Z][A-Za-z '’&/-]{2,50}[:：])/g)) {
    const found = at(m.index! + 1 + m[1]!.length);
    if (found?.rest) return found;
  }
  return null;
}
