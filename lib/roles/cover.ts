import type { Role } from '../db/schemas';
import { normalizedItemTerms } from './align';
import { splitClauses, type Clause } from './clauses';
import { unitVector, type Vector } from './features';
import { compileMark, markMatches, type CompiledMark } from './marks';
import type { MatcherIndex } from './matcher-index';
import { abilityClause, basisClause, goalClause, namesActivity, noiseReason, skillClause, withoutBasis, type NoiseReason } from './noise';
import { compilePhrasings, matchPhrasing, onlyGeneric, PHRASING_SPAN, type Phrasing } from './phrasings';

/**
 * Which of an ad's duty items cover which of a role's duties: many to many. Each item is cut into
 * clauses (clauses.ts) and each clause is read against every duty:
 * - a phrasing of the duty matches it (the duty's activity and object, in the ad's words), or
 * - the user marked the same sentence as covering the duty (marks.ts), or
 * - for a duty without phrasings, its term similarity to the duty's text reaches BARE_THRESHOLD;
 * unless the user marked the sentence as not that duty. An item covers every duty one of its
 * clauses covers; a duty lists every item that covers it, each with the clause that matched. An
 * item is extra only when it covers no duty, and noise (pay lines, headings, junk: noise.ts) is set
 * aside before any of this, so it is neither a cover nor an extra.
 */

/**
 * BARE_THRESHOLD: the term similarity (cosine of a clause or list part with the duty's text) that
 * covers a duty without phrasings (a duty the user added, a role the user created), where
 * similarity is all there is. A duty with phrasings is covered by its phrasings and marks only:
 * on align-dev, similarity on top of them (at its best threshold, 0.4) found one pair in 300 more
 * and cost half of the comparison's time. Phrasing and mark matches count as 1. Calibrated by
 * `npm run eval -- align` (split halves; README "Duty comparison").
 */
export const BARE_THRESHOLD = 0.2;

export type CoverVia = 'phrasing' | 'mark' | 'similarity';

export interface CoverPair {
  dutyId: string;
  itemIndex: number;
  item: string;
  /** 1 for a phrasing or a mark, else (a duty without phrasings) the clause's cosine with the duty's text. */
  similarity: number;
  /** The words of the item that matched: a list part, a clause, or the whole item. */
  clause: string;
  via: CoverVia;
  /** The phrasing that matched (via 'phrasing'), as written in the library. */
  pattern?: string;
}

export interface Coverage {
  covered: CoverPair[];
  missing: string[];
  extra: { itemIndex: number; item: string }[];
  /** Items set aside before comparing (pay, headings, junk), with the reason. */
  ignored: { itemIndex: number; item: string; reason: NoiseReason }[];
}

/** Switches for measuring what each mechanism earns (bench/eval-align.ts); all on by default. */
export interface CoverOptions {
  bareThreshold?: number;
  /** Most characters a phrasing's words may spread over (phrasings.ts PHRASING_SPAN). */
  span?: number;
  clauses?: boolean;
  phrasings?: boolean;
  similarity?: boolean;
  marks?: boolean;
  noise?: boolean;
}

interface DutyModel {
  id: string;
  /** Position in the role's duties (the column of a piece's similarity row). */
  at: number;
  /** The duty is about owning targets (its text names 目标 or 指标): goal clauses may cover it. */
  ownsTargets: boolean;
  vector: Vector;
  phrasings: Phrasing[];
  covers: CompiledMark[];
  nots: CompiledMark[];
}

const TARGET_DUTY = /目标|指标|target|kpi/i;

interface RoleModel {
  duties: DutyModel[];
  /** term -> the duties whose vector has it, with the weight: a piece is compared with every duty in one pass. */
  terms: Map<string, { at: number; weight: number }[]>;
  /** Some duty has no phrasings, so term similarity is needed at all. */
  bare: boolean;
}

const models = new WeakMap<MatcherIndex, WeakMap<Role, RoleModel>>();

/**
 * The role's duties ready to compare, built once per index and role row (a changed row, a new mark
 * or phrasing, is a new object, so it is read afresh).
 */
