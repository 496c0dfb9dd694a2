import type { DistributionSummary } from './distribution';
import type { ClusterCount, ItemCount, StatsSummary } from './stats';

// Types only: the database's upgrade (lib/db/db.ts) strips stored statistics with this, and the
// popup's bundle, which opens the database, should not carry the statistics' code for it.

/** The figures of `s` without the lists behind them. */
export function summaryOf(s: StatsSummary): StatsSummary {
  const item = ({ id, text, textEn, count, share }: ItemCount): ItemCount => ({ id, text, ...(textEn ? { textEn } : {}), count, share });
  const cluster = ({ label, variants, count, share }: ClusterCount): ClusterCount => ({ label, variants, count, share });
  const dist = (d: DistributionSummary | null): DistributionSummary | null => d && { n: d.n, min: d.min, max: d.max, median: d.median, p25: d.p25, p75: d.p75 };
  return {
    roleId: s.roleId,
    postingCount: s.postingCount,
    duties: s.duties.map(item),
    requirementItems: s.requirementItems.map(item),
    extraDuties: s.extraDuties.map(cluster),
    extraRequirements: s.extraRequirements.map(cluster),
    experience: dist(s.experience),
    education: { counts: { ...s.education.counts }, unknown: s.education.unknown, median: s.education.median },
    salary: { currency: s.salary.currency, mid: dist(s.salary.mid), min: dist(s.salary.min), max: dist(s.salary.max), unknown: s.salary.unknown, otherCurrency: s.salary.otherCurrency },
    skills: s.skills.map(({ skill, count }) => ({ skill, count })),
  };
}
