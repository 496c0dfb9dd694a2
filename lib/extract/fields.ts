import type { Education, Salary, YearsRange } from '../db/schemas';
import { cleanDisplay, toHalfWidth, toSimplified } from '../text/normalize';
import type { Line } from './lines';
import type { PostingMeta } from './posting';
import { headerFields } from './header';
import { DOLLAR_PAY, parseSalary } from './salary';
import type { Sections } from './sections';
import { DEFAULT_SKILLS, findSkills, skillsIn, type SkillEntry } from './skills';

export { parseSalary } from './salary';

/** Fields of a posting besides its lists. */
export interface Fields {
  title: string;
  company: string;
  location: string;
  salary: Salary | null;
  experienceYears: YearsRange | null;
  education: Education | null;
  skills: string[];
}

export interface FieldOptions {
  /** Replaces the skills dictionary (DEFAULT_SKILLS). */
  skills?: SkillEntry[];
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function num(s: string): number {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s.length === 1) return CN_NUM[s] ?? NaN;
  if (s.startsWith('十')) return 10 + (CN_NUM[s[1]!] ?? 0);
  return (CN_NUM[s[0]!] ?? NaN) * 10 + (s.length > 2 ? CN_NUM[s[2]!] ?? 0 : 0);
}

const N = String.raw`(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})`;
// "3-5年", "三年以上", "1年以下" followed (or preceded) by an experience word, so 2019年 is skipped.
const ZH_YEARS = new RegExp(String.raw`${N}\s*(?:(?:-|~|～|至|到)\s*${N}\s*)?年\s*(以上|及以上|或以上|以下|以内)?`, 'g');
const EN_YEARS = /(\d+)\s*(?:\+|-\s*(\d+)|to\s*(\d+))?\s*\+?\s*(?:years?|yrs?)/g;
const EXPERIENCE_CONTEXT = /经验|工作|从业|经历|相关|开发|运营|以上|年限|experience|industry|working/;

/** Experience years: 3-5年 -> {3,5}; 三年以上 -> {3,null}; 应届 -> {0,0}; 不限 -> {0,null}. */
export function parseYears(text: string): YearsRange | null {
  return yearsIn(matchForm(text));
}

/** Simplified, half-width, lower case: the form the parsers read (and the splitter remembers). */
const matchForm = (text: string) => toSimplified(toHalfWidth(text)).toLowerCase();

function yearsIn(t: string): YearsRange | null {
  if (/应届|在校生|fresh graduate|new grad|graduate program/.test(t) && !/\d\s*年以上/.test(t)) return { min: 0, max: 0 };
  if (/经验不限|不限经验|无经验|无需经验|零经验|^\s*不限\s*$|no experience (required|necessary|needed)/.test(t)) return { min: 0, max: null };
  ZH_YEARS.lastIndex = 0;
  for (let m = ZH_YEARS.exec(t); m; m = ZH_YEARS.exec(t)) {
    // Context: a few characters before, and after up to the clause's end ("具有3-5年互联网产品数据
    // 分析经验" names 经验 22 characters on).
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const around = t.slice(Math.max(0, m.index - 8), m.index + m[0].length) + after.slice(0, Math.max(16, after.search(/[，。；;,\n]|$/)));
    // A bare "3-5年" (a board's tag, a field's value) is experience; in a sentence it needs context.
    if (t.trim() !== m[0].trim() && !EXPERIENCE_CONTEXT.test(around)) continue;
    const a = num(m[1]!);
    const b = m[2] ? num(m[2]) : null;
    if (!Number.isFinite(a) || a > 40 || (b !== null && (!Number.isFinite(b) || b > 40))) continue;
    if (m[3] === '以下' || m[3] === '以内') return { min: 0, max: a };
    if (b !== null) return { min: a, max: b };
    // "3年经验" states a minimum, like "3年以上".
    return { min: a, max: null };
  }
  EN_YEARS.lastIndex = 0;
  for (let m = EN_YEARS.exec(t); m; m = EN_YEARS.exec(t)) {
    const around = t.slice(m.index, m.index + m[0].length + 40);
    // "3+ years in customer support", "5 years as a buyer": a requirement's span of work.
    if (!/experience|industry|working|professional|in (a|the)|of |^\S+\s*(?:years?|yrs?)\s+(in|as|with|doing|running|managing|leading|building)\b/.test(around)) continue;
    const a = Number(m[1]);
    const b = m[2] ?? m[3];
    if (a > 40) continue;
    if (b) return { min: a, max: Number(b) };
    return { min: a, max: null }; // "2 years of experience" is a minimum
  }
  return null;
}

