import { join } from 'node:path';
import { extractFromText } from '../lib/extract/index';
import { normalizedItemTerms } from '../lib/roles/align';
import { coverItems } from '../lib/roles/cover';
import { unitVector, type Vector } from '../lib/roles/features';
import type { MatcherIndex } from '../lib/roles/matcher-index';
import { normalizeForMatch } from '../lib/text/normalize';
import { readSet } from '../bench/roles-sets';

/**
 * Experiment: "silver" duty profiles. The clauses the duty's phrasings match in the unlabelled dev
 * ads (roles-*.jsonl, one role each), summed as idf-weighted term vectors: the words ads use around a
 * duty's activity, beyond the phrasings' own words. No judged pair is used.
 */
export interface SilverAd {
  id: string;
  role: string;
  clauses: { dutyId: string; vector: Vector }[];
}

export function silverAds(index: MatcherIndex, evalDir: string): SilverAd[] {
  const out: SilverAd[] = [];
  for (const file of ['roles-dev.jsonl', 'roles-ecom-dev.jsonl']) {
    for (const r of readSet(evalDir, file)) {
      if (r.accept?.length !== 1) continue;
      const role = index.roles.get(r.accept[0]!);
      if (!role) continue;
      const clauses: SilverAd['clauses'] = [];
      for (const p of extractFromText(r.text, { title: r.title }).postings) {
        for (const c of coverItems(index, role, p.duties).covered) {
          if (c.via !== 'phrasing') continue;
          clauses.push({ dutyId: c.dutyId, vector: unitVector(normalizedItemTerms(normalizeForMatch(c.clause)), index.itemIdf) });
        }
      }
      out.push({ id: r.id, role: role.id, clauses });
    }
  }
  return out;
}

/** Duty id -> its unit profile, from the ads not excluded; each minus its role's mean profile (Rocchio). */
export function silverProfiles(ads: readonly SilverAd[], exclude: ReadonlySet<string>, contrast = 0.5): Map<string, Vector> {
  const sums = new Map<string, Vector>();
  const roleOf = new Map<string, string>();
  for (const ad of ads) {
    if (exclude.has(ad.id)) continue;
    for (const c of ad.clauses) {
      roleOf.set(c.dutyId, ad.role);
      const s = sums.get(c.dutyId) ?? new Map();
      for (const [t, x] of c.vector) s.set(t, (s.get(t) ?? 0) + x);
      sums.set(c.dutyId, s);
    }
  }
  const unit = (v: Vector) => {
    const n = Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)) || 1;
    return new Map([...v].map(([t, x]) => [t, x / n]));
  };
  const units = new Map([...sums].map(([d, v]) => [d, unit(v)]));
  const out = new Map<string, Vector>();
  for (const [d, v] of units) {
    const others = [...units].filter(([e]) => e !== d && roleOf.get(e) === roleOf.get(d));
    const w = new Map(v);
    for (const [, o] of others) for (const [t, x] of o) w.set(t, (w.get(t) ?? 0) - (contrast * x) / others.length);
    for (const [t, x] of w) if (x <= 0) w.delete(t);
    out.set(d, unit(w));
  }
  return out;
}

export function cosine(a: Vector, b: Vector): number {
  let s = 0;
  for (const [t, x] of a) s += x * (b.get(t) ?? 0);
  return s;
}
