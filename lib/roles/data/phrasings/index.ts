import { contentPhrasings } from './content';
import { functionsPhrasings } from './functions';
import { operationsPhrasings } from './operations';
import { servicePhrasings } from './service';
import { PHRASING_EDITS } from './edits';
import { applyPhrasingEdits, type DutyPhrasings } from './types';

export type { DutyPhrasings, PhrasingEdit } from './types';
export { applyPhrasingEdits } from './types';
export { PHRASING_EDITS } from './edits';

/**
 * Every built-in duty's phrasings, by duty id: the v3 patterns of this folder with the later edits
 * (edits.ts) applied. Kept apart from the duties' text so the duties stay readable;
 * lib/roles/library.ts joins them. Written by hand from the candidates that
 * scripts/mine-phrasings.ts lists (README: "Duty phrasings"); no ad text is copied in.
 */
const V3: DutyPhrasings = {
  ...operationsPhrasings,
  ...contentPhrasings,
  ...servicePhrasings,
  ...functionsPhrasings,
};

export const DUTY_PHRASINGS: DutyPhrasings = Object.fromEntries(
  Object.entries(V3).map(([duty, phrasings]) => [duty, applyPhrasingEdits(duty, phrasings, PHRASING_EDITS)]),
);