export function roleModel(index: MatcherIndex, role: Role): RoleModel {
  let byRole = models.get(index);
  if (!byRole) models.set(index, (byRole = new WeakMap()));
  const hit = byRole.get(role);
  if (hit) return hit;
  const vectors = new Map((index.duties.get(role.id) ?? []).map((d) => [d.id, d.vector]));
  const duties = role.duties.map((d, at) => {
    const own = (d.marks ?? []).map(compileMark);
    return {
      id: d.id,
      at,
      ownsTargets: TARGET_DUTY.test(d.text),
      vector: vectors.get(d.id) ?? new Map(),
      phrasings: compilePhrasings(d.phrasings ?? []),
      covers: own.filter((m): m is CompiledMark => m?.polarity === 'covers'),
      nots: own.filter((m): m is CompiledMark => m?.polarity === 'not'),
    };
  });
  const terms: RoleModel['terms'] = new Map();
  for (const d of duties) {
    for (const [term, weight] of d.vector) {
      const list = terms.get(term) ?? [];
      list.push({ at: d.at, weight });
      terms.set(term, list);
    }
  }
  const built = { duties, terms, bare: duties.some((d) => !d.phrasings.length) };
  byRole.set(role, built);
  return built;
}

interface Hit {
  score: number;
  clause: string;
  via: CoverVia;
  pattern?: string;
}

/**
 * Which part of a clause holds a phrasing's anchor word (-1: none, the match spans parts), so the
 * user sees the words that matched and a goal part ("对广告效果负责、提取报表") covers nothing.
 */
function partAt(clause: Clause, anchor: number): number {
  let at = 0;
  for (let i = 0; i < clause.parts.length; i++) {
    const part = clause.parts[i]!;
    const start = clause.norm.indexOf(part.norm, at);
    if (start >= 0 && anchor >= start && anchor < start + part.norm.length) return i;
    if (start >= 0) at = start + part.norm.length;
  }
  return -1;
}

/** An item prepared once for all duties: its clauses, what kind each is, and their term vectors. */
interface ReadItem {
  item: string;
  whole: string;
  clauses: { clause: Clause; match: string; skill: boolean; goal: boolean; goalParts: boolean[]; pieces: { text: string; sims: Float64Array }[] }[];
}

/** Cosine of a piece of text with every duty of the role (sparse: only shared terms are visited). */
function similarities(norm: string, model: RoleModel, index: MatcherIndex): Float64Array {
  const row = new Float64Array(model.duties.length);
  for (const [term, x] of unitVector(normalizedItemTerms(norm), index.itemIdf)) {
    for (const p of model.terms.get(term) ?? []) row[p.at]! += x * p.weight;
  }
  return row;
}

// A clause that opens or is an enumeration ("包括但不限于：…"): it lists what the clause before it is about.
const LIST_OPENING = /^(?:包括但不限于|包括|包含|例如|比如|诸如|如)/u;
const LIST_CLOSING = /(?:包括但不限于|包括|包含|例如|比如|诸如|如下)$/u;

/**
 * Which clauses state a skill: those that open with one (noise.ts), and the list that follows such a
 * clause ("熟练使用…框架，包括但不限于：A、B、C"), which names what the candidate knows, not work.
 */
function skillFlags(clauses: readonly Clause[]): boolean[] {
  const out: boolean[] = [];
  let listing = false;
  clauses.forEach((c, i) => {
    const prev = clauses[i - 1];
    // The list goes on, comma after comma, while its entries name things rather than work.
    if (i > 0 && out[i - 1]! && (LIST_OPENING.test(c.norm) || LIST_CLOSING.test(prev!.norm))) listing = true;
    else if (listing && namesActivity(c.norm)) listing = false;
    out.push(skillClause(c.norm) || listing || (i > 0 && out[i - 1]! && abilityClause(c.norm)));
  });
  return out;
}

// "对网站的流量、关键词排名等指标负责": a result owned, cut into clauses by its commas.
const OWNS_OPEN = /^对/u;
const OWNS_CLOSE = /负责$/u;

/** Which clauses only state a goal or the rules followed (noise.ts), a goal spread over clauses included. */
function goalFlags(clauses: readonly Clause[]): boolean[] {
  const out = clauses.map((c) => goalClause(c.norm) || basisClause(c.norm));
  clauses.forEach((c, i) => {
    if (!OWNS_OPEN.test(c.norm) || OWNS_CLOSE.test(c.norm)) return;
    for (let j = i + 1; j < Math.min(clauses.length, i + 3); j++) {
      if (!OWNS_CLOSE.test(clauses[j]!.norm)) continue;
      for (let k = i; k <= j; k++) out[k] = true;
      return;
    }
  });
  return out;
}

