/**
 * Sibling-duty rules for the duty comparison, measured (issue #11, stop 25), applied to the pairs the
 * comparison reports (duty, item, matched words, pattern), so the product code is untouched:
 * - kind: on a clause that phrasings of several duties match and that names one activity (no
 *   和/及/与/并/、/或), a one-word pattern yields to an activity + object pattern;
 * - strength: the same, ranked by groups, then by the characters of specific (non-generic) words;
 * - nested: a duty whose matched words lie inside another duty's matched words yields;
 * - cross: a duty yields to a pattern with more groups, of an unlike duty (text cosine < 0.2) of
 *   another role, on the same clause (the clause is another job's activity);
 * - later: a duty found only in an item's later clause yields to the one its first covering clause names;
 * - holes (recall): a clause of a covering item that no phrasing matched goes to the duty whose text
 *   it resembles (cosine >= tau, tau chosen on one half and read on the other, both ways).
 *
 *   npx tsx scripts/align-siblings.ts [name=DIR ...]   judged sets (DIR/align-dev.jsonl); default
 *                                                      align-dev + self-check A, B; figures only
 *   [SHOW=1] npx tsx scripts/align-siblings.ts --unjudged [EVAL_DIR]
 *     the pairs each rule drops on roles-dev.jsonl's unjudged ads, counted by the reading in
 *     bench/data/align-siblings-read.json (verdicts keyed by duty and itemHash, no ad text); SHOW
 *     prints them (it quotes ads: read it in the terminal, never commit it)
 */
import '../lib/text/opencc';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { figuresOf, readAlignRecords, splitKey, type AdScore, type AlignRecord } from '../bench/align-gold';
import { halves, index, prepare, run } from '../bench/align-runs';
import { itemHash, readSelfCheck } from '../bench/align-selfcheck';
import { readSet } from '../bench/roles-sets';
import { compareReports } from '../lib/cli/commands/compare';
import { extractFromText } from '../lib/extract/index';
import { dot } from '../lib/roles/features';
import { splitClauses } from '../lib/roles/clauses';
import { compilePhrasings, GENERIC_WORDS, matchPhrasing, onlyGeneric, parsePhrasing } from '../lib/roles/phrasings';
import { normalizeForMatch } from '../lib/text/normalize';

/** One reported pair as a rule sees it. */
export interface Pair {
  key: string;
  role: string;
  dutyId: string;
  item: number;
  clause: string;
  pattern?: string;
  /** Which clause of the item (splitClauses order) the words are in; -1 when not found. */
  order?: number;
}

const SEVERAL = /和|及|与|并|、|\/|或/u;

/** Character positions of the clause each group of the pattern found (its longest word present). */
function found(pattern: string, clause: string): { groups: number; specific: number; at: Set<number> } {
  const p = parsePhrasing(pattern);
  const norm = normalizeForMatch(clause);
  const at = new Set<number>();
  let specific = 0;
  for (const alts of p.all) {
    let best: { at: number; len: number; generic: boolean } | null = null;
    for (const a of alts) {
      const i = norm.indexOf(a.text);
      if (i >= 0 && (!best || a.text.length > best.len)) best = { at: i, len: a.text.length, generic: GENERIC_WORDS.has(a.text) };
    }
    if (!best) continue;
    if (!best.generic) specific += best.len;
    for (let i = best.at; i < best.at + best.len; i++) at.add(i);
  }
  return { groups: p.all.length, specific, at };
}

const within = (a: Set<number>, b: Set<number>) => a.size < b.size && [...a].every((x) => b.has(x));

// Every other role's compiled phrasings, once.
const otherRoles = [...index.roles.values()].map((r) => ({ id: r.id, duties: r.duties.map((d) => ({ id: d.id, phrasings: compilePhrasings(d.phrasings ?? []) })) }));
const vectorOf = (roleId: string, dutyId: string) => index.duties.get(roleId)?.find((d) => d.id === dutyId)?.vector ?? new Map();

export type Rule = 'kind' | 'strength' | 'nested' | 'cross' | 'later';
export const RULES: Rule[] = ['kind', 'strength', 'nested', 'cross', 'later'];

/** The pairs of one item that a rule drops. */
export function drops(rule: Rule, pairs: readonly Pair[]): Set<string> {
  const out = new Set<string>();
  const ph = pairs.filter((p) => p.pattern);
  const first = Math.min(...pairs.map((p) => p.order ?? 0));
  for (const x of ph) {
    if (rule === 'later') {
      // An item's later clause (purpose, means) against the duty its first covering clause names.
      if ((x.order ?? 0) > first && pairs.some((y) => y.order === first && y.dutyId !== x.dutyId)) out.add(x.key);
      continue;
    }
    const fx = found(x.pattern!, x.clause);
    if (rule === 'cross') {
      const norm = normalizeForMatch(x.clause);
      const mine = vectorOf(x.role, x.dutyId);
      const rival = otherRoles.some((r) => r.id !== x.role && r.duties.some((d) =>
        dot(mine, vectorOf(r.id, d.id)) < 0.2 && d.phrasings.some((p) => p.all.length > fx.groups && matchPhrasing(p, norm) >= 0 && !onlyGeneric(p, norm))));
      if (rival) out.add(x.key);
      continue;
    }
    const rivals = ph.filter((y) => y !== x && y.clause === x.clause);
    if (!rivals.length) continue;
    if (rule === 'nested') {
      if (rivals.some((y) => within(fx.at, found(y.pattern!, y.clause).at))) out.add(x.key);
      continue;
    }
    if (SEVERAL.test(x.clause)) continue;
    const score = (f: ReturnType<typeof found>) => (rule === 'kind' ? f.groups : f.groups * 100 + f.specific);
    if (rivals.some((y) => score(found(y.pattern!, y.clause)) > score(fx))) out.add(x.key);
  }
  return out;
}

