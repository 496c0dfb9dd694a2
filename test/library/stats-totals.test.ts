import { describe, expect, test } from 'vitest';
import { distribution, distributionOfCounts } from '@/lib/library/distribution';
import { generatePostings } from '@/lib/library/generate';
import { summaryOf } from '@/lib/library/stats';
import { aggregateStats, statsRow, type StatsRow } from '@/lib/library/stats-rows';
import { totalsOf } from '@/lib/library/stats-store';
import { clusterExtras } from '@/lib/library/stats-clusters';
import { addRow, EXTRA_KINDS, memberOrder, rowMembers, setGroup, summarize, type ExtraTotals, type GroupMember } from '@/lib/library/stats-totals';
import { compareWithRole } from '@/lib/roles/compare';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';

/**
 * The running totals (lib/library/stats-totals.ts) give the figures aggregateStats gives for the
 * same rows, for every built-in role over 1,500 generated ads, counted whole and after rows are
 * taken out and put back one at a time.
 */
const roles = builtinRoles(0);
const index = buildIndex(roles);
const postings = generatePostings({ count: 1500, seed: 31 }).sort((a, b) => b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : 1));
const rowsOf = (roleId: string): StatsRow[] => postings.filter((p) => p.roleId === roleId).map((p) => statsRow(p, compareWithRole(index, roleId, p)));

describe('running totals equal the sum of the rows', () => {
  test.each(roles.map((r) => [r.id, r] as const))('%s: counted whole', (_, role) => {
    const rows = rowsOf(role.id);
    const { totals } = totalsOf(role.id, rows);
    expect(summarize(role, totals)).toEqual(summaryOf(aggregateStats(role, rows)));
  });

  test('rows taken out and put back one at a time (the groups made again from their members, the clustering carried over) keep them equal', () => {
    const counts = new Map<string, number>();
    for (const p of postings) if (p.roleId) counts.set(p.roleId, (counts.get(p.roleId) ?? 0) + 1);
    const role = roles.find((r) => r.id === [...counts].sort((a, b) => b[1] - a[1])[0]![0])!;
    const rows = rowsOf(role.id);
    const { totals, groups } = totalsOf(role.id, rows);
    const members = new Map(groups.map((g) => [`${g.kind}\u0000${g.key}`, g.members]));
    let kept = [...rows];
    // Every seventh row out, then every fourteenth back in: each step checked against a recount.
    const steps: [StatsRow, 1 | -1][] = [...rows.filter((_, i) => i % 7 === 0).map((r): [StatsRow, -1] => [r, -1]), ...rows.filter((_, i) => i % 14 === 0).map((r): [StatsRow, 1] => [r, 1])];
    expect(steps.length).toBeGreaterThan(20);
    summarize(role, totals);
    const ways = { kept: 0, carried: 0, afresh: 0 };
    for (const [row, sign] of steps) {
      addRow(totals, row, sign);
      for (const kind of EXTRA_KINDS) {
        const changed = new Map<string, number>();
        for (const [key, own] of rowMembers(row, kind)) {
          const k = `${kind}\u0000${key}`;
          const next: GroupMember[] = sign === 1 ? [...(members.get(k) ?? []), ...own].sort(memberOrder) : (members.get(k) ?? []).filter((m) => m[0] !== row.id);
          changed.set(key, members.get(k)?.length ?? 0);
          members.set(k, next);
          setGroup(totals, kind, key, next);
        }
        ways[clusterExtras(totals[kind], changed)]++;
      }
      kept = sign === 1 ? [...kept, row].sort((a, b) => b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : 1)) : kept.filter((r) => r.id !== row.id);
      // Nothing more changed: summarize uses the clustering just carried over.
      expect(summarize(role, totals, {}, {})).toEqual(summaryOf(aggregateStats(role, kept)));
    }
    // Most steps are worked into the kept clustering; some are not provably the same, and cluster again.
    expect(ways.carried).toBeGreaterThan(steps.length / 2);
    expect(ways.carried + ways.kept + ways.afresh).toBe(steps.length * 2);
  });

  test('a distribution from value counts has the figures of the one from the values', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (const n of [1, 2, 3, 4, 10, 101]) {
      const values = Array.from({ length: n }, () => Math.round(next() * 30) * 500);
      const counts = new Map<number, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      const { values: _values, ...figures } = distribution(values)!;
      expect(distributionOfCounts(counts)).toEqual(figures);
    }
    expect(distributionOfCounts(new Map())).toBeNull();
  });
});

describe('a change worked into the kept clustering gives what clustering afresh gives', () => {
  test('random groups of a few shared bigrams, one to three groups resized, made or removed at a time (600 changes)', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const pick = (n: number) => Math.floor(next() * n);
    const vocabulary = ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'];
    const grams = () => [...new Set(Array.from({ length: 2 + pick(3) }, () => vocabulary[pick(vocabulary.length)]!))];
    const e: ExtraTotals = { groups: new Map(), combos: new Map() };
    for (let i = 0; i < 25; i++) e.groups.set(`k${i}`, [1 + pick(6), 1, `item ${i}`, grams()]);
    clusterExtras(e);
    const ways = { kept: 0, carried: 0, afresh: 0 };
    for (let step = 0; step < 600; step++) {
      const changed = new Map<string, number>();
      for (let j = 1 + pick(3); j > 0; j--) {
        const key = `k${pick(32)}`;
        if (changed.has(key)) continue;
        const entry = e.groups.get(key);
        changed.set(key, entry?.[0] ?? 0);
        const size = Math.max(0, (entry?.[0] ?? 0) + (next() < 0.5 ? -1 : 1) * (1 + pick(2)));
        if (size === 0) e.groups.delete(key);
        else e.groups.set(key, [size, 1, `item ${key}`, entry?.[3] ?? grams()]);
      }
      for (const [key, before] of [...changed]) if (before === (e.groups.get(key)?.[0] ?? 0)) changed.delete(key);
      ways[clusterExtras(e, changed)]++;
      const afresh: ExtraTotals = { groups: e.groups, combos: e.combos };
      clusterExtras(afresh);
      expect(e.clusterOf, `step ${step}`).toEqual(afresh.clusterOf);
    }
    // Both ways are taken many times: the shortcut where it is exact, clustering again where not.
    expect(ways.carried).toBeGreaterThan(100);
    expect(ways.afresh).toBeGreaterThan(50);
  });
});
