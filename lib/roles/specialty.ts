import type { Role, Specialty } from '../db/schemas';
import { normalizeForMatch } from '../text/normalize';

/**
 * Which specialties of a broad role an ad is in (lib/roles/data/specialties.ts), read from its title,
 * the duties it covers and its skills. Each specialty scores
 *   TITLE_WEIGHT per title word found in the ad's title
 *   + 1 per covered duty of the specialty (shared duties count for each specialty that has them)
 *   + SKILL_WEIGHT per skill of the ad among the specialty's skills;
 * the ad is in the best specialty and in any other within NEAR of it (an ad may span a few:
 * 前端 + 移动端), at most MAX_SPECIALTIES. With no evidence at all the ad is compared with the
 * whole role, as is a role without specialties.
 */

export const TITLE_WEIGHT = 2;
export const SKILL_WEIGHT = 0.5;
export const NEAR = 0.5;
export const MAX_SPECIALTIES = 3;
const MIN_SCORE = 1;

export interface Scope {
  specialties: Pick<Specialty, 'id' | 'nameZh' | 'nameEn'>[];
  /**
   * The duties the ad is compared with: those of the chosen specialties and those in no specialty,
   * in the role's order.
   */
  duties: string[];
  /** The typical skills of the chosen specialties. */
  skills: string[];
}

// Latin title words are whole words (ui, ai, go), Chinese ones substrings (测试 in 软件测试工程师).
const matchers = new WeakMap<readonly string[], ((title: string) => boolean)[]>();
function titleHits(titleNorm: string, words: readonly string[]): number {
  let list = matchers.get(words);
  if (!list) {
    list = words.map((w) => {
      const word = w.toLowerCase();
      if (!/^[a-z0-9.+#&]+$/.test(word)) return (title: string) => title.includes(word);
      const re = new RegExp(`(^|[^a-z0-9])${word.replace(/[.+#]/g, '\\$&')}($|[^a-z0-9])`);
      return (title: string) => re.test(title);
    });
    matchers.set(words, list);
  }
  return titleNorm ? list.filter((m) => m(titleNorm)).length : 0;
}

export function pickScope(role: Role, ad: { title?: string; skills?: readonly string[] }, coveredDuties: ReadonlySet<string>): Scope | null {
  const specialties = role.specialties ?? [];
  if (!specialties.length) return null;
  const titleNorm = normalizeForMatch(ad.title ?? '');
  const skills = new Set((ad.skills ?? []).map((x) => normalizeForMatch(x)));
  const scored = specialties
    .map((sp, order) => ({
      sp,
      order,
      score:
        TITLE_WEIGHT * titleHits(titleNorm, sp.titles) +
        sp.duties.filter((d) => coveredDuties.has(d)).length +
        SKILL_WEIGHT * sp.skills.filter((x) => skills.has(normalizeForMatch(x))).length,
    }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored[0]!.score;
  if (best < MIN_SCORE) return null;
  const chosen = scored.filter((x) => x.score >= best * NEAR).slice(0, MAX_SPECIALTIES).map((x) => x.sp);
  // A duty in no specialty (one the user added) is the whole role's: it is in every scope.
  const grouped = new Set(specialties.flatMap((x) => x.duties));
  const inScope = new Set([...chosen.flatMap((x) => x.duties), ...role.duties.map((d) => d.id).filter((id) => !grouped.has(id))]);
  // Spanning every duty of the role is no scope at all.
  if (inScope.size >= role.duties.length) return null;
  return {
    specialties: chosen.map(({ id, nameZh, nameEn }) => ({ id, nameZh, nameEn })),
    duties: role.duties.map((d) => d.id).filter((id) => inScope.has(id)),
    skills: [...new Set(chosen.flatMap((x) => x.skills))],
  };
}
