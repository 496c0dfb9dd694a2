import {
  after, before, BENEFIT, CJK, clauseAround, CUE_AT_END, CUE_BEFORE, DESCRIBES_OTHERS, EXCLUDE_AFTER, isCjk, opensClause, opensItem, PREFER_AFTER, scan, WAIVER,
} from './context';
import type { Hit, JdRule, RuleInput } from './types';

/**
 * Gender (就业促进法 第3、27条; 妇女权益保障法 第43条; 2019 nine-ministry notice): a sex as a
 * requirement or a preference, a post or a headcount named by sex, an exclusion of one sex.
 *
 * Read by the shape around each 男/女 rather than by listed phrases: a requirement cue before it
 * (限女, 要求：男), a preference or exclusion after it (女性…优先, 女…不方便), a post noun after
 * it (男的分拣员, 女毕业生), or the word standing alone as an item or clause (1.女，/ 2)男性，) or
 * opening the item run into the next words (1.男从事…). Not the sex word inside another word
 * (女装, 男科, 女性向, 美女, 子女, a name ending in 男), both sexes together (男女不限, 男、女),
 * nor the clientele, staff or benefits (女士偏多, 男员工陪产假).
 */

// Both sexes together: either may apply. Masked before reading single sex words.
const EITHER = /(男|女)(?:性|士|生)?\s*[、/和与及或\\|]?\s*(?!\1)(?:男|女)(?:性|士|生)?/g;
// The person suffixes of a sex word: 女性, 男士, 女生, 男孩, 女子, 女工, 男同学.
const SUFFIX = /^(?:性|士|生|孩子|孩|子|同志|同学|工|人)/;
// Characters that make 男/女 part of a word that is not the applicant: products (女装, 男鞋), fields
// (男科), family and fiction (女儿, 女神, 女王), teams and guests (女篮, 女宾), voices and toilets.
const COMPOUND_NEXT = /^[装鞋包款式表科童宝神王友朋儿篮足排团星红宾方声厕卫权德频娲]/;
// After the suffix: the word names customers, products or a genre (女性用户, 女性向, 男士护肤).
const NOT_APPLICANT_NEXT = /^(?:向|化|用户|用品|消费|顾客|客户|客群|客人|群体|人群|市场|心理|读者|观众|粉丝|患者|病人|会员|服饰|服装|饰品|内衣|健康|护理|护肤|疾病|专科|频道|品类|类目|产品)/;
// The character before: the sex word ends another word (美女, 妇女, 子女, 宅男, a name like 亚男).
const COMPOUND_PREV = /[美妇少子儿处侄孙淑仙宫修舞织妓才长甥靓俊亚宅渣暖猛型直熟]$/;
// The same for the customers or the experience asked for: 有女性健身经验, 面向女性, 针对男士.
const SERVES_PREV = /(?:有|对|向|给|帮|陪|带|接待|服务|面向|针对|熟悉|了解|擅长)$/;
const EXPERIENCE = /经验|经历|项目|用户|客户|产品|市场|顾客|消费|行业|品类|类目|业务|用品/;

const CUE = new RegExp(`(?:${CUE_BEFORE}\\s*[:：]?\\s*(?:是|为)?|性别\\s*(?:要求|限制)?\\s*[:：]?\\s*(?:限|为|是)?)\\s*(?:应届|年轻|在校|已婚|未婚)?\\s*$`);
const POST = new RegExp(`^(?:的)?[${CJK}]{0,5}?(?:员|师|生|工|手|助理|司机|前台|客服|销售|会计|出纳|保安|保洁|主播|模特|演员)(?=$|[^${CJK}]|名|人|位|若干|优先|[一两二三四五六七八九十]名)`);
const QUALIFIED_BEFORE = /(?:岁|以上|以下|左右|之间|学历|本科|大专|中专|高中|毕业)\s*$/;
const HEADCOUNT = /^\s*(?:\d+|[一两二三四五六七八九十]+)\s*(?:名|人|位)/;
const ALONE_AFTER = /^(?:$|\s|[，,。；;！!？?、)）(（/:：]|\d+\s*(?:名|人|位))/;
// 女生要求化淡妆, 男士须着正装, 女性身高160以上: a rule or a standard stated for one sex (the
// standard itself is read by its own rule), not a wanted sex.
const RULE_FOR_STAFF = /^(?:要求|需要|需|须|必须|应|请|统一|一律|穿|着|化|可|也|亦|都|均|身高|体重|年龄|年纪)/;
const INFORMAL = /美女|帅哥|靓女|靓仔|妹子|妹纸|小姐姐|小哥哥|小伙子|小伙|姑娘|阿姨|大姐|大妈|大叔/g;

