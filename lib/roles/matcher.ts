import type { RoleScore } from '../db/schemas';
import { normalizeForMatch } from '../text/normalize';
import { alignItems } from './align';
import { countTerms, termsOfNormalized, unit, weigh, type Vector } from './features';
import type { ClassProfile, MatcherIndex } from './matcher-index';
import { explainTerms } from './explain';
import { readTitle, type TitleReading } from './titles';
import type { MatchInput, MatchResult } from './types';
// The model's code comes with the model (model.read, model.evidence): not in the popup's first script.
import { OUTSIDE_CLASS, type BodyReading } from './body-types';
import { blender, combine, OTHER_JOBS } from './blend';
import { abstainReason, ruleFor, ruleOf } from './rule';

/**
 * Ranks the roles for one posting. Each class (a role, an outside family: lib/roles/outside.ts, or
 * the body model's background class: blend.ts) gets
 *   score = titleWeight * title + (1 - titleWeight) * body      (when the title has an alias)
 *   score = body                                                (when it has none)
 * `title` is 1 when the class owns the title's head alias (titles.ts), AMBIGUOUS_HEAD when that
 * alias also sits inside another class's aliases (bare 运营), SECONDARY_TITLE for another alias
 * in the title. `body` starts from the library cosine: the posting's tf-idf vector (title words
 * x3, duties x1, requirements x0.5) against the class's profile, divided by BODY_FULL and capped
 * at 1. With the body model loaded (index.bodyModel) it is blended with the model's probability
 * (blend.ts), and titleWeight, the threshold and the margin are the model's calibration
 * (scripts/train-body-model.ts); without it they are the library-only values below and in rule.ts.
 *
 * The library-only weights were set by hand and checked on a coarse grid (title weight 0.5-0.8,
 * BODY_FULL 0.3-0.6, each with its own calibrated threshold and margin): the best objective moved by
 * under 0.001. The decision rule: rule.ts.
 */
export const TITLE_WEIGHT = 0.6;
export const BODY_FULL = 0.45;
export const SECONDARY_TITLE = 0.35;
export const AMBIGUOUS_HEAD = 0.7;
/** Each role of a title that lists jobs of several roles: they lead the others, the body decides among them. */
export const LISTED_JOB = 0.5;
export { THRESHOLD, MARGIN, abstainReason, ruleFor, ruleOf, type AbstainReason } from './rule';

export interface ScoreWeights {
  titleWeight: number;
  bodyFull: number;
  secondaryTitle: number;
  ambiguousHead: number;
}
export const WEIGHTS: ScoreWeights = {
  titleWeight: TITLE_WEIGHT,
  bodyFull: BODY_FULL,
  secondaryTitle: SECONDARY_TITLE,
  ambiguousHead: AMBIGUOUS_HEAD,
};

export interface MatchOptions {
  threshold?: number;
  margin?: number;
  /** Compute evidence terms and duties (default true). The CLI's role fields do not need them. */
  evidence?: boolean;
}

export interface Scored {
  cls: ClassProfile;
  score: number;
  title: number;
  /** The body evidence: the library cosine, blended with the body model when it is loaded. */
  body: number;
  /** The body model's probability for this class (null: no model, or a class it does not know). */
  model: number | null;
}

// In the body vector the title's own words count thrice (the ad's name for the job) and the
// requirements half (they are much alike across roles: 沟通能力, 团队合作, 本科).
// Intl.Segmenter words (3+ characters) are added for the title and the library's profiles;
// segmenting the duties and requirements as well changed no figure on roles-dev and costs about
// 0.2 ms a posting, so the rest of the ad is read as character bigrams and Latin words only.
const TITLE_TERMS = 3;
const REQUIREMENT_TERMS = 0.5;

// Untrusted input: a posting's gist is in its first pages; longer text only costs time.
const MAX_TITLE = 500;
const MAX_TEXT = 20_000;

/** The posting's term counts: title, duties and requirements, or the raw body when nothing was split. */
function bodyCounts(input: MatchInput): { counts: Vector; text: string } {
  const counts: Vector = new Map();
  const title = normalizeForMatch((input.title ?? '').slice(0, MAX_TITLE));
  countTerms(termsOfNormalized(title, { segment: true }), counts, TITLE_TERMS);
  const reqs = [...input.requirements, ...(input.preferred ?? [])];
  const itemChars = [...input.duties, ...reqs].reduce((n, s) => n + s.length, 0);
  // Thin extraction (a few short items) would hide most of the ad: read the whole text then.
  if (itemChars < 60 && input.body) {
    const body = normalizeForMatch(input.body.slice(0, MAX_TEXT));
    countTerms(termsOfNormalized(body), counts);
    return { counts, text: `${title}\n${body}` };
  }
  const duties = normalizeForMatch(input.duties.join('\n').slice(0, MAX_TEXT));
  const requirements = normalizeForMatch(reqs.join('\n').slice(0, MAX_TEXT));
  countTerms(termsOfNormalized(duties), counts);
  countTerms(termsOfNormalized(requirements), counts, REQUIREMENT_TERMS);
  return { counts, text: `${title}\n${duties}\n${requirements}` };
}

