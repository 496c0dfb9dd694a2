import type { JdSection } from './context';

/** What a flag is about: the seven protected grounds, then the two quality notes. */
export type JdCategory = 'gender' | 'age' | 'marital' | 'household' | 'ethnicity' | 'health' | 'appearance' | 'filler' | 'salary';

/** forbidden: a statute bans it; discouraged: discriminatory, regulators warn against it; advice: makes the ad worse. */
export type JdSeverity = 'forbidden' | 'discouraged' | 'advice';

export interface Reason {
  zh: string;
  en: string;
}

/** A stretch of the normalised item text that a rule flags. */
export interface Hit {
  start: number;
  end: number;
  /** Which reading of the rule matched ("standalone", "range"…): for reviews and the eval's attribution. */
  shape: string;
}

/** What a rule sees of one item: its comparison form and where it sits in the ad. */
export interface RuleInput {
  /** Simplified, half-width, lower-case, invisible characters gone; offsets map back to the original. */
  norm: string;
  section: JdSection;
  /** The ad's title in comparison form ('' when it has none). */
  title: string;
}

export interface JdRule {
  id: string;
  category: JdCategory;
  severity: JdSeverity;
  /** Also read in duty items. Duties describe the work, so only unmistakable conditions count there. */
  inDuties: boolean;
  find(input: RuleInput): Hit[];
  reason: Reason;
}
