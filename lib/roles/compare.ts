import { EDUCATION_LEVELS, type Education, type ExtractedPosting, type YearsRange } from '../db/schemas';
import { DEFAULT_SKILLS } from '../extract/skills';
import { normalizeForMatch } from '../text/normalize';
import { alignItems, SIMILARITY_THRESHOLD } from './align';
import { coverItems, type CoverOptions } from './cover';
import { pickScope } from './specialty';
import type { MatcherIndex } from './matcher-index';
import type { Comparison, ValueDiff } from './types';

/**
 * Duty-level comparison of one posting with one role: which canonical duties the ad covers (and
 * with which of its items), which it lacks, which of its items no duty covers, and how its
 * requirements (years, education, skills) differ from the role's typical ones. Deterministic: the
 * same posting and role give the same report. Duties are covered many to many (cover.ts: clauses,
 * phrasings, the user's marks); requirement items keep align.ts's best-item similarity.
 */

export type ComparedPosting = Pick<ExtractedPosting, 'duties' | 'requirements' | 'experienceYears' | 'education' | 'skills'> & {
  /** The ad's title: it names the specialty of a broad role (测试工程师). */
  title?: string;
};

export class UnknownRoleError extends Error {
  constructor(roleId: string) {
    super(`unknown role ${roleId}`);
    this.name = 'UnknownRoleError';
  }
}

export function compareWithRole(
  index: MatcherIndex,
  roleId: string,
  posting: ComparedPosting,
  options: CoverOptions = {},
): Comparison {
  const role = index.roles.get(roleId);
  if (!role) throw new UnknownRoleError(roleId);
  const duties = coverItems(index, role, posting.duties, options);
  // Requirement items keep the one-best-item alignment: they are short single statements, and no
  // judged set measures them yet.
  const reqs = alignItems(posting.requirements, index.requirementItems.get(roleId) ?? [], index, SIMILARITY_THRESHOLD);
  const skills = compareSkills(posting.skills, role.requirements.skills);
  const coveredIds = new Set(duties.covered.map((c) => c.dutyId));
  const picked = pickScope(role, posting, coveredIds);
  const scope = picked && {
    specialties: picked.specialties,
    duties: picked.duties,
    coverage: { covered: picked.duties.filter((id) => coveredIds.has(id)).length, total: picked.duties.length },
    missing: picked.duties.filter((id) => !coveredIds.has(id)),
    skillsRoleOnly: compareSkills(posting.skills, picked.skills).roleOnly,
  };
  return {
    roleId,
    covered: duties.covered,
    missing: duties.missing,
    extra: duties.extra,
    ignored: duties.ignored,
    coverage: { covered: coveredIds.size, total: role.duties.length },
    scope,
    requirements: {
      covered: reqs.covered,
      missing: reqs.missing,
      extra: reqs.extra,
      experience: compareYears(posting.experienceYears, role.requirements.experienceYears),
      education: compareEducation(posting.education, role.requirements.education),
      skills,
    },
  };
}

/** Years compare by their floor ("3-5年" asks for 3): that is what screens candidates out. */
export function compareYears(posting: YearsRange | null, role: YearsRange | null): ValueDiff<YearsRange> {
  const p = posting?.min ?? null;
  const r = role?.min ?? null;
  const diff = p === null || r === null ? 'unknown' : p > r ? 'higher' : p < r ? 'lower' : 'same';
  return { posting, role, diff };
}

export function compareEducation(posting: Education | null, role: Education | null): ValueDiff<Education> {
  if (posting === null || role === null) return { posting, role, diff: 'unknown' };
  const p = EDUCATION_LEVELS.indexOf(posting);
  const r = EDUCATION_LEVELS.indexOf(role);
  return { posting, role, diff: p > r ? 'higher' : p < r ? 'lower' : 'same' };
}

// Skill names the extraction engine would give each spelling (mysql -> SQL, ps -> Photoshop), so a
// role's "MySQL" and an ad's "SQL" are one skill.
let canonical: Map<string, string> | null = null;
function skillKey(name: string): string {
  if (!canonical) {
    canonical = new Map();
    for (const e of DEFAULT_SKILLS) {
      const key = normalizeForMatch(e.name);
      for (const a of [e.name, ...e.aliases, ...(e.ambiguous?.aliases ?? [])]) canonical.set(normalizeForMatch(a), key);
    }
  }
  const n = normalizeForMatch(name).trim();
  return canonical.get(n) ?? n;
}

export function compareSkills(posting: readonly string[], role: readonly string[]): Comparison['requirements']['skills'] {
  const roleKeys = new Map<string, string>();
  for (const s of role) if (!roleKeys.has(skillKey(s))) roleKeys.set(skillKey(s), s);
  const postingKeys = new Map<string, string>();
  for (const s of posting) if (!postingKeys.has(skillKey(s))) postingKeys.set(skillKey(s), s);
  return {
    shared: [...postingKeys].filter(([k]) => roleKeys.has(k)).map(([, s]) => s),
    postingOnly: [...postingKeys].filter(([k]) => !roleKeys.has(k)).map(([, s]) => s),
    roleOnly: [...roleKeys].filter(([k]) => !postingKeys.has(k)).map(([, s]) => s),
  };
}
