/** Duty id -> its phrasings (patterns: lib/roles/phrasings.ts). */
export type DutyPhrasings = Readonly<Record<string, readonly string[]>>;