const WHY = /^(\w+): (.*?)(?: \[(.*)\])?$/s;
const orderOf = (item: string, clause: string) => splitClauses(item).findIndex((c) => c.text.includes(clause) || clause.includes(c.text));
function pairsOf(ad: AdScore, items?: readonly string[]): Pair[] {
  return [...ad.reported].map((key) => {
    const [dutyId, item] = splitKey(key);
    const m = WHY.exec(ad.why.get(key) ?? '');
    const clause = m?.[2] ?? '';
    return { key, role: ad.role, dutyId, item, clause, pattern: m?.[1] === 'phrasing' ? m[3] : undefined, order: items ? orderOf(items[item] ?? '', clause) : undefined };
  });
}

const f3 = (x: number) => x.toFixed(3);
function line(ads: readonly AdScore[]): string {
  const f = figuresOf(ads, 'main');
  return `P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} err ${f3(f.coverageError)} (${f.tp}/${f.reported}/${f.gold})`;
}

function applyRule(ads: readonly AdScore[], rule: Rule, records: readonly AlignRecord[]): { ads: AdScore[]; right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  const out = ads.map((ad, j) => {
    const byItem = new Map<number, Pair[]>();
    for (const p of pairsOf(ad, records[j]!.items)) byItem.set(p.item, [...(byItem.get(p.item) ?? []), p]);
    const gone = new Set([...byItem.values()].flatMap((ps) => [...drops(rule, ps)]));
    for (const k of gone) (ad.gold.main.has(k) ? right++ : wrong++);
    const reported = new Set([...ad.reported].filter((k) => !gone.has(k)));
    // The headline counts duties with a reported pair left (unjudged items' pairs stay as they were).
    const left = new Set([...reported].map((k) => splitKey(k)[0]));
    const reportedDuties = new Set([...ad.reportedDuties].filter((d) => left.has(d) || ![...ad.reported].some((k) => splitKey(k)[0] === d)));
    return { ...ad, reported, reportedDuties };
  });
  return { ads: out, right, wrong };
}

/** Holes: pairs of the similarity run (phrasings off, at its threshold) on clauses no phrasing matched, in items that cover some duty. */
function fillHoles(base: readonly AdScore[], sim: readonly AdScore[]): { ads: AdScore[]; right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  const ads = base.map((ad, j) => {
    const have = pairsOf(ad);
    const items = new Set(have.map((p) => p.item));
    const add = pairsOf(sim[j]!).filter((p) =>
      !ad.reported.has(p.key) && items.has(p.item) && !have.some((h) => h.item === p.item && (h.clause.includes(p.clause) || p.clause.includes(h.clause))));
    for (const p of add) (ad.gold.main.has(p.key) ? right++ : wrong++);
    return { ...ad, reported: new Set([...ad.reported, ...add.map((p) => p.key)]), reportedDuties: new Set([...ad.reportedDuties, ...add.map((p) => p.dutyId)]) };
  });
  return { ads, right, wrong };
}
const TAUS = [0.25, 0.3, 0.35, 0.4];

/** Where the wrong pairs are: on a clause shared with another duty's pair, and on items whose judged duty is reported too. */
function where(ads: readonly AdScore[]): string {
  let shared = 0;
  let sharedRight = 0;
  let sibling = 0;
  let alsoReported = 0;
  let sameClause = 0;
  for (const ad of ads) {
    const pairs = pairsOf(ad);
    for (const p of pairs) {
      const rivals = pairs.filter((q) => q !== p && q.item === p.item && q.clause === p.clause);
      if (rivals.length) (shared++, (sharedRight += Number(ad.gold.main.has(p.key))));
      if (ad.gold.main.has(p.key)) continue;
      const judged = [...ad.gold.main].filter((g) => splitKey(g)[1] === p.item);
      if (!judged.length) continue;
      sibling++;
      const found = pairs.filter((q) => judged.includes(q.key));
      if (found.length) alsoReported++;
      if (found.some((q) => q.clause === p.clause)) sameClause++;
    }
  }
  return `pairs sharing their clause with another duty's pair: ${sharedRight} right of ${shared}; wrong pairs on items judged to cover another duty: ${sibling}, the judged duty reported too on ${alsoReported} (on the same clause ${sameClause})`;
}

