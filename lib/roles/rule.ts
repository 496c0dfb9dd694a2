import type { MatcherIndex } from './matcher-index';
import type { MatchResult } from './types';

/**
 * When the matcher dares name a role. A role is assigned only when the best class is a role (not
 * an outside family nor the body model's background class), its score reaches the threshold, and
 * it leads the runner-up (any class) by the margin; otherwise role is null, the candidates still
 * list the likeliest roles, and the evidence says why.
 *
 * A posting whose title names a job the alias table knows is scored with the title (its scores run
 * higher); one without (no title, or one no alias explains) on its body alone: each kind has its
 * own threshold and margin. With the body model both pairs come from its calibration
 * (scripts/train-body-model.ts); the library-only matcher uses LIBRARY_RULE for both.
 */

export interface Rule {
  threshold: number;
  margin: number;
}

export interface DecisionRule {
  titled: Rule;
  untitled: Rule;
}

/**
 * The library-only rule (no body model), calibrated on roles-dev.jsonl when the matcher read
 * titles and the library alone: at margin 0.15 every threshold from 0.05 to 0.41 reached the best
 * value of the mean of micro accuracy, macro accuracy and abstention; 0.32 sits inside that plateau.
 */
export const THRESHOLD = 0.32;
export const MARGIN = 0.15;
export const LIBRARY_RULE: DecisionRule = { titled: { threshold: THRESHOLD, margin: MARGIN }, untitled: { threshold: THRESHOLD, margin: MARGIN } };

/**
 * The rule for one posting. A title worded as a post (交付经理, 城市主管, 质检专员) that no alias
 * explains names a job the library does not know: the body alone scores it, as for an ad with no
 * title, but that body has to make the case against its own title, so the more cautious of the two
 * rules applies (the higher threshold, the higher margin). On roles-dev such titles are mostly jobs
 * outside the team (41 of 54), and the ones of ours among them score high on their body (tech ads
 * with nothing but a technology in the title).
 */
export function ruleFor(rule: DecisionRule, titled: boolean, unexplained: boolean): Rule {
  if (titled) return rule.titled;
  if (!unexplained) return rule.untitled;
  return { threshold: Math.max(rule.titled.threshold, rule.untitled.threshold), margin: Math.max(rule.titled.margin, rule.untitled.margin) };
}

/** The rule in force for an index: the body model's calibration, or the library-only rule. */
export function ruleOf(index: Pick<MatcherIndex, 'bodyModel'>): DecisionRule {
  const c = index.bodyModel?.calibration;
  return c ? { titled: c.titled, untitled: c.untitled } : LIBRARY_RULE;
}

export type AbstainReason = MatchResult['evidence']['abstainReason'];

interface Ranked {
  cls: { kind: 'role' | 'outside' };
  score: number;
}

/** The rule on a ranking (best first): null when the role may be assigned, else why not. */
export function abstainReason(scored: readonly Ranked[], rule: Rule = LIBRARY_RULE.titled): AbstainReason {
  const top = scored[0];
  const second = scored[1];
  if (!top || top.score === 0) return 'no-evidence';
  if (top.cls.kind === 'outside' || top.score < rule.threshold) return 'low-score';
  if (second && top.score - second.score < rule.margin) return 'small-margin';
  return null;
}
