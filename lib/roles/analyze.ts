import type { RoleScore } from '../db/schemas';
import type { ExtractedWithBody } from '../extract/types';
import type { MatcherIndex } from './matcher-index';
import { matchPosting } from './matcher';
import type { MatchInput, MatchResult } from './types';

/**
 * The bridge from the extraction engine to the matcher, shared by `analyze` (CLI), the eval and
 * the extension, so all three fill `role` and `candidates` the same way.
 */
export function matchInputOf(p: Pick<ExtractedWithBody, 'title' | 'duties' | 'requirements' | 'preferred' | 'body'>): MatchInput {
  return { title: p.title, duties: p.duties, requirements: p.requirements, preferred: p.preferred, body: p.body };
}

export function roleFieldsOf(index: MatcherIndex, posting: Parameters<typeof matchInputOf>[0]): {
  role: RoleScore | null;
  candidates: RoleScore[];
  match: MatchResult;
} {
  // role and candidates only: the evidence (duty alignment, terms) is the popup's, on demand.
  const match = matchPosting(index, matchInputOf(posting), { evidence: false });
  return { role: match.role, candidates: match.candidates, match };
}
