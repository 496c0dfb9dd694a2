import { after, before, clauseAround, CUE_BEFORE, DESCRIBES_TEAM, HAS_CUE, opensClause, scan } from './context';
import type { Hit, JdRule, RuleInput } from './types';

/**
 * Age: a range, a cap, a minimum above the legal 16/18, an age target ("30岁左右"), a generation
 * (90后) or "young" as a condition. No statute names an age limit, but caps and ranges go against
 * the equal-employment principle (就业促进法 第3、26条) and labour authorities campaign against
 * them (the "35岁门槛"); so they are `discouraged`. On-camera jobs are not exempt.
 *
 * Numbers count as ages when 岁/周岁 follows or an age label (年龄, 年纪) comes before; digits may
 * be spaced ("1 8- 4 0周岁") or written in Chinese (三十五周岁). Not ages: the legal minimum
 * (年满18周岁, 16岁以上), an audience (6-14岁学生家长), the team (团队平均年龄27岁, 90后的小伙伴),
 * the statutory retirement ages of a retiree scheme (退休人员：女50岁以上).
 */

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUM = String.raw`(?:(?<!\d)\d(?:\s?\d)?(?!\d)|[二三四五六七八九]?十[一二三四五六七八九]?)`;
const YEARS = String.raw`(?:周岁|岁)`;
const TO = String.raw`(?:-+|~+|—+|–+|至|到)`;
const LABEL = String.raw`(?:年龄|年纪|岁数)\s*(?:要求|限制|范围|段|条件)?\s*[:：]?\s*(?:在|为|是|需|须|要|限)?\s*`;
const UPPER_BEFORE = String.raw`(?:不超过|不超|不大于|不高于|低于|小于|未满|不满)`;
const LOWER_BEFORE = String.raw`(?:年满|已满|满|大于|超过|高于|不低于|不小于)`;
const QUALIFIER = String.raw`(?:以上的?|及以上|或以上|以下|及以下|以内|之内|一下|之下|为限|内|左右|上下|前后|之间)`;

const RANGE = new RegExp(String.raw`(${LABEL})?(${LOWER_BEFORE}\s*)?(${NUM})\s*(${YEARS})?\s*${TO}\s*(${NUM})\s*(${YEARS})?\s*(?:之间|以内|左右)?`, 'g');
const SINGLE = new RegExp(String.raw`(${LABEL})?(?:(${UPPER_BEFORE})|(${LOWER_BEFORE}))?\s*(${NUM})\s*(${YEARS})?\s*(${QUALIFIER})?`, 'g');

// "18-25岁女性用户", "6-14岁中小学生家长": a product's audience or the customers, not the applicant.
const AUDIENCE_AFTER = /^\s*(?:的)?\s*(?![有会能具懂熟并且及和])[\u4e00-\u9fa5]{0,4}?(?:用户|人群|群体|消费者|客户|客群|顾客|粉丝|年轻人|儿童|宝宝|婴|幼|童|孩子|小孩|中小学生|小学生|中学生|青少年|女孩|男孩|老人|老年|患者|会员|读者|观众|家长)/;
const AUDIENCE_BEFORE = /(?:面向|针对|服务|适合|覆盖|了解|熟悉|研究|分析|用户|客户|客群|学员|学生|孩子|儿童)\s*$/;
// Generations: 90后, 95后, 00后; not 95后端 (the back end), 00后台.
const GENERATION = /(?<![0-9])(?:[6-9][05]|0[05])\s*后(?![端台期续勤面来果门厨])/g;
const YOUNG = new RegExp(`(?:${CUE_BEFORE}|只要你|要)\\s*(?:你)?\\s*(?:够|足够|比较|较|要)?\\s*(?:年轻|年纪轻)|(?:年轻|年纪轻)(?:人|者|的)?\\s*(?:优先|为佳|最好|更佳)`, 'g');
// Birth years: 1985-1995年之间出生, 90年以后出生, 年龄大于97年的.
const YEAR = String.raw`(?<!\d)(?:19|20)?\d{2}(?!\d)`;
const BIRTH = new RegExp(String.raw`(${LABEL})?(?:大于|小于|晚于|早于)?\s*(${YEAR})\s*(年)?\s*(?:${TO}\s*(${YEAR})\s*(年)?)?\s*(?:以后|之后|后|以前|之前|前|之间)?\s*(出生|生人|年生)?(的)?`, 'g');
const RETIREES = /退休|返聘|离休/;

