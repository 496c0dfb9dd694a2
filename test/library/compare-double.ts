import type { Posting, Role } from '@/lib/db/schemas';
import type { Comparison, CoveredDuty } from '@/lib/roles/types';
import { similarity } from '@/lib/library/similarity';

/**
 * A test double for lib/roles/compare.ts (written in parallel): each item goes to the most similar
 * canonical duty (bigram Jaccard >= 0.3), else it is an extra. Real Comparison shapes from real
 * text, so the statistics are tested on what a comparison looks like, not on hand-made objects.
 */
export function compareDouble(p: Posting, role: Role): Comparison {
  const align = (items: string[], duties: Role['duties']) => {
    const covered: CoveredDuty[] = [];
    const extra: { itemIndex: number; item: string }[] = [];
    items.forEach((item, itemIndex) => {
      let best: { dutyId: string; similarity: number } | null = null;
      for (const d of duties) {
        const s = similarity(item, d.text);
        if (s >= 0.3 && (!best || s > best.similarity)) best = { dutyId: d.id, similarity: s };
      }
      if (best) covered.push({ ...best, itemIndex, item });
      else extra.push({ itemIndex, item });
    });
    const missing = duties.map((d) => d.id).filter((id) => !covered.some((c) => c.dutyId === id));
    return { covered, extra, missing };
  };
  const duties = align(p.duties, role.duties);
  const reqs = align(p.requirements, role.requirements.items);
  return {
    roleId: role.id,
    ...duties,
    coverage: { covered: role.duties.length - duties.missing.length, total: role.duties.length },
    requirements: {
      ...reqs,
      experience: { posting: p.experienceYears, role: role.requirements.experienceYears, diff: 'unknown' },
      education: { posting: p.education, role: role.requirements.education, diff: 'unknown' },
      skills: { shared: [], postingOnly: p.skills, roleOnly: role.requirements.skills },
    },
  };
}
