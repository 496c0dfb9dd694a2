import type { Duty, Education, Specialty, YearsRange } from '../../db/schemas';

/**
 * The shape of one built-in role as written in lib/roles/data/*.ts. It is the stored Role minus
 * the bookkeeping fields (origin, builtinVersion, edited, timestamps), plus `since`: the library
 * version that first shipped the role, so an upgrade can tell a new role from one the user deleted.
 */
export interface LibraryRole {
  id: string;
  nameZh: string;
  nameEn: string;
  department: string;
  since: number;
  aliases: string[];
  duties: Duty[];
  requirements: {
    experienceYears: YearsRange | null;
    education: Education | null;
    skills: string[];
    items: Duty[];
  };
  sources: { file: string; heading: string }[];
  specialties?: Specialty[];
}

/** The five seed documents (../shared/seeds/), by their file names. */
export const SEED = {
  tmallTeams: '000_269507196cee2504.txt',
  selfRunStores: '001_67690866d0ae2e14.txt',
  teamChartTw: '002_c0684d4773788498.txt',
  basicOrg: '003_1ac3c4ac26cda1ff.txt',
  taobaoTeamTw: '004_08977e0779490be7.txt',
  /** Not a seed: duties written from common practice where the seeds only name the job. */
  general: 'general-knowledge',
} as const;

/** A duty or requirement item: id, Chinese text, English text. */
export function d(id: string, text: string, textEn: string): Duty {
  return { id, text, textEn };
}

export function years(min: number | null, max: number | null = null): YearsRange {
  return { min, max };
}
