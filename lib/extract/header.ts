import type { Education, Salary, YearsRange } from '../db/schemas';
import { headingKindOf } from './headings';
import type { Line } from './lines';
import { parseSalary } from './salary';

/**
 * The lines between a posting's title and its first section: where pages without labels put
 * the company and a strip of tags ("杭州 · 1-3年 · 大专 · 8-12K·13薪", "上海 | 本科 | 3-5年").
 * Each tag is read alone, so a city next to the years is not mistaken for anything.
 */
export interface HeaderFields {
  company: string;
  salary: Salary | null;
  experience: string;
  education: string;
}

const MAX_HEADER_LINES = 12;
const MAX_LINE = 80;
const MAX_TAG = 30;
// Tag separators: a spaced middle dot, bars, slashes between spaces, wide gaps. "8-12K·13薪"
// keeps its unspaced dot.
const TAG_SPLIT = /\s+[·•|｜丨/]\s+|\s*[|｜丨]\s*|\s{2,}|\u3000/;
const COMPANY = /(有限公司|有限责任公司|股份公司|集团|公司|工作室|科技|网络|电子商务|商行|旗舰店|专营店|\b(ltd|limited|inc|llc|gmbh|co\.|corp|pty)\b\.?)\s*$/i;
const SALARY_TAG = /\d\s*(k|千|万|元|w)\b|\d\s*[kKwW]\s*[-~·]|面议|薪资面谈|\$\s*\d|\d+\s*(元|块)\s*\/\s*(天|时|小时|月)/i;
const YEARS_TAG = /^(\d+\s*[-~至]\s*\d+\s*年|\d+\s*年(以上|以下|以内)?|[一二三四五六七八九十]+年(以上)?|经验不限|不限经验|应届(生|毕业生)?|在校生|无经验|\d+\+?\s*years?)$/i;
const EDUCATION_TAG = /^(学历不限|不限学历|初中|高中|中专|中技|大专|专科|本科|硕士|研究生|博士|MBA)(及以上|以上)?(学历)?$/i;

// English boards' strip under the title: "Acme Outdoors · Austin, TX (Hybrid) · Full-time".
const WORK_MODE = /\b(remote|hybrid|on-?site|in[- ]office|full[- ]time|part[- ]time|contract|temporary|internship)\b/i;
const CITY_STATE = /^[A-Z][A-Za-z.' -]+,\s*[A-Z]{2}\b|\((?:US|UK|EU|CA|AU)\)/;
// A team's name opens ATS strips too ("Engineering – Backend · Remote"): no employer.
const TEAM = /^(engineering|product|design|marketing|sales|operations|finance|accounting|hr|human resources|people|talent|customer|support|data|analytics|it|legal|research|content|creative|growth|e-?commerce|supply chain|logistics|warehouse|retail|business|corporate|technology)\b/i;
const NAME_LIKE = /^[A-Z0-9][\w&.,'’ -]{1,60}$/u;

/**
 * The employer opens an English strip of tags: a capitalised name first, then where the job is
 * ("Austin, TX", or remote after a name of two words or more). A strip that opens with its city
 * ("Sydney · 3+ years · $90k", "London · Hybrid") names no employer: so the place must be another tag.
 */
function employerFirst(tags: string[]): boolean {
  if (tags.length < 2) return false;
  const [name, ...rest] = tags;
  const placeOrTerms = (t: string) => WORK_MODE.test(t) || CITY_STATE.test(t) || SALARY_TAG.test(t);
  if (!NAME_LIKE.test(name!) || placeOrTerms(name!) || YEARS_TAG.test(name!) || TEAM.test(name!)) return false;
  return rest.some((t) => CITY_STATE.test(t) || (/\bremote\b/i.test(t) && /\s/.test(name!)));
}

export function headerFields(lines: Line[], dollar: string): HeaderFields {
  const out: HeaderFields = { company: '', salary: null, experience: '', education: '' };
  const shown = lines.slice(0, MAX_HEADER_LINES).filter((l) => l.text.trim());
  // A board's ad copied whole opens with its description label over the title and the tags.
  const from = shown[0] && headingKindOf(shown[0].text.trim()) === 'description' ? 1 : 0;
  for (const line of shown.slice(from)) {
    const text = line.text.trim();
    if (headingKindOf(text)) break; // the sections begin
    // Labelled lines are the splitter's; sentences are prose, not tags.
    if (!text || text.length > MAX_LINE || /[:：，。；;！!？?]/.test(text)) continue;
    const tags = text.split(TAG_SPLIT).map((t) => t.trim()).filter(Boolean);
    if (tags.length === 1 && !out.company && COMPANY.test(text) && !SALARY_TAG.test(text)) {
      out.company = text;
      continue;
    }
    if (!out.company && employerFirst(tags)) out.company = tags[0]!;
    for (const tag of tags.filter((t) => t.length <= MAX_TAG)) {
      if (!out.salary && SALARY_TAG.test(tag)) out.salary = parseSalary(tag, dollar);
      else if (!out.experience && YEARS_TAG.test(tag)) out.experience = tag;
      else if (!out.education && EDUCATION_TAG.test(tag)) out.education = tag;
    }
  }
  return out;
}