function sexWords(norm: string, masked: string, strongOnly: boolean): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < masked.length; i++) {
    const ch = masked[i];
    if (ch !== '男' && ch !== '女') continue;
    let end = i + 1;
    if (masked[end] === ch) end++; // 女女, 男男: said twice for emphasis
    if (COMPOUND_NEXT.test(masked.slice(end))) continue;
    const suffix = SUFFIX.exec(masked.slice(end));
    if (suffix) end += suffix[0].length;
    const rest = masked.slice(end);
    if (NOT_APPLICANT_NEXT.test(rest)) continue;
    const prev = before(masked, i, 8);
    const cue = CUE.exec(prev);
    if (!cue && (COMPOUND_PREV.test(prev) || SERVES_PREV.test(prev))) continue;
    if (cue && /适合\s*$/.test(prev) && rest.startsWith('的')) continue; // 适合女性的产品: what a product suits
    const clause = clauseAround(norm, i, end).text;
    if (WAIVER.test(after(norm, end, 6))) continue;
    const hit = shape(norm, masked, i, end, cue, strongOnly);
    if (!hit) continue;
    // Benefits and descriptions of the staff or clientele are not conditions, whatever the shape.
    if (!cue && (BENEFIT.test(clause) || DESCRIBES_OTHERS.test(clause))) continue;
    hits.push(hit);
    i = hit.end - 1;
  }
  return hits;
}

function shape(norm: string, masked: string, i: number, end: number, cue: RegExpExecArray | null, strongOnly: boolean): Hit | null {
  const rest = masked.slice(end);
  if (cue) return { start: i - cue[0].length + cue[0].search(/\S/), end, shape: 'cue' };
  const excluded = /^[^，,。；;！!？?]{0,4}?/.exec(rest)![0];
  for (let k = 0; k <= excluded.length; k++) {
    const m = EXCLUDE_AFTER.exec(rest.slice(k));
    if (m) return { start: i, end: end + k + m[0].length, shape: 'exclusion' };
  }
  const post = POST.exec(rest);
  const pre = /^[^，,。；;！!？?]{0,8}?(?=(?:者|的|人士|人员)?\s*(?:优先|为佳|更佳|最好))/.exec(rest);
  if (pre && !EXPERIENCE.test(pre[0])) {
    const pref = PREFER_AFTER.exec(rest.slice(pre[0].length));
    if (pref) return { start: i, end: end + pre[0].length + pref[0].length, shape: 'preference' };
  }
  if (strongOnly) return null;
  if (post && !/[男女]/.test(post[0])) {
    const count = HEADCOUNT.exec(rest.slice(post[0].length));
    return { start: i, end: end + post[0].length + (count ? count[0].length : 0), shape: 'post' };
  }
  // 18-28岁女生, 30岁以上男性, 大专以上女性: the applicant described by age or schooling, then sex.
  if (QUALIFIED_BEFORE.test(before(masked, i, 4)) && ALONE_AFTER.test(rest)) return { start: i, end, shape: 'qualified' };
  if (opensClause(norm, i) && ALONE_AFTER.test(rest)) {
    const count = HEADCOUNT.exec(rest);
    return { start: i, end: end + (count ? count[0].length : 0), shape: 'standalone' };
  }
  if (opensItem(norm, i) && isCjk(rest[0]) && !RULE_FOR_STAFF.test(rest)) return { start: i, end, shape: 'run-on' };
  return null;
}

function informal(norm: string, strongOnly: boolean): Hit[] {
  return scan('informal', INFORMAL, norm, (start, end) => {
    const cue = CUE_AT_END.test(before(norm, start, 6));
    const rest = norm.slice(end);
    return cue || PREFER_AFTER.test(rest) || (!strongOnly && EXCLUDE_AFTER.test(rest));
  });
}

function find({ norm, section }: RuleInput): Hit[] {
  const masked = norm.replace(EITHER, (m) => '\u0001'.repeat(m.length));
  // Duties describe the work (接待女宾客); there only a cue or a preference makes a condition.
  // The company and benefit blurbs likewise: a bare 女 there is a contact or the staff.
  const strongOnly = section === 'duties' || section === 'other';
  return [...sexWords(norm, masked, strongOnly), ...informal(norm, strongOnly)];
}

export const GENDER_RULES: JdRule[] = [
  {
    id: 'gender',
    category: 'gender',
    severity: 'forbidden',
    inDuties: true,
    find,
    reason: {
      zh: '招聘不得限定性别或规定性别优先（妇女权益保障法第43条；就业促进法第3、27条；人社部等九部门2019年通知）。',
      en: "A job ad may not restrict or prefer a gender (Women's Rights Law art. 43; Employment Promotion Law arts. 3 and 27; 2019 nine-ministry notice).",
    },
  },
];
