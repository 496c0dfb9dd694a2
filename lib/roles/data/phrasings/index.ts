import { contentPhrasings } from './content';
import { functionsPhrasings } from './functions';
import { operationsPhrasings } from './operations';
import { servicePhrasings } from './service';
import type { DutyPhrasings } from './types';

export type { DutyPhrasings } from './types';

/**
 * Every built-in duty's phrasings (library v3), by duty id. Kept apart from the duties' text so the
 * duties stay readable; lib/roles/library.ts joins them. Written by hand from the candidates that
 * scripts/mine-phrasings.ts lists (README: "Duty phrasings"); no ad text is copied in.
 */
export const DUTY_PHRASINGS: DutyPhrasings = {
  ...operationsPhrasings,
  ...contentPhrasings,
  ...servicePhrasings,
  ...functionsPhrasings,
};