const EDUCATION: [Education, RegExp][] = [
  ['any', /学历不限|不限学历|^\s*不限\s*$|no degree required/],
  ['phd', /博士|ph\.?d|doctor(ate|al)/],
  ['master', /硕士|研究生|master'?s?\b|mba\b|msc\b/],
  ['bachelor', /本科|学士|大学(学历|毕业|以上)|统招|bachelor'?s?|undergraduate|\bba\b|\bbsc?\b|university degree|tertiary degree|\bdegree\b/],
  ['associate', /大专|专科|高职|associate'?s? degree|diploma/],
  ['secondary', /高中|中专|中技|技校|职高|初中|high school|secondary/],
];

/** The education an ad asks for: the first level it names that is not only "preferred". */
export function parseEducation(text: string): Education | null {
  return educationIn(matchForm(text));
}

function educationIn(t: string): Education | null {
  let best: { level: Education; at: number } | null = null;
  for (const [level, re] of EDUCATION) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(t); m; m = g.exec(t)) {
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (/^(学历)?(者)?(优先|加分|尤佳|更佳)|^[a-z' ]{0,12}\b(preferred|a plus|desirable|an advantage)/.test(after)) continue;
      if (!best || m.index < best.at) best = { level, at: m.index };
      break;
    }
  }
  return best?.level ?? null;
}

// A salary stated inside a sentence: "…，薪资面议，…", "Salary: $60k plus super".
const SALARY_PHRASE = /(薪资|薪酬|月薪|年薪|工资|待遇)\s*[:：]?\s*([^，。；;,、\s]{1,30})|\b(salary|pay|remuneration)\b\s*[:：]?\s*([^.;\n]{1,40})/i;
// Base pay before commission ("底薪3500+提成", "保底6600/月"): a hiring message's only figure, and
// the floor of an ad that states its full range too, which is read first.
const BASE_PAY_PHRASE = /(底薪|保底)\s*[:：]?\s*([（(]?\d[^，。；;,、\s]{0,29})/;
// Not a perk's amount ("tuition up to $5,250 a year", "$500 sign-on bonus").
const PERK = /tuition|bonus|reimburs|stipend|allowance|credit|401|match|discount|relocation|referral/i;
const dollarPay = (text: string) => (text.length > 300 || PERK.test(text) ? '' : (DOLLAR_PAY.exec(text)?.[0] ?? ''));
function salaryPhrase(text: string, phrase = SALARY_PHRASE): string {
  if (text.length > 300) return '';
  const m = phrase.exec(text);
  if (!m) return '';
  const value = m[2] ?? m[4] ?? '';
  return /\d|面议|面谈|negotiable|competitive/i.test(value) ? `${m[1] ?? m[3]} ${value}`.trim() : '';
}

const fieldValue = (s: Sections, name: string) => s.fields.find((f) => f.name === name)?.value ?? '';

/**
 * A pay line that opens with its base pay and states the full range after it ("底薪3500+提成，月入
 * 5000-8000", "保底6600，计件8000-15000"): the range, as when the two stand on separate lines. ''
 * when the rest states no range (a bonus's single figure is no pay range).
 */
function statedRange(value: string, parse: (t: string) => Salary | null): string {
  const base = BASE_PAY_PHRASE.exec(value);
  if (!base) return '';
  const rest = value.slice(base.index + base[0].length).replace(/^[\s，,；;、+＋]+/u, '');
  const range = parse(rest);
  return range && range.max !== null && range.min !== range.max ? rest : '';
}

/** Which lines to read a field from: the lists first (the ad's own words), then the whole text. */
function firstOf<T>(texts: string[], parse: (t: string) => T | null): T | null {
  for (const t of texts) {
    if (!t) continue;
    const v = parse(t);
    if (v !== null) return v;
  }
  return null;
}

export function extractFields(s: Sections, lines: Line[], meta: PostingMeta, options: FieldOptions): Fields {
  // Each item is converted once (the splitter already converted it: the conversion is remembered),
  // then the parsers read the joined forms.
  const reqText = s.requirements.map(matchForm).join('\n');
  const allItems = [...s.duties, ...s.requirements, ...s.preferred].map(matchForm).join('\n');
  const dollar = meta.dollar ?? 'USD';
  const salaryOf = (t: string) => parseSalary(t, dollar);
  // Pages without labels state company, pay, years and education in a strip under the title.
  const header = headerFields(lines, dollar);
  const salary =
    meta.salary ??
    firstOf([meta.salaryText ?? '', statedRange(fieldValue(s, 'salary'), salaryOf), fieldValue(s, 'salary')], salaryOf) ??
    firstOf(lines.map((l) => salaryPhrase(l.text)), salaryOf) ??
    header.salary ??
    firstOf(lines.map((l) => salaryPhrase(l.text, BASE_PAY_PHRASE)), salaryOf) ??
    firstOf(lines.map((l) => dollarPay(l.text)), salaryOf);
  return {
    title: cleanDisplay(fieldValue(s, 'title')),
    company: cleanDisplay(fieldValue(s, 'company') || header.company),
    location: cleanDisplay(fieldValue(s, 'location')),
    salary,
    experienceYears:
      firstOf([meta.experienceText ?? '', fieldValue(s, 'experience'), header.experience], parseYears) ?? firstOf([reqText, allItems], yearsIn),
    education:
      firstOf([meta.educationText ?? '', fieldValue(s, 'education'), header.education], parseEducation) ?? firstOf([reqText, allItems], educationIn),
    skills: allItems
      ? skillsIn(allItems, options.skills ?? DEFAULT_SKILLS)
      : findSkills(lines.map((l) => l.text).join('\n'), options.skills ?? DEFAULT_SKILLS),
  };
}
