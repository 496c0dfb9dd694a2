import type { ExtractedWithBody, ExtractionResult } from '../extract/types';
import type { RoleScore } from '../db/schemas';
import { roleFieldsOf } from '../roles/analyze';
import { builtinMatcherIndex } from '../roles/builtin-index';
import type { MatcherIndex } from '../roles/matcher-index';

/**
 * The CLI's JSON for one posting. Kept in this one function so the role matcher (issue 4) adds
 * `role` and `candidates` here and nowhere else.
 */
export interface CliPosting extends Omit<ExtractedWithBody, 'body'> {
  role: RoleScore | null;
  candidates: RoleScore[];
}

export function postingOutput(p: ExtractedWithBody, index: MatcherIndex = builtinMatcherIndex()): CliPosting {
  const { body: _body, ...fields } = p;
  const { role, candidates } = roleFieldsOf(index, p);
  return { ...fields, role, candidates };
}

export function resultOutput(
  r: ExtractionResult,
  index: MatcherIndex = builtinMatcherIndex(),
): { notJob: ExtractionResult['notJob']; postings: CliPosting[] } {
  return { notJob: r.notJob, postings: r.postings.map((p) => postingOutput(p, index)) };
}
