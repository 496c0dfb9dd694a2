import type { Role } from '../lib/db/schemas';
import { similarityMatrix } from '../lib/roles/align';
import { splitClauses } from '../lib/roles/clauses';
import { coverItems } from '../lib/roles/cover';
import type { MatcherIndex } from '../lib/roles/matcher-index';
import { compilePhrasings } from '../lib/roles/phrasings';

/** Experiment features of every (duty, item) pair of one posting (scripts/align-pair-cv.ts). */
export interface PairCandidate {
  dutyId: string;
  itemIndex: number;
  phrasing: boolean;
  pattern?: string;
  sim: number;
  x: number[];
  names: string[];
}

const bigrams = (s: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};

export function pairFeatures(index: MatcherIndex, role: Role, items: readonly string[]): PairCandidate[] {
  const phr = coverItems(index, role, items);
  const sims = coverItems(index, role, items, { phrasings: false, bareThreshold: 1e-9 });
  const whole = similarityMatrix(items, index.duties.get(role.id) ?? [], index);
  const ignored = new Set(phr.ignored.map((x) => x.itemIndex));
  const key = (d: string, i: number) => `${d}\u0000${i}`;
  const phrHit = new Map(phr.covered.map((c) => [key(c.dutyId, c.itemIndex), c]));
  const simOf = new Map(sims.covered.map((c) => [key(c.dutyId, c.itemIndex), c.similarity]));
  const dutiesOfItem = new Map<number, number>();
  const itemsOfDuty = new Map<string, number>();
  for (const c of phr.covered) {
    dutiesOfItem.set(c.itemIndex, (dutiesOfItem.get(c.itemIndex) ?? 0) + 1);
    itemsOfDuty.set(c.dutyId, (itemsOfDuty.get(c.dutyId) ?? 0) + 1);
  }
  const compiled = role.duties.map((d) => compilePhrasings(d.phrasings ?? []));
  const vocab = compiled.map((ps) => {
    const out = new Set<string>();
    for (const p of ps) for (const g of p.all) for (const a of g) for (const b of bigrams(a.text)) out.add(b);
    return out;
  });
  const clauses = items.map((it) => splitClauses(it));
  const out: PairCandidate[] = [];
  items.forEach((item, i) => {
    if (ignored.has(i)) return;
    const cl = clauses[i]!;
    const simRow = role.duties.map((d) => simOf.get(key(d.id, i)) ?? 0);
    const rowMax = Math.max(...simRow);
    role.duties.forEach((duty, d) => {
      const hit = phrHit.get(key(duty.id, i));
      let partial = 0;
      let nMatch = 0;
      let voc = 0;
      for (const c of cl) {
        const bg = bigrams(c.norm.replace(/\s+/g, ''));
        if (bg.size) voc = Math.max(voc, [...bg].filter((b) => vocab[d]!.has(b)).length / bg.size);
        for (const p of compiled[d]!) {
          if (p.none.some((a) => c.norm.includes(a.text))) continue;
          const got = p.all.filter((g) => g.some((a) => c.norm.includes(a.text))).length;
          if (got === p.all.length) nMatch += 1;
          else partial = Math.max(partial, got / p.all.length);
        }
      }
      const sim = simRow[d]!;
      const colMax = Math.max(...items.map((_, j) => (ignored.has(j) ? 0 : (simOf.get(key(duty.id, j)) ?? 0))));
      const groups = hit?.pattern ? hit.pattern.split(/\s\+\s/).filter((g) => !g.trim().startsWith('!')).length : 0;
      const f: Record<string, number> = {
        phr: hit ? 1 : 0,
        phrSingle: groups === 1 ? 1 : 0,
        phrMulti: groups > 1 ? 1 : 0,
        nMatch: Math.log1p(nMatch),
        partial: hit ? 0 : partial,
        sim,
        simItem: whole[i]![d]!,
        topDuty: sim > 0 && sim >= rowMax - 1e-9 ? 1 : 0,
        topItem: sim > 0 && sim >= colMax - 1e-9 ? 1 : 0,
        nDutiesItem: Math.log1p(dutiesOfItem.get(i) ?? 0),
        nItemsDuty: Math.log1p(itemsOfDuty.get(duty.id) ?? 0),
        len: Math.log1p(item.length),
        nClauses: Math.log1p(cl.length),
        relPos: items.length > 1 ? i / (items.length - 1) : 0,
        vocab: voc,
        phrSim: hit ? sim : 0,
        phrSimItem: hit ? whole[i]![d]! : 0,
        phrVocab: hit ? voc : 0,
        phrDuties: hit ? Math.log1p(dutiesOfItem.get(i) ?? 0) : 0,
        simMargin: sim - Math.max(0, ...simRow.filter((_, e) => e !== d)),
        clauseShared: hit ? role.duties.filter((o) => o.id !== duty.id && phrHit.get(key(o.id, i))?.clause === hit.clause).length : 0,
      };
      out.push({ dutyId: duty.id, itemIndex: i, phrasing: !!hit, pattern: hit?.pattern, sim, x: Object.values(f), names: Object.keys(f) });
    });
  });
  return out;
}
