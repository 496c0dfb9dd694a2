import type { Posting, Salary } from '../db/schemas';
import { stripItemMarker } from '../text/items';
import { toHalfWidth, toSimplified } from '../text/normalize';
import type { JdSection } from './jd/context';
import { jdText, span } from './jd/text';
import {
  APPEARANCE_RELAXED_REASON, FILLER_REASON, isOnCameraTitle, ON_CAMERA_ROLE_IDS, RULES, SALARY_REASON,
  type JdCategory, type JdRule, type JdSeverity, type Reason,
} from './jdcheck-rules';
import type { JdTemplate } from './template';

/**
 * The JD check: flags in a job ad (a template being written, or a saved posting) what Chinese
 * employment law forbids or discourages, filler-only requirements, and a missing salary. Each
 * flag names the text and why; reasons come in Chinese and English (`reason.zh`, `reason.en`),
 * and `ruleId` is stable for a UI that prefers its own message ids.
 */
export type { JdSection };
export type { JdCategory, JdSeverity, Reason };

export interface JdItem {
  section: JdSection;
  text: string;
}

export interface JdCheckInput {
  items: JdItem[];
  /** The salary as stated: text, a parsed Salary, or null when the ad has none. */
  salary: string | Salary | null;
  /** The ad's role: used for the on-camera exemption when the ad has no title. */
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
  /** Which reading of the rule matched (e.g. gender "standalone", age "range"); '' for whole-ad flags. */
  shape: string;
}

const MAX_ITEM_CHARS = 2000; // page text is untrusted: bound the regex work per item

/**
 * Looks may be asked in on-camera and stage jobs: decided by the title's job nouns (主播, 模特;
 * not 主播运营), or by the role when the ad has no title.
 */
function onCameraJob(input: JdCheckInput, title: string): boolean {
  if (title.trim()) return isOnCameraTitle(title);
  return input.roleId != null && ON_CAMERA_ROLE_IDS.has(input.roleId);
}

export function checkJd(input: JdCheckInput): JdFlag[] {
  const titleText = input.items.filter((i) => i.section === 'title' && typeof i.text === 'string').map((i) => i.text).join(' / ');
  const title = jdText(titleText.slice(0, MAX_ITEM_CHARS)).norm;
  const onCamera = onCameraJob(input, title);
  const flags: JdFlag[] = [];
  input.items.forEach((item, itemIndex) => {
    const text = typeof item.text === 'string' ? item.text.slice(0, MAX_ITEM_CHARS) : '';
    const t = jdText(text);
    const spans: { rule: JdRule; start: number; end: number; shape: string }[] = [];
    for (const rule of RULES) {
      if (item.section === 'duties' && !rule.inDuties) continue;
      for (const hit of rule.find({ norm: t.norm, section: item.section, title })) spans.push({ rule, ...hit });
    }
    for (const s of dropOverlaps(spans)) {
      const relaxed = s.rule.category === 'appearance' && onCamera;
      const at = span(t, text, s.start, s.end);
      flags.push({
        ruleId: relaxed ? 'appearance-on-camera' : s.rule.id,
        category: s.rule.category,
        severity: relaxed ? 'advice' : s.rule.severity,
        itemIndex,
        ...at,
        reason: relaxed ? APPEARANCE_RELAXED_REASON : s.rule.reason,
        shape: s.shape,
      });
    }
  });
  flags.push(...fillerFlags(input.items));
  if (salaryMissing(input.salary)) {
    flags.push({ ruleId: 'salary-missing', category: 'salary', severity: 'advice', itemIndex: null, match: '', start: -1, end: -1, reason: SALARY_REASON, shape: '' });
  }
  return flags;
}

const SEVERITY_RANK: Record<JdSeverity, number> = { forbidden: 0, discouraged: 1, advice: 2 };

// One flag per stretch of text and ground: when two rules of one category cover overlapping text
// (无乙肝等传染病), the more severe reading wins, then the earlier, then the longer. Different
// grounds on the same words are all kept (纹身和…传染性疾病 is appearance and health).
function dropOverlaps<T extends { rule: JdRule; start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort(
    (a, b) => SEVERITY_RANK[a.rule.severity] - SEVERITY_RANK[b.rule.severity] || a.start - b.start || b.end - a.end,
  );
  const kept: T[] = [];
  for (const s of sorted) {
    if (!kept.some((k) => k.rule.category === s.rule.category && s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
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
    match: item.text.trim(), start: 0, end: item.text.length, reason: FILLER_REASON, shape: 'most-requirements',
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
