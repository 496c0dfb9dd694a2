import { after, before, BENEFIT, CJK, clauseAround, CUE_AT_END, EXCLUDE_AFTER, PREFER_AFTER, scan, WAIVER } from './context';
import type { Hit, JdRule, RuleInput } from './types';

/**
 * Hukou and local origin (就业促进法 第3、31条; the State Council's calls to drop 户籍 and 地域
 * limits in hiring): a hukou as a condition or preference (限上海户籍, 本地户口优先, 沪籍), locals
 * or people from a named place wanted or excluded (广东本地人, 本地护士优先, 外地人优先, 河南人勿扰).
 *
 * Not: a waiver (户籍不限), hukou as a benefit (解决北京户口, 户籍办理, 户籍地就近安排), where one
 * lives (居住本地优先: residence can change and commuting is a real need), local knowledge
 * (熟悉本地市场), trips and postings (出差外省, 接受外地工作), and the same characters inside
 * other words (用户口碑, 本地人文, 书籍, 国籍).
 */

const PROVINCE_ABBR = '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇陕秦甘陇青宁疆港澳台蒙';
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|内蒙古?|东北|西北|江浙|两广|港澳台?|台湾|香港|澳门';
const LOCAL = '(?:本地|本市|本省|本县|本区|本镇|当地|外地|外省|外省市|外市|省内|省外|市内|市外)';
// 户口 / 户籍, but not 用户口碑, 客户口径, 账户口令, 开户口座.
const HUKOU = `(?<![用客账开商住网散租])(?:户口|户籍|常住户口)(?![本簿]|证明|复印)`;
// 沪籍, 京籍, 本地籍: a place + 籍. Not 书籍, 国籍, 学籍, 党籍, 原籍, 祖籍, 外籍 (nationality).
const PLACE_JI = `(?:[${PROVINCE_ABBR}]|${LOCAL})籍`;

// The place in front is only part of the span: any hukou named as a condition counts.
const HUKOU_WORD = new RegExp(`(?:${LOCAL}|(?:${PROVINCES})|[${CJK}]{2}(?:[/、或][${CJK}]{2})*)?\\s*${HUKOU}|${PLACE_JI}`, 'g');
// Locals or people of a place as the applicant: 本地人, 广东本地人, 外地人, 河南人, 本地护士.
const LOCAL_PERSON = new RegExp(`${LOCAL}人(?![文才气流口民寿家力事])|(?:${PROVINCES})(?:籍)?人(?![文才气流口员士民寿家力事])|(?:${PROVINCES})籍(?!贯)|老乡|同乡|籍贯`, 'g');
const LOCAL_NOUN = new RegExp(`(?:本地|当地|本市)(?:的)?([${CJK}]{1,4}?)(?=\\s*(?:者|的)?\\s*(?:优先|为佳|最好|者佳))`, 'g');

// Where one lives or what one knows, not where one's hukou is.
const RESIDENCE_OR_KNOWLEDGE = /居住|住在|家在|家住|住址|现居|附近|熟悉|了解|认知|对本地|市场|资源|客户|渠道|经验|项目|出差|驻场|调配|工作地/;
const HUKOU_BENEFIT = /解决|办理|迁移|迁入|落户|协助|帮助|指标|申请|政策|享受|可享|提供|人才|户籍地就近|就近安排|就近分配|亲子鉴定|上户口/;
const INCLUSIVE = /[或和及与、/][^，,。；;]{0,6}(?:都|均|皆|亦|也)(?:可|行|欢迎)|(?:都|均|皆|亦|也)可以?(?:应聘|报名|投递)?/;

function isCondition(norm: string, start: number, end: number, needCue: boolean): boolean {
  const clause = clauseAround(norm, start, end).text;
  if (WAIVER.test(clause) || INCLUSIVE.test(clause) || HUKOU_BENEFIT.test(clause)) return false;
  if (!needCue) return true;
  const cued = CUE_AT_END.test(before(norm, start, 6));
  const rest = after(norm, end, 8);
  return cued || PREFER_AFTER.test(rest) || EXCLUDE_AFTER.test(rest) || /^\s*[:：]/.test(rest);
}

// Every pattern below needs one of these: most items have none and skip the scans.
const ANY_WORD = /户|籍|人|老乡|同乡|本地|当地|本市/;

function find({ norm }: RuleInput): Hit[] {
  const hits: Hit[] = [];
  if (!ANY_WORD.test(norm)) return hits;
  // Any hukou named in a clause that neither waives it nor offers it as a benefit is a condition
  // (本地户口, 限上海户籍, 沪籍, 户籍：上海).
  if (/户|籍/.test(norm)) hits.push(...scan('hukou', HUKOU_WORD, norm, (start, end) => isCondition(norm, start, end, false)));
  hits.push(...scan('local-person', LOCAL_PERSON, norm, (start, end) => {
    if (RESIDENCE_OR_KNOWLEDGE.test(before(norm, start, 6))) return false;
    // 籍贯 is a label: a condition only when a place follows it (籍贯：河南), not 籍贯不限.
    if (norm.slice(start, end) === '籍贯') return /^\s*(?:要求|限)?\s*[:：]?\s*(?:限)?\s*[\u4e00-\u9fa5]{2}/.test(norm.slice(end)) && isCondition(norm, start, end, false);
    const personOfPlace = !/^(?:本|当|外|省|市)/.test(norm.slice(start, end));
    return isCondition(norm, start, end, personOfPlace);
  }));
  hits.push(...scan('local-noun', LOCAL_NOUN, norm, (start, end, m) => {
    const noun = m[1]!;
    if (RESIDENCE_OR_KNOWLEDGE.test(noun) || RESIDENCE_OR_KNOWLEDGE.test(before(norm, start, 8))) return false;
    return isCondition(norm, start, end, false);
  }));
  return hits;
}

export const HOUSEHOLD_RULES: JdRule[] = [
  {
    id: 'household',
    category: 'household',
    severity: 'discouraged',
    inDuties: false,
    find,
    reason: {
      zh: '以户籍、本地户口或籍贯为条件构成户籍/地域歧视；农村与外地劳动者享有平等就业权（就业促进法第3、31条）。请写明真实的岗位要求（如能到岗的工作地点）。',
      en: 'Requiring a local hukou or a place of origin discriminates by household registration or region; workers from other places have equal rights (Employment Promotion Law arts. 3 and 31). State the real need instead (e.g. the work location).',
    },
  },
];
