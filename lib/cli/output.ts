import type { ExtractedWithBody, ExtractionResult } from '../extract/types';
import type { RoleScore } from '../db/schemas';

/**
 * The CLI's JSON for one posting. Kept in this one function so the role matcher (issue 4) adds
 * `role` and `candidates` here and nowhere else.
 */
export interface CliPosting extends Omit<ExtractedWithBody, 'body'> {
  role: RoleScore | null;
  candidates: RoleScore[];
}

export function postingOutput(p: ExtractedWithBody): CliPosting {
  const { body: _body, ...fields } = p;
  return { ...fields, role: null, candidates: [] };
}

export function resultOutput(r: ExtractionResult): { notJob: ExtractionResult['notJob']; postings: CliPosting[] } {
  return { notJob: r.notJob, postings: r.postings.map(postingOutput) };
}
