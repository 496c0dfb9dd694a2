import type { Role } from '../db/schemas';
import { normalizedItemTerms } from './align';
import { splitClauses, type Clause } from './clauses';
import { dot, unitVector, type Vector } from './features';
import { compileMark, markMatches, type CompiledMark } from './marks';
import type { MatcherIndex } from './matcher-index';
import { goalClause, noiseReason, skillClause, type NoiseReason } from './noise';
import { compilePhrasings, matchPhrasing, type Phrasing } from './phrasings';

/**
 * Which of an ad's duty items cover which of a role's duties: many to many. Each item is cut into
 * clauses (clauses.ts) and each clause is read against every duty:
 * - a phrasing of the duty matches it (the duty's activity and object, in the ad's words), or
 * - the user marked the same sentence as covering the duty (marks.ts), or
 * - its term similarity to the duty's own text reaches the threshold;
 * unless the user marked the sentence as not that duty. An item covers every duty one of its
 * clauses covers; a duty lists every item that covers it, each with the clause that matched. An
 * item is extra only when it covers no duty, and noise (pay lines, headings, junk: noise.ts) is set
 * aside before any of this, so it is neither a cover nor an extra.
 */

/**
 * COVER_THRESHOLD: the term-similarity (cosine) a clause needs to cover a duty without a phrasing.
 * Phrasing and mark matches count as 1. Calibrated by `npm run eval -- align` (see README).
 */
export const COVER_THRESHOLD = 0.45;

export type CoverVia = 'phrasing' | 'mark' | 'similarity';

export interface CoverPair {
  dutyId: string;
  itemIndex: number;
  item: string;
  /** 1 for a phrasing or a mark, else the clause's cosine with the duty's text. */
  similarity: number;
  /** The words of the item that matched: a list part, a clause, or the whole item. */
  clause: string;
  via: CoverVia;
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
  threshold?: number;
  clauses?: boolean;
  phrasings?: boolean;
  similarity?: boolean;
  marks?: boolean;
  noise?: boolean;
}

interface DutyModel {
  id: string;
  /** The duty is about owning targets (its text names 目标 or 指标): goal clauses may cover it. */
  ownsTargets: boolean;
  vector: Vector;
  phrasings: Phrasing[];
  covers: CompiledMark[];
  nots: CompiledMark[];
}

const TARGET_DUTY = /目标|指标|target|kpi/i;

const models = new WeakMap<MatcherIndex, Map<string, DutyModel[]>>();

/** The role's duties ready to compare, built once per index (the index is rebuilt on any change). */
export function dutyModels(index: MatcherIndex, role: Role): DutyModel[] {
  let byRole = models.get(index);
  if (!byRole) models.set(index, (byRole = new Map()));
  const hit = byRole.get(role.id);
  if (hit) return hit;
  const vectors = new Map((index.duties.get(role.id) ?? []).map((d) => [d.id, d.vector]));
  const built = role.duties.map((d) => {
    const own = (d.marks ?? []).map(compileMark);
    return {
      id: d.id,
      ownsTargets: TARGET_DUTY.test(d.text),
      vector: vectors.get(d.id) ?? new Map(),
      phrasings: compilePhrasings(d.phrasings ?? []),
      covers: own.filter((m): m is CompiledMark => m?.polarity === 'covers'),
      nots: own.filter((m): m is CompiledMark => m?.polarity === 'not'),
    };
  });
  byRole.set(role.id, built);
  return built;
}

interface Hit {
  score: number;
  clause: string;
  via: CoverVia;
}

/** The part of a clause holding a phrasing's anchor word, so the user sees the words that matched. */
function partAt(clause: Clause, anchor: number): string {
  let at = 0;
  for (const part of clause.parts) {
    const start = clause.norm.indexOf(part.norm, at);
    if (start >= 0 && anchor >= start && anchor < start + part.norm.length) return part.text;
    if (start >= 0) at = start + part.norm.length;
  }
  return clause.text;
}

function readItem(item: string, clauses: Clause[], duty: DutyModel, index: MatcherIndex, o: Required<CoverOptions>): Hit | null {
  const whole = clauses.map((c) => c.norm).join('，');
  if (o.marks && duty.nots.some((m) => markMatches(m, whole))) return null;
  if (o.marks) {
    if (duty.covers.some((m) => markMatches(m, whole))) return { score: 1, clause: item, via: 'mark' };
  }
  let best: Hit | null = null;
  for (const clause of clauses) {
    if (o.noise && (skillClause(clause.norm) || (!duty.ownsTargets && goalClause(clause.norm)))) continue;
    if (o.marks && duty.nots.some((m) => markMatches(m, clause.norm))) continue;
    if (o.marks && duty.covers.some((m) => markMatches(m, clause.norm))) return { score: 1, clause: clause.text, via: 'mark' };
    if (o.phrasings) {
      for (const p of duty.phrasings) {
        const anchor = matchPhrasing(p, clause.norm);
        if (anchor >= 0) return { score: 1, clause: partAt(clause, anchor), via: 'phrasing' };
      }
    }
    if (o.similarity) {
      for (const piece of clause.parts.length > 1 ? [clause, ...clause.parts] : [clause]) {
        const s = dot(unitVector(normalizedItemTerms(piece.norm), index.itemIdf), duty.vector);
        if (s >= o.threshold && (!best || s > best.score + 1e-12)) best = { score: s, clause: piece.text, via: 'similarity' };
      }
    }
  }
  return best;
}

const DEFAULTS: Required<CoverOptions> = { threshold: COVER_THRESHOLD, clauses: true, phrasings: true, similarity: true, marks: true, noise: true };

export function coverItems(index: MatcherIndex, role: Role, items: readonly string[], options: CoverOptions = {}): Coverage {
  const o = { ...DEFAULTS, ...options };
  const duties = dutyModels(index, role);
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
      return [{ text: item, norm, parts: [{ text: item, norm }] }];
    }
    return clauses;
  });
  for (const duty of duties) {
    read.forEach((clauses, itemIndex) => {
      if (!clauses?.length) return;
      const hit = readItem(items[itemIndex]!, clauses, duty, index, o);
      if (!hit) return;
      coveringItems.add(itemIndex);
      covered.push({ dutyId: duty.id, itemIndex, item: items[itemIndex]!, similarity: round3(hit.score), clause: hit.clause, via: hit.via });
    });
  }
  const coveredDuties = new Set(covered.map((c) => c.dutyId));
  return {
    covered,
    missing: duties.filter((d) => !coveredDuties.has(d.id)).map((d) => d.id),
    extra: items.map((item, itemIndex) => ({ item, itemIndex })).filter(({ itemIndex }) => read[itemIndex] && read[itemIndex]!.length && !coveringItems.has(itemIndex)),
    ignored,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