function judged(sets: [string, AlignRecord[]][]): void {
  for (const [name, records] of sets) {
    const prepared = prepare(records);
    const base = run(prepared);
    const [a, b] = halves(records);
    const half = (ads: AdScore[], h: Set<string>) => ads.filter((x) => h.has(x.id));
    // Halves are cut within each role; a set of one ad per role has no second half.
    const split = Math.min(a.size, b.size) >= 10;
    const halvesOf = (ads: AdScore[]) => (split ? ` | half A ${line(half(ads, a))} | half B ${line(half(ads, b))}` : '');
    console.log(`${name} (${records.length} ads) in use: ${line(base)}${halvesOf(base)}`);
    console.log(`  ${where(base)}`);
    for (const rule of RULES) {
      const r = applyRule(base, rule, records);
      console.log(`  ${rule.padEnd(8)} drops ${r.right} right, ${r.wrong} wrong: ${line(r.ads)}${halvesOf(r.ads)}`);
    }
    const sims = new Map(TAUS.map((tau) => [tau, run(prepared, { phrasings: false, bareThreshold: tau })]));
    for (const tau of TAUS) {
      const r = fillHoles(base, sims.get(tau)!);
      console.log(`  holes ${tau} adds ${r.right} right, ${r.wrong} wrong: ${line(r.ads)}${halvesOf(r.ads)}`);
    }
    for (const [fit, test, label] of split ? ([[a, b, 'A -> B'], [b, a, 'B -> A']] as const) : []) {
      let best = { tau: Infinity, f1: figuresOf(half(base, fit), 'main').f1 };
      for (const tau of TAUS) {
        const f1 = figuresOf(half(fillHoles(base, sims.get(tau)!).ads, fit), 'main').f1;
        if (f1 > best.f1 + 1e-9) best = { tau, f1 };
      }
      const held = Number.isFinite(best.tau) ? half(fillHoles(base, sims.get(best.tau)!).ads, test) : half(base, test);
      console.log(`  holes ${label}: tau chosen ${Number.isFinite(best.tau) ? best.tau : 'none (off)'}; on the other half ${line(held)} (in use ${line(half(base, test))})`);
    }
  }
}

function unjudged(evalDir: string): void {
  const selfCheck = JSON.parse(readFileSync(resolve('bench/data/align-selfcheck.json'), 'utf8')) as { id: string }[];
  const held = new Set([...readAlignRecords(evalDir).map((r) => r.id), ...selfCheck.map((j) => j.id)]);
  const read = JSON.parse(readFileSync(resolve('bench/data/align-siblings-read.json'), 'utf8')) as Record<string, 'right' | 'wrong' | 'borderline'>;
  const tally = new Map<Rule, Record<string, number>>(RULES.map((r) => [r, {}]));
  let total = 0;
  for (const r of readSet(evalDir, 'roles-dev.jsonl')) {
    if (held.has(r.id) || !r.accept?.length) continue;
    for (const report of compareReports(index, r.accept[0]!, extractFromText(r.text, { title: r.title ?? undefined }), {})) {
      const items = report.posting.duties;
      const pairs: Pair[] = report.comparison.covered.map((c) => (
        { key: `${c.dutyId}\u0000${c.itemIndex}`, role: r.accept![0]!, dutyId: c.dutyId, item: c.itemIndex, clause: c.clause ?? c.item, pattern: c.pattern, order: orderOf(c.item, c.clause ?? c.item) }));
      total += pairs.length;
      for (const rule of RULES) {
        for (let i = 0; i < items.length; i++) {
          for (const k of drops(rule, pairs.filter((p) => p.item === i))) {
            const p = pairs.find((x) => x.key === k)!;
            const verdict = read[`${p.dutyId} ${itemHash(items[i]!)}`] ?? 'unread';
            const t = tally.get(rule)!;
            t[verdict] = (t[verdict] ?? 0) + 1;
            if (process.env.SHOW) console.log(`${rule} ${verdict} ${p.dutyId} ${itemHash(items[i]!)} | ${p.clause} | [${p.pattern?.slice(0, 40)}] | ${items[i]!.slice(0, 70)}`);
          }
        }
      }
    }
  }
  console.log(`roles-dev.jsonl unjudged ads, ${total} reported pairs; pairs each rule drops, by the reading:`);
  for (const [rule, t] of tally) console.log(`  ${rule.padEnd(8)} ${JSON.stringify(t)}`);
}

const args = process.argv.slice(2);
if (args[0] === '--unjudged') unjudged(resolve(args[1] ?? '../shared/eval'));
else {
  const dir = '../shared/eval';
  const sets: [string, AlignRecord[]][] = args.length
    ? args.map((a) => { const [n, d] = a.includes('=') ? a.split('=') : [a, a]; return [n!, readAlignRecords(d!)]; })
    : [['align-dev', readAlignRecords(dir)], ['self-check A', readSelfCheck(dir, 'A')], ['self-check B', readSelfCheck(dir, 'B')]];
  judged(sets);
}