function titleScores({ hits, head, jobs }: TitleReading, w: ScoreWeights): Map<string, number> {
  const out = new Map<string, number>();
  const put = (id: string, v: number) => out.set(id, Math.max(out.get(id) ?? 0, v));
  for (const h of hits) put(h.entry.classId, w.secondaryTitle * (h.qualifier ? 0.7 : 1));
  for (const j of jobs) put(j.entry.classId, LISTED_JOB);
  if (head) put(head.entry.classId, head.entry.ambiguous && !head.entry.learned ? w.ambiguousHead : 1);
  return out;
}

export interface Ranking {
  /** Every class, best first. */
  scored: Scored[];
  reading: ReturnType<typeof readTitle>;
  normBody: string;
  query: Vector;
  /** The body model's reading, when the index has a model and the body has its terms. */
  body: BodyReading | null;
  /** The title named a job the alias table knows (the titled rule applies). */
  titled: boolean;
  /** The title is worded as a post but no alias explains it: a job the library does not know (rule.ts ruleFor). */
  unexplained: boolean;
}

/** All classes scored, best first (no decision yet). */
export function rankClasses(index: MatcherIndex, input: MatchInput, w: ScoreWeights = WEIGHTS): Ranking {
  const reading = readTitle((input.title ?? '').slice(0, MAX_TITLE), index.aliases, index.aliasLookup);
  const { counts, text: normBody } = bodyCounts(input);
  const query: Vector = unit(weigh(counts, index.classIdf));
  // Cosines with every class in one pass over the posting's terms.
  const cosines = new Float64Array(index.classes.length);
  for (const [t, q] of query) for (const p of index.postingsByTerm.get(t) ?? []) cosines[p.cls]! += q * p.weight;
  // A modifier read as the head (培训|运营) must be borne out by the body; else the generic head stands.
  // A title alone has no body to bear it out (its own words would decide the cosines): the reading stands.
  const hasBody = input.duties.length + input.requirements.length > 0 || !!input.body?.trim();
  if (reading.displaced && reading.head && hasBody) {
    const cosineOf = (id: string) => cosines[index.classes.findIndex((c) => c.id === id)] ?? 0;
    if (cosineOf(reading.displaced.entry.classId) > cosineOf(reading.head.entry.classId)) {
      reading.head = reading.displaced;
      reading.displaced = null;
    }
  }
  const tScores = titleScores(reading, w);
  const titled = tScores.size > 0;
  const model = index.bodyModel ?? null;
  const body = model ? model.read(input) : null;
  const cal = model?.calibration ?? null;
  const titleWeight = cal ? cal.titleWeight : w.titleWeight;
  const bodyOf = blender(cal, body, model?.classes ?? []);
  const scored: Scored[] = index.classes.map((cls, i) => {
    const title = tScores.get(cls.id) ?? 0;
    const blended = bodyOf(cls, Math.min(1, cosines[i]! / w.bodyFull));
    return { cls, title, ...blended, score: combine(titled, titleWeight, title, blended.body) };
  });
  if (model && model.classes.includes(OUTSIDE_CLASS)) {
    const blended = bodyOf(OTHER_JOBS, 0);
    scored.push({ cls: OTHER_JOBS, title: 0, ...blended, score: combine(titled, titleWeight, 0, blended.body) });
  }
  scored.sort((a, b) => b.score - a.score || a.cls.id.localeCompare(b.cls.id));
  return { scored, reading, normBody, query, body, titled, unexplained: !titled && reading.namesPost };
}

export function matchPosting(index: MatcherIndex, input: MatchInput, options: MatchOptions = {}): MatchResult {
  const { scored, reading, normBody, query, body, titled, unexplained } = rankClasses(index, input);
  const rule = ruleFor(ruleOf(index), titled, unexplained);
  const reason = abstainReason(scored, { threshold: options.threshold ?? rule.threshold, margin: options.margin ?? rule.margin });
  const roles = scored.filter((s) => s.cls.kind === 'role');
  const candidates: RoleScore[] = roles
    .slice(0, 3)
    .filter((s) => s.score > 0)
    .map((s) => ({ id: s.cls.id, score: round3(s.score) }));
  const top = scored[0]!;
  const topRole = roles[0];

  const explained = topRole && topRole.score > 0 ? topRole : null;
  const explain = options.evidence !== false && explained;
  const head = reading.head && explained && reading.head.entry.classId === explained.cls.id ? reading.head : null;
  const dutyVectors = explain ? index.duties.get(explained.cls.id) : undefined;
  const duties = dutyVectors
    ? alignItems(input.duties.length ? input.duties : input.requirements, dutyVectors, index)
        .covered.sort((a, b) => b.similarity - a.similarity)
        .slice(0, 3)
        .map((c) => c.dutyId)
    : [];

  return {
    role: reason ? null : { id: top.cls.id, score: round3(top.score) },
    candidates,
    evidence: {
      alias: head ? { text: head.entry.text, roleId: head.entry.classId, learned: head.entry.learned } : null,
      terms: !explain
        ? []
        : body && index.bodyModel?.classes.includes(explained.cls.id)
          ? index.bodyModel.evidence(body, explained.cls.id)
          : explainTerms(normBody, query, explained.cls.vector, explained.cls.phrases()),
      duties,
      abstainReason: reason,
      outside: top && top.cls.kind === 'outside' ? { id: top.cls.id, label: top.cls.label } : null,
      listedJobs: reading.listed,
    },
  };
}

function round3(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