export function ageValue(text: string): number {
  const digits = text.replace(/\s/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  const [tens, ones] = digits.split('十') as [string, string | undefined];
  return (tens ? (CN_DIGIT[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGIT[ones] ?? 0) : 0);
}

function aboutOthers(norm: string, start: number, end: number): boolean {
  const clause = clauseAround(norm, start, end).text;
  return (
    AUDIENCE_AFTER.test(norm.slice(end, end + 10)) ||
    AUDIENCE_BEFORE.test(before(norm, start, 6)) ||
    /平均/.test(before(norm, start, 8)) ||
    (DESCRIBES_TEAM.test(clause) && !HAS_CUE.test(clause))
  );
}

function ranges(norm: string): Hit[] {
  return scan('range', RANGE, norm, (start, end, m) => {
    const [, label, , a, unitA, b, unitB] = m;
    const lo = ageValue(a!);
    const hi = ageValue(b!);
    // Without 岁 or an age label, "25-35" could be anything (years, pay, hours).
    if (!label && !unitA && !unitB) return false;
    if (lo < 16 || hi <= lo || hi > 70) return false;
    if (/^\s*(?:年|个月|月|天|小时|k|元|万)/.test(norm.slice(end))) return false;
    return !aboutOthers(norm, start, end);
  });
}

function singles(norm: string, taken: Hit[]): Hit[] {
  return scan('single-age', SINGLE, norm, (start, end, m) => {
    if (taken.some((h) => start < h.end && h.start < end)) return false;
    const [, label, upperBefore, lowerBefore, num, unit, qualifier = ''] = m;
    if (!label && !unit) return false;
    // A number that is a count of something else: 年龄25年 cannot be; 3年, 5个 are not ages.
    if (!unit && /^\s*(?:年|个|k|元|万|人|天|小时|月|%)/.test(norm.slice(end))) return false;
    const value = ageValue(num!);
    if (value < 16 || value > 70) return false;
    if (aboutOthers(norm, start, end)) return false;
    const lower = Boolean(lowerBefore) || /^以上|^及以上|^或以上/.test(qualifier);
    if (lower) {
      if (value <= 18) return false; // the legal minimum (劳动法 第15、58条)
      if (RETIREES.test(clauseAround(norm, start, end).text) || RETIREES.test(norm)) return false;
      return true;
    }
    // Below 18 is where the rules on minors start (18周岁以下需监护人同意), not a cap on applicants.
    if (value <= 18) return false;
    if (upperBefore || qualifier) return true;
    // A bare age: a target when it stands as a condition (label, or a clause of its own).
    return Boolean(label) || (opensClause(norm, start) && /^\s*(?:$|[，,。；;、)）(（])/.test(after(norm, end, 2) || ' '));
  });
}

function plausibleBirthYear(y: string): boolean {
  const n = Number(y);
  return y.length === 4 ? n >= 1940 && n <= 2015 : n >= 40 || n <= 15;
}

function birthYears(norm: string, taken: Hit[]): Hit[] {
  return scan('birth-year', BIRTH, norm, (start, end, m) => {
    if (taken.some((h) => start < h.end && h.start < end)) return false;
    const [, label, a, yearA, b, yearB, born, de] = m;
    if (!yearA && !yearB) return false;
    if (!born && !(label && (de || b))) return false;
    return plausibleBirthYear(a!) && (!b || plausibleBirthYear(b));
  });
}

const GENERATION_PREFERENCE = /^\s*(?:的)?\s*(?:优先|为佳|最好|更佳|以上|以下|之前|之后)/;

const GENERATION_CUE = new RegExp(`(?:${CUE_BEFORE}|欢迎)\\s*[:：]?\\s*(?:[0-9]{2}\\s*后\\s*[、/和及或]?\\s*)*$`);

function generations(norm: string, section: string): Hit[] {
  const cue = GENERATION_CUE;
  const hits: Hit[] = [];
  for (const h of scan('generation', GENERATION, norm)) {
    const clause = clauseAround(norm, h.start, h.end).text;
    const cued = cue.exec(before(norm, h.start, 10));
    const pref = GENERATION_PREFERENCE.exec(norm.slice(h.end));
    if (DESCRIBES_TEAM.test(clause) && !cued && !pref) continue;
    if (AUDIENCE_AFTER.test(norm.slice(h.end, h.end + 8))) continue;
    const alone = section !== 'other' && opensClause(norm, h.start) && /^\s*(?:$|[，,。；;、)）])/.test(norm.slice(h.end, h.end + 1) || ' ');
    if (!cued && !pref && !alone) continue;
    hits.push({ ...h, start: h.start - (cued?.[0].length ?? 0), end: h.end + (pref?.[0].length ?? 0) });
  }
  return hits;
}

function find({ norm, section }: RuleInput): Hit[] {
  if (section === 'duties') return [];
  const hits: Hit[] = [];
  // Most items hold no number and no age word: skip the scans that could not match.
  if (/\d|十/.test(norm)) {
    const r = ranges(norm);
    const years = birthYears(norm, r);
    hits.push(...r, ...years, ...singles(norm, [...r, ...years]));
    if (norm.includes('后')) hits.push(...generations(norm, section));
  }
  if (/年轻|年纪轻/.test(norm)) hits.push(...scan('young', YOUNG, norm));
  return hits;
}

export const AGE_REASON = {
  zh: '设定年龄上限（如“35岁以下”）或年龄区间有年龄歧视风险，各地人社部门明确反对；请用经验和能力要求代替。仅“年满16/18周岁”这类法定下限不受影响。',
  en: 'An age cap ("under 35") or age range risks age discrimination and labour authorities speak against it; ask for experience and skills instead. A legal minimum (16 or 18 and over) is fine.',
};

export const AGE_RULES: JdRule[] = [{ id: 'age', category: 'age', severity: 'discouraged', inDuties: false, find, reason: AGE_REASON }];