function prepareItem(item: string, clauses: Clause[], model: RoleModel, index: MatcherIndex, o: Required<CoverOptions>): ReadItem {
  const skills = skillFlags(clauses);
  const goals = goalFlags(clauses);
  return {
    item,
    whole: clauses.map((c) => c.norm).join('，'),
    clauses: clauses.map((clause, i) => ({
      clause,
      // The clause as phrasings read it: without the rules the work follows (按…规范).
      match: o.noise ? withoutBasis(clause.norm) : clause.norm,
      skill: o.noise && skills[i]!,
      goal: o.noise && goals[i]!,
      goalParts: clause.parts.map((p) => o.noise && clause.parts.length > 1 && (goalClause(p.norm) || skillClause(p.norm))),
      // A list clause is compared whole and part by part: a part may say one duty exactly.
      pieces: o.similarity && (model.bare || !o.phrasings)
        ? (clause.parts.length > 1 ? [clause, ...clause.parts] : [clause]).map((p) => ({ text: p.text, sims: similarities(p.norm, model, index) }))
        : [],
    })),
  };
}

function readItem(r: ReadItem, duty: DutyModel, o: Required<CoverOptions>): Hit | null {
  if (o.marks && duty.nots.some((m) => markMatches(m, r.whole))) return null;
  if (o.marks && duty.covers.some((m) => markMatches(m, r.whole))) return { score: 1, clause: r.item, via: 'mark' };
  const bare = !o.phrasings || !duty.phrasings.length;
  let best: Hit | null = null;
  for (const { clause, match, skill, goal, goalParts, pieces } of r.clauses) {
    if (skill || (goal && !duty.ownsTargets)) continue;
    if (o.marks && duty.nots.some((m) => markMatches(m, clause.norm))) continue;
    if (o.marks && duty.covers.some((m) => markMatches(m, clause.norm))) return { score: 1, clause: clause.text, via: 'mark' };
    if (o.phrasings) {
      for (const p of duty.phrasings) {
        const anchor = matchPhrasing(p, match, o.span);
        if (anchor < 0 || onlyGeneric(p, match)) continue;
        const part = partAt(clause, anchor);
        if (part >= 0 && goalParts[part] && !duty.ownsTargets) continue;
        return { score: 1, clause: part >= 0 ? clause.parts[part]!.text : clause.text, via: 'phrasing', pattern: p.source };
      }
    }
    if (!bare) continue;
    for (const piece of pieces) {
      const sim = piece.sims[duty.at]!;
      if (sim >= o.bareThreshold && (!best || sim > best.score + 1e-12)) best = { score: sim, clause: piece.text, via: 'similarity' };
    }
  }
  return best;
}

const DEFAULTS: Required<CoverOptions> = { bareThreshold: BARE_THRESHOLD, span: PHRASING_SPAN, clauses: true, phrasings: true, similarity: true, marks: true, noise: true };

export function coverItems(index: MatcherIndex, role: Role, items: readonly string[], options: CoverOptions = {}): Coverage {
  const o = { ...DEFAULTS, ...options };
  const model = roleModel(index, role);
  const duties = model.duties;
  const covered: CoverPair[] = [];
  const ignored: Coverage['ignored'] = [];
  const coveringItems = new Set<number>();
  const read = items.map((item, itemIndex) => {
    const reason = o.noise ? noiseReason(item) : null;
    if (reason) ignored.push({ itemIndex, item, reason });
    if (reason) return null;
    const clauses = splitClauses(item);
    // Without clause splitting the item is one clause (for measuring what splitting earns).
    if (!o.clauses && clauses.length) {
      const norm = clauses.map((c) => c.norm).join('，');
      return prepareItem(item, [{ text: item, norm, parts: [{ text: item, norm }] }], model, index, o);
    }
    return clauses.length ? prepareItem(item, clauses, model, index, o) : null;
  });
  for (const duty of duties) {
    read.forEach((r, itemIndex) => {
      if (!r) return;
      const hit = readItem(r, duty, o);
      if (!hit) return;
      coveringItems.add(itemIndex);
      covered.push({ dutyId: duty.id, itemIndex, item: items[itemIndex]!, similarity: round3(hit.score), clause: hit.clause, via: hit.via, ...(hit.pattern ? { pattern: hit.pattern } : {}) });
    });
  }
  const coveredDuties = new Set(covered.map((c) => c.dutyId));
  return {
    covered,
    missing: duties.filter((d) => !coveredDuties.has(d.id)).map((d) => d.id),
    extra: items.map((item, itemIndex) => ({ item, itemIndex })).filter(({ itemIndex }) => read[itemIndex] && !coveringItems.has(itemIndex)),
    ignored,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
