import type { Posting, Salary } from '../db/schemas';
import { stripItemMarker } from '../text/items';
import { toHalfWidth, toSimplified } from '../text/normalize';
import {
  AGE_REASON, APPEARANCE_RELAXED_REASON, APPEARANCE_ROLE_IDS, APPEARANCE_TITLE, FILLER_REASON, PATTERN_RULES, SALARY_REASON,
  type JdCategory, type JdSeverity, type PatternRule, type Reason,
} from './jdcheck-rules';
import type { JdTemplate } from './template';

/**
 * The JD check: flags in a job ad (a template being written, or a saved posting) what Chinese
 * employment law forbids or discourages, filler-only requirements, and a missing salary. Each
 * flag names the text and why; reasons come in Chinese and English (`reason.zh`, `reason.en`),
 * and `ruleId` is stable for a UI that prefers its own message ids.
 */
export type JdSection = 'title' | 'duties' | 'requirements' | 'preferred' | 'other';

export interface JdItem {
  section: JdSection;
  text: string;
}

export interface JdCheckInput {
  items: JdItem[];
  /** The salary as stated: text, a parsed Salary, or null when the ad has none. */
  salary: string | Salary | null;
  /** The ad's role: on-camera roles may legitimately ask about appearance. */
  roleId?: string | null;
}

export interface JdFlag {
  ruleId: string;
  category: JdCategory;
  severity: JdSeverity;
  /** Index into input.items; null for the ad as a whole (missing salary). */
  itemIndex: number | null;
  /** The matched text as written in the item ('' for whole-ad flags). */
  match: string;
  /** Offsets of the match in the item's text (-1 for whole-ad flags). */
  start: number;
  end: number;
  reason: Reason;
}

const MAX_ITEM_CHARS = 2000; // page text is untrusted: bound the regex work per item

export function checkJd(input: JdCheckInput): JdFlag[] {
  const title = input.items.filter((i) => i.section === 'title').map((i) => i.text).join(' ');
  const onCamera = (input.roleId != null && APPEARANCE_ROLE_IDS.has(input.roleId)) || APPEARANCE_TITLE.test(title);
  const flags: JdFlag[] = [];
  input.items.forEach((item, itemIndex) => {
    const text = typeof item.text === 'string' ? item.text.slice(0, MAX_ITEM_CHARS) : '';
    const norm = toSimplified(toHalfWidth(text)).toLowerCase();
    // Offsets hold in the original when normalising kept the length (it does for 繁/简 and width).
    const original = norm.length === text.length ? text : norm;
    const spans: { rule: PatternRule | null; category: JdCategory; id: string; start: number; end: number }[] = [];
    for (const rule of PATTERN_RULES) {
      if (item.section === 'duties' && !rule.inDuties) continue;
      for (const [start, end] of findRule(rule, norm)) spans.push({ rule, category: rule.category, id: rule.id, start, end });
    }
    if (item.section !== 'duties') for (const [start, end] of findAge(norm)) spans.push({ rule: null, category: 'age', id: 'age', start, end });
    for (const s of dropOverlaps(spans)) {
      const relaxed = s.category === 'appearance' && onCamera;
      flags.push({
        ruleId: relaxed ? 'appearance-on-camera' : s.id,
        category: s.category,
        severity: relaxed ? 'advice' : (s.rule?.severity ?? 'discouraged'),
        itemIndex,
        match: original.slice(s.start, s.end).trim(),
        start: s.start,
        end: s.end,
        reason: relaxed ? APPEARANCE_RELAXED_REASON : (s.rule?.reason ?? AGE_REASON),
      });
    }
  });
  flags.push(...fillerFlags(input.items));
  if (salaryMissing(input.salary)) {
    flags.push({ ruleId: 'salary-missing', category: 'salary', severity: 'advice', itemIndex: null, match: '', start: -1, end: -1, reason: SALARY_REASON });
  }
  return flags;
}

