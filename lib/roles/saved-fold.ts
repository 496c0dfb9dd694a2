import { addScaled, countTerms, termsOf, unit, weigh, type Vector } from './features';

/**
 * How saved postings shape their role's profile in the matcher (matcher-index.ts), in pieces that
 * can be kept: each posting's term counts (computed once, when it is saved or edited) and each
 * role's fold of them (its mean vector and the set of its terms), so the popup reads one folded
 * row per library instead of every saved posting (profile-store.ts keeps them current).
 */

/** A saved posting as the index reads it. */
export interface SavedPostingLike {
  roleId: string | null;
  roleAssignedBy?: 'matcher' | 'user' | null;
  title: string;
  duties: string[];
  requirements: string[];
  body?: string;
}

// Matcher-assigned clips count half (they echo the matcher); matcher-index.ts weighs the whole.
const MATCHER_ASSIGNED_WEIGHT = 0.5;
// Enough clips to shape a role's profile; bounded so a huge library still folds in milliseconds.
export const MAX_SAVED_PER_ROLE = 200;
const MAX_BODY_CHARS = 4000;

/** One saved posting's part in its role's profile. */
export interface SavedClip {
  counts: Vector;
  weight: number;
}

/** A role's saved postings folded: what the index needs of them, whatever their number. */
export interface SavedFold {
  /** Every term of the role's kept postings: they join the role's document for the idf. */
  terms: readonly string[];
  /** The unit mean of the postings' unit tf-idf vectors, weighed by the idf they were folded with. */
  mean: Vector;
  /** The postings' summed weights (user-assigned 1, matcher-assigned 0.5). */
  total: number;
}

function savedText(p: SavedPostingLike): string {
  const items = [...p.duties, ...p.requirements];
  return [p.title, ...(items.length ? items : [(p.body ?? '').slice(0, MAX_BODY_CHARS)])].join('\n');
}

export function clipOf(p: SavedPostingLike): SavedClip {
  return { counts: countTerms(termsOf(savedText(p))), weight: p.roleAssignedBy === 'user' ? 1 : MATCHER_ASSIGNED_WEIGHT };
}

/**
 * The order in which a role keeps its saved postings: the user's own assignments first, then the
 * newest; ties by id (the order the roleId index lists them in). The first MAX_SAVED_PER_ROLE count.
 */
export function savedOrder(a: { user: boolean; clippedAt: number; id: string }, b: { user: boolean; clippedAt: number; id: string }): number {
  return Number(b.user) - Number(a.user) || b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every term of the clips, once: their part in the role's document for the idf. */
export function termUnion(clips: readonly SavedClip[]): string[] {
  const set = new Set<string>();
  for (const c of clips) for (const t of c.counts.keys()) set.add(t);
  return [...set];
}

/** The clips folded with the idf of the index they join. */
export function foldClips(clips: readonly SavedClip[], idf: (term: string) => number): SavedFold {
  const mean: Vector = new Map();
  let total = 0;
  for (const c of clips) {
    addScaled(mean, unit(weigh(c.counts, idf)), c.weight);
    total += c.weight;
  }
  return { terms: termUnion(clips), mean: unit(mean), total };
}
