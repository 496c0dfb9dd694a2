import type { Hit } from './types';

/**
 * What the rules share: where an item's clauses and list items start, and the cues around a word
 * that decide whether it is a condition on the applicant (a requirement or preference cue) or
 * something else (a waiver, a benefit, a description of the team).
 */
export type JdSection = 'title' | 'duties' | 'requirements' | 'preferred' | 'other';

export const CJK = '\\u4e00-\\u9fa5';
const IS_CJK = /[\u4e00-\u9fa5]/;
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && IS_CJK.test(ch);

/** Clause breaks: a condition and the words that cancel it sit between two of these. */
export const CLAUSE_BREAK = /[，,。；;！!？?\n]/;

/** The clause (between clause breaks) around [start, end). */
export function clauseAround(norm: string, start: number, end: number): { text: string; start: number; end: number } {
  let s = start;
  while (s > 0 && !CLAUSE_BREAK.test(norm[s - 1]!)) s--;
  let e = end;
  while (e < norm.length && !CLAUSE_BREAK.test(norm[e]!)) e++;
  return { text: norm.slice(s, e), start: s, end: e };
}

/** Up to n characters before start, not reaching back over a clause break. */
export function before(norm: string, start: number, n = 12): string {
  let s = start;
  while (s > 0 && start - s < n && !CLAUSE_BREAK.test(norm[s - 1]!)) s--;
  return norm.slice(s, start);
}

/** Up to n characters after end, stopping at a clause break. */
export function after(norm: string, end: number, n = 12): string {
  const text = norm.slice(end, end + n);
  const cut = text.search(CLAUSE_BREAK);
  return cut < 0 ? text : text.slice(0, cut);
}

// A list number or bullet, a heading label ("任职要求：", "样板技工："), or a headcount ("2名，").
const MARKER = String.raw`(?:[(（]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-z])\s*[)）.、,，:：．]|[①-⑳⑴-⒇⒈-⒛]|[*•·∙▪●○◆◇■□☆★✓✔√※➢➤►>\-—–²³¹]+)`;
const AT_START = new RegExp(String.raw`(?:^|[，,。；;！!？?:：)）\]】(（\[【\s])\s*(?:${MARKER}\s*)*$`);
const LABEL = new RegExp(`[${CJK}]{1,10}[:：]\\s*$`);

/**
 * Whether a word at `start` opens its item or clause: nothing before it but a list marker, a
 * separator or a label ending in a colon.
 */
export function opensClause(norm: string, start: number): boolean {
  const head = norm.slice(Math.max(0, start - 16), start);
  return AT_START.test(head) || LABEL.test(head);
}

const ITEM_HEAD = new RegExp(String.raw`^\s*(?:${MARKER}\s*)*$`);

/** Whether a word at `start` opens the whole item (after its list marker, if any). */
export function opensItem(norm: string, start: number): boolean {
  return start < 24 && ITEM_HEAD.test(norm.slice(0, start));
}

/** The item states no condition here: the ground is waived or both options are welcome. */
export const WAIVER = /不限|不要求|不作要求|不做要求|无要求|无限制|无硬性|均可|皆可|都可|都行|亦可|也可|不分|不论|无论/;

/** Words that make what follows a condition on the applicant. */
export const CUE_BEFORE = String.raw`(?:仅限于?|只限于?|限于|限定|限|只招收?|仅招收?|只要|只收|仅收|要求|需要|需|须|必须是?|招聘|招收|诚聘|急招|招|适合|最好是?|希望是?|优先招?)`;

/** A requirement cue anywhere in a text, and one that ends it (just before the word in question). */
export const HAS_CUE = new RegExp(CUE_BEFORE);
export const CUE_AT_END = new RegExp(`${CUE_BEFORE}\\s*[:：]?\\s*$`);

/** A preference or an exclusion right after the word ("…优先", "…勿扰"). */
export const PREFER_AFTER = /^\s*(?:者|的|人士|人员|者将)?\s*(?:优先|为佳|更佳|最佳|尤佳|者佳|为宜|最好|可优先|佳)/;
export const EXCLUDE_AFTER = /^\s*(?:者|的|人士|人员)?\s*(?:勿扰|勿投|莫扰|免谈|谢绝|不考虑|不予考虑|不要|不招|不收|不录用|除外|不适合|不方便|慎投|请绕道|绕道)/;

/** Perks and benefits: a status or group named there is not a condition. */
export const BENEFIT = /福利|补贴|津贴|礼金|红包|慰问|关怀|礼包|奖励|奖金|保险|住宿|宿舍|公寓|派对|聚餐|团建|特权|探望|[婚产孕育丧]假|陪产|带薪|提供|可享|享受|享有|报销|基金|政策|解决|办理|迁移|落户|协助|帮助/;

/** The team as a noun; not 团队协作 / 团队精神, which are skills asked of the applicant. */
export const TEAM = '团队(?!协作|合作|精神|意识|管理|建设|搭建|带领|领导)';

/** The team or the company described: not the applicant. */
export const DESCRIBES_TEAM = new RegExp(`${TEAM}|伙伴|同事|成员|平均|创业者|创始人|老板|领导|居多|为主|偏多|超多|很多|大部分|大多|都是|氛围`);

/** The same, or the customers and audience: not the applicant either. */
export const DESCRIBES_OTHERS = new RegExp(`${DESCRIBES_TEAM.source}|顾客|客户|用户|消费者|客群|人群|群体|粉丝|观众|读者|患者|会员`);

/** Every match of re (global) in norm, trimmed of the leading separators and markers it needed. */
export function scan(
  shape: string,
  re: RegExp,
  norm: string,
  keep: (start: number, end: number, m: RegExpMatchArray) => boolean = () => true,
): Hit[] {
  const out: Hit[] = [];
  for (const m of norm.matchAll(re)) {
    const lead = /^[\s，,。；;(（:：)）、.]*/.exec(m[0])![0].length;
    const start = m.index! + lead;
    const end = m.index! + m[0].replace(/[\s，,。；;、]+$/, '').length;
    if (end > start && keep(start, end, m)) out.push({ start, end, shape });
  }
  return out;
}