function findRule(rule: PatternRule, norm: string): [number, number][] {
  const out: [number, number][] = [];
  for (const pattern of rule.patterns) {
    for (const m of norm.matchAll(pattern)) {
      // Leading separators belong to the lookbehind-like prefix of a pattern, not to the match.
      const lead = /^[，,。；;(（:：\s]*/.exec(m[0])![0].length;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      if (end <= start) continue;
      if (rule.unlessAfter?.test(norm.slice(end, end + 12))) continue;
      if (rule.unlessClause?.test(clauseAround(norm, start, end))) continue;
      out.push([start, end]);
    }
  }
  return out;
}

function clauseAround(norm: string, start: number, end: number): string {
  const before = norm.slice(0, start).search(/[^，,。；;！!？?\n]*$/);
  const after = norm.slice(end).search(/[，,。；;！!？?\n]|$/);
  return norm.slice(before, end + after);
}

// One flag per stretch of text: when two rules (or two patterns) cover overlapping text, the
// earlier, then longer, match wins.
function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept;
}

const AGE_NUMBER = /(\d{1,2})\s*(?:周岁|岁)/g;
const RANGE_BEFORE = /(\d{1,2})\s*(?:周岁|岁)?\s*(?:-|—|–|~|～|至|到)\s*$/;
const LOWER_AFTER = /^\s*(?:以上|及以上|或以上)/;
const LOWER_BEFORE = /(?:年满|已满|满|大于|超过)\s*$/;
const UPPER_AFTER = /^\s*(?:以下|及以下|以内|之内|左右|上下)/;
// "18-25岁女性用户", "3-6岁儿童": a product's audience, not the applicant's age.
const AUDIENCE_AFTER = /^\s*(?:的)?\s*(?:年轻|年轻的)?\s*(?:用户|人群|群体|消费者|客户|客群|粉丝|年轻人|儿童|宝宝|婴|幼|童|孩子|学生|女孩|男孩|女性用户|男性用户)/;

const TEAM_AFTER = /^\s*(?:的)?\s*(?:团队|同事|小伙伴|云集|主打|为主|居多|氛围)/;

/** Age limits: ranges and caps; a legal minimum alone (年满18周岁, 16岁以上) is fine. */
function findAge(norm: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of norm.matchAll(AGE_NUMBER)) {
    const value = Number(m[1]);
    let start = m.index;
    let end = m.index + m[0].length;
    const before = norm.slice(Math.max(0, start - 12), start);
    const after = norm.slice(end, end + 12);
    // "18-25岁年轻用户" is an audience; "平均年龄26岁" describes the team, not the applicant.
    if (AUDIENCE_AFTER.test(after) || /平均\s*年龄\s*$/.test(before)) continue;
    const range = RANGE_BEFORE.exec(before);
    if (range) {
      if (Number(range[1]) < 16) continue; // 3-12岁: children's sizes, not applicants
      start -= before.length - range.index;
    } else if (value < 16) {
      continue;
    } else if (LOWER_AFTER.test(after) || LOWER_BEFORE.test(before)) {
      if (value <= 18) continue;
    }
    const tail = LOWER_AFTER.exec(after) ?? UPPER_AFTER.exec(after);
    if (tail) end += tail[0].length;
    const label = /年龄\s*(?:要求)?\s*[:：]?\s*(?:在)?\s*$/.exec(norm.slice(Math.max(0, start - 8), start));
    if (label) start -= label[0].length;
    out.push([start, end]);
  }
  // 90后 / 95后优先 / 00后: a generation is an age range ("90后团队", "90后云集" describe the team).
  for (const m of norm.matchAll(/(?<![0-9])(?:[6-9][05]|0[05])后(?:优先)?/g)) {
    const after = norm.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (AUDIENCE_AFTER.test(after) || TEAM_AFTER.test(after)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

// Soft-skill phrases that fill requirement lists without saying anything checkable.
const FILLER_PHRASES = new RegExp(
  [
    '抗压能力', '承受[^，,。；;]{0,8}压力', '抗压', '责任心', '责任感', '认真负责', '认真', '严谨', '细致', '细心', '耐心',
    '吃苦耐劳', '能吃苦', '团队合作', '团队协作', '协作能力', '团队精神', '合作精神', '合作意识', '沟通能力', '沟通协调',
    '沟通技巧', '善于沟通', '沟通', '协调能力', '表达能力', '积极主动', '积极向上', '主动性', '主动', '上进心', '进取心',
    '进取', '好学', '学习能力', '执行力', '自驱力', '自我驱动', '踏实肯干', '踏实稳重', '踏实', '稳重', '诚实守信', '诚信',
    '正直', '服从安排', '服从管理', '品行端正', '敬业', '有激情', '热爱本职', '性格开朗', '开朗', '亲和力', '适应能力',
    '职业素养', '职业道德', '工作态度', '服务意识', '追求卓越', '正能量', '乐观', '分析问题', '解决问题', '对内', '对外',
  ].sort((a, b) => b.length - a.length).join('|'),
  'g',
);
// What is left once filler is gone, if the line said nothing else: connectors and intensifiers
// (longest first, so 能力 goes before 能 can split it).
const FILLER_GLUE = new RegExp(
  `${[
    '具备', '具有', '拥有', '有', '较强的', '较强', '很强', '强烈的', '强烈', '强', '良好的', '良好', '优秀的', '优秀', '较好的',
    '较好', '好', '能够', '能', '和', '与', '及', '并', '的', '工作', '精神', '意识', '能力', '态度', '一定强度', '一定', '富有',
    '极强', '高度', '非常', '为人', '做事', '性格', '要求', '佳', '表',
  ].sort((a, b) => b.length - a.length).join('|')}|[\\s\\p{P}\\p{S}]`,
  'gu',
);
const HAS_FILLER = new RegExp(FILLER_PHRASES.source);

export function isFiller(item: string): boolean {
  const norm = toSimplified(toHalfWidth(stripItemMarker(item))).toLowerCase();
  if (!HAS_FILLER.test(norm)) return false;
  return norm.replace(FILLER_PHRASES, '').replace(FILLER_GLUE, '').length === 0;
}

/** Filler is flagged only when it is the whole or most (more than half) of the requirements. */
function fillerFlags(items: JdItem[]): JdFlag[] {
  const hasSections = items.some((i) => i.section === 'requirements');
  const reqs = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => (hasSections ? item.section === 'requirements' : item.section !== 'title' && item.section !== 'duties'))
    .filter(({ item }) => typeof item.text === 'string' && item.text.trim());
  const filler = reqs.filter(({ item }) => isFiller(item.text));
  if (filler.length === 0 || filler.length * 2 <= reqs.length) return [];
  return filler.map(({ item, index }) => ({
    ruleId: 'filler', category: 'filler' as const, severity: 'advice' as const, itemIndex: index,
    match: item.text.trim(), start: 0, end: item.text.length, reason: FILLER_REASON,
  }));
}

const NEGOTIABLE_ONLY = /^(?:薪资|薪酬|工资|待遇|月薪)?\s*(?:面议|面谈|待定|negotiable|tbd|competitive)$/i;

export function salaryMissing(salary: string | Salary | null): boolean {
  if (salary === null) return true;
  if (typeof salary === 'string') return !salary.trim() || NEGOTIABLE_ONLY.test(salary.trim().replace(/[:：]/g, ''));
  return salary.min === null && salary.max === null;
}

export function jdInputFromTemplate(t: JdTemplate): JdCheckInput {
  const section = (kind: string): JdSection => (kind === 'duties' || kind === 'requirements' || kind === 'preferred' ? kind : 'other');
  return {
    items: [{ section: 'title', text: t.title }, ...t.sections.flatMap((s) => s.items.map((i) => ({ section: section(s.kind), text: i.text })))],
    salary: t.salary,
    roleId: t.roleId,
  };
}

/** A saved posting's items in order: title, duties, requirements, preferred. */
export function jdInputFromPosting(p: Pick<Posting, 'title' | 'duties' | 'requirements' | 'preferred' | 'salary' | 'roleId'>): JdCheckInput {
  return {
    items: [
      { section: 'title', text: p.title },
      ...p.duties.map((text) => ({ section: 'duties' as const, text })),
      ...p.requirements.map((text) => ({ section: 'requirements' as const, text })),
      ...p.preferred.map((text) => ({ section: 'preferred' as const, text })),
    ],
    salary: p.salary,
    roleId: p.roleId,
  };
}
