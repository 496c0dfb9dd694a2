/**
 * Experiment (issue #11, second follow-up): can a duty vocabulary learned by weak supervision find
 * duties in wording no phrasing has? A negative result: nothing of it is in lib/; the figures are in
 * docs/duty-lexicon-experiment.md.
 *
 *   npx tsx scripts/duty-lexicon-experiment.ts [mode] [--t=3,6,9] [--min=1,2] [judged.jsonl ...]
 *
 * Weak labels: over every clause of the dev ads (roles-ecom-dev.jsonl + roles-dev.jsonl, each ad
 * under every role it `accept`s; noise items and skill clauses left out), a clause is a positive of
 * duty D when one of D's phrasings matches it, else a negative of D (same role). Ads in
 * align-dev.jsonl and bench/data/align-selfcheck.json are left out (the blind-judged ads are in
 * roles-ecom-dev.jsonl under ids nobody here knows, so they may be in the learning).
 *
 * Modes (what is learned per duty):
 * - default: naive Bayes log-odds of CJK character pairs and Latin words between positives and
 *   negatives; features in >= 3 positives with log-odds >= 1 (.cache/duty-lexicon.json);
 * - --mask: the same, a positive read without its phrasing's own words (only the context);
 * - --exclusive=q: weight = share of the feature's clauses that D's phrasings match, kept >= q;
 * - --object: any of the above, and the clause must hold an object word of D (the last group of
 *   one of its two-group phrasings);
 * - --expand [--verbs] [--free=2 --pos=2 --ratio=1]: new activity words next to D's objects
 *   (--verbs: only the role's own activity words), learned from unmatched clauses (--show lists them).
 *
 * Applying (after the comparison in use, as `compare --json` reports it): a clause of a non-noise
 * item, not a skill or goal clause, that no phrasing of the role matches, is credited to the duty
 * with the best lexicon score when it reaches --t with >= --min features (--margin, --density:
 * further gates); --expand credits the one duty whose learned word and object it holds. Scored
 * (main reading) on align-dev, its split halves, self-check A and B, and any judged file given.
 * --why counts what the missed pairs look like; --dump [--text] lists each credited pair.
 */
import '../lib/text/opencc';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractFromText } from '../lib/extract/index';
import { splitClauses } from '../lib/roles/clauses';
import { compilePhrasings, matchPhrasing } from '../lib/roles/phrasings';
import { builtinMatcherIndex } from '../lib/roles/builtin-index';
import { goalClause, noiseReason, skillClause } from '../lib/roles/noise';
import { compareReports } from '../lib/cli/commands/compare';
import { figuresOf, readAlignRecords, scoreAd, type AlignRecord, type Reported } from '../bench/align-gold';
import { halves, prepare, type Prepared } from '../bench/align-runs';
import { readSelfCheck } from '../bench/align-selfcheck';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const MASK = args.includes('--mask');
const OBJECT = args.includes('--object');
const evalDir = resolve('../shared/eval');
const outFile = resolve('.cache/duty-lexicon.json');
const EXCLUSIVE = Number(flag('exclusive', '0'));
const MIN_POS = 3;
const MIN_WEIGHT = 1;
const SMOOTH = 0.5;

interface Rec { id: string; title?: string; text: string; accept?: string[] | null }
const read = (file: string): Rec[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);

const selfCheck = JSON.parse(readFileSync('bench/data/align-selfcheck.json', 'utf8')) as { id: string }[];
const heldOut = new Set([...read(join(evalDir, 'align-dev.jsonl')).map((r) => r.id), ...selfCheck.map((r) => r.id)]);

/** CJK character pairs and Latin words of a normalised clause. */
function lexFeatures(norm: string): string[] {
  const out = new Set<string>();
  for (const run of norm.match(/[\u4e00-\u9fff]+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  for (const w of norm.match(/[a-z][a-z0-9+#]+/g) ?? []) out.add(w);
  return [...out];
}

// role -> the normalised clauses of its ads' duty items (noise items and skill clauses left out).
const byRole: Record<string, string[]> = {};
for (const file of ['roles-ecom-dev.jsonl', 'roles-dev.jsonl']) {
  for (const r of read(join(evalDir, file))) {
    if (heldOut.has(r.id) || !r.accept?.length) continue;
    const posting = extractFromText(r.text, { title: r.title ?? undefined }).postings[0];
    if (!posting) continue;
    const norms = posting.duties.filter((d) => !noiseReason(d)).flatMap((d) => splitClauses(d).map((c) => c.norm)).filter((n) => !skillClause(n));
    for (const role of r.accept) (byRole[role] ??= []).push(...norms);
  }
}

const index = builtinMatcherIndex();
const lexicon: Record<string, Record<string, Record<string, number>>> = {};
let kept = 0;
for (const [roleId, clauses] of Object.entries(byRole)) {
  const role = index.roles.get(roleId);
  if (!role) continue;
  const feats = clauses.map(lexFeatures);
  for (const duty of role.duties) {
    const ps = compilePhrasings(duty.phrasings ?? []);
    if (!ps.length) continue;
    const pos = new Map<string, number>();
    const neg = new Map<string, number>();
    let P = 0;
    let N = 0;
    clauses.forEach((c, i) => {
      const matched = ps.filter((p) => matchPhrasing(p, c) >= 0);
      const hit = matched.length > 0;
      const m = hit ? pos : neg;
      if (hit) P++;
      else N++;
      // LEX_MASK: a positive is learned from the words around the phrasing's words, not from them:
      // a clause no phrasing matched lacks those words, so only its context can tell the duty.
      let fs = feats[i]!;
      if (hit && MASK) {
        let masked = c;
        for (const p of matched) for (const g of p.all) for (const a of g) masked = masked.split(a.text).join(' ');
        fs = lexFeatures(masked);
      }
      for (const f of fs) m.set(f, (m.get(f) ?? 0) + 1);
    });
    if (P < MIN_POS) continue;
    const table: Record<string, number> = {};
    for (const [f, n] of pos) {
      if (n < MIN_POS) continue;
      // --exclusive=q: the feature's share of its clauses that D's phrasings match, kept at >= q
      // (a "duty lexicon" of words nearly only D's matched clauses use); else the log-odds.
      const share = n / (n + (neg.get(f) ?? 0));
      const w = EXCLUSIVE ? share : Math.log((n + SMOOTH) / (P + 2 * SMOOTH)) - Math.log(((neg.get(f) ?? 0) + SMOOTH) / (N + 2 * SMOOTH));
      if (EXCLUSIVE ? share >= EXCLUSIVE : w >= MIN_WEIGHT) table[f] = Math.round(w * 100) / 100;
    }
    (lexicon[roleId] ??= {})[duty.id] = table;
    kept += Object.keys(table).length;
  }
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(lexicon)); // for reading, not shipped

/**
 * --expand: instead of a weighted vocabulary, new activity words learned per duty, gated by the
 * duty's objects (the last group of its two-group phrasings): a word w is learned for D when it
 * stands next to one of D's objects in >= EXPAND_FREE clauses no phrasing of the role matches,
 * appears in >= 2 clauses D's phrasings match, and in no more clauses other duties' phrasings match.
 */
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const GENERIC = new Set('负责 工作 公司 进行 相关 根据 完成 以及 能够 部门 日常 管理 提供 及时 确保 协助 参与 需求 其他 上级 领导 安排 各类 各项 通过 提升 提高 优化 保证 并且 具有 良好 一定 定期 做好 开展 处理 维护 跟进'.split(' '));
const wordsOf = (norm: string) => new Set([...seg.segment(norm)].filter((w) => w.isWordLike && /^[\u4e00-\u9fff]{2,4}$/u.test(w.segment) && !GENERIC.has(w.segment)).map((w) => w.segment));
const EXPAND_FREE = Number(flag('free', '2'));
const objectsOf = (ps: ReturnType<typeof compilePhrasings>) => [...new Set(ps.filter((p) => p.all.length > 1).flatMap((p) => p.all[p.all.length - 1]!.map((a) => a.text)))];
const expansion: Record<string, Record<string, { objects: string[]; words: string[] }>> = {};
if (args.includes('--expand')) {
  for (const [roleId, clauses] of Object.entries(byRole)) {
    const role = index.roles.get(roleId);
    if (!role) continue;
    const compiled = role.duties.map((d) => ({ id: d.id, ps: compilePhrasings(d.phrasings ?? []) }));
    const matchedBy = clauses.map((c) => new Set(compiled.filter((d) => d.ps.some((p) => matchPhrasing(p, c) >= 0)).map((d) => d.id)));
    // --verbs: only the role's own activity words (first groups of its two-group phrasings) may be learned.
    const roleVerbs = new Set(compiled.flatMap((d) => d.ps.filter((p) => p.all.length > 1).flatMap((p) => p.all[0]!.map((a) => a.text))));
    const words = clauses.map((c) => (args.includes('--verbs') ? new Set([...roleVerbs].filter((v) => c.includes(v))) : wordsOf(c)));
    for (const d of compiled) {
      const objects = objectsOf(d.ps);
      if (!objects.length) continue;
      const free = new Map<string, number>();
      const pos = new Map<string, number>();
      const other = new Map<string, number>();
      clauses.forEach((c, i) => {
        const m = matchedBy[i]!;
        for (const w of words[i]!) {
          if (m.has(d.id)) pos.set(w, (pos.get(w) ?? 0) + 1);
          else if (m.size) other.set(w, (other.get(w) ?? 0) + 1);
          else if (objects.some((o) => c.includes(o) && !w.includes(o) && !o.includes(w))) free.set(w, (free.get(w) ?? 0) + 1);
        }
      });
      const learned = [...free].filter(([w, n]) => n >= EXPAND_FREE && (pos.get(w) ?? 0) >= Number(flag('pos', '2')) && (pos.get(w) ?? 0) >= Number(flag('ratio', '1')) * (other.get(w) ?? 0)).map(([w]) => w);
      if (learned.length) (expansion[roleId] ??= {})[d.id] = { objects, words: learned };
    }
  }
  const n = Object.values(expansion).flatMap((r) => Object.values(r)).reduce((s, x) => s + x.words.length, 0);
  console.log(`--expand: ${n} activity words learned; ${JSON.stringify(expansion).length} bytes`);
  if (args.includes('--show')) for (const [r, ds] of Object.entries(expansion)) for (const [d, x] of Object.entries(ds)) console.log(`  ${d}: ${x.words.join(' ')}`);
}
console.log(`${Object.values(byRole).reduce((s, c) => s + c.length, 0)} clauses, ${heldOut.size} ids held out; ${kept} features kept -> ${outFile} (${readFileSync(outFile).length} bytes)`);

type Table = Record<string, Record<string, number>>;
// --margin: the best duty's score must lead the next by this much; --density: score per feature of the clause.
const MARGIN = Number(flag('margin', '0'));
const DENSITY = Number(flag('density', '0'));
let lastScore = { score: 0, second: 0, features: 0 };
/** --dump: every credited pair with its score, for reading how right and wrong ones differ. */
const credited: { set: string; key: string; clause: string; score: number; second: number; features: number }[] = [];

/** The duty a clause no phrasing of the role matched is credited to, or null. */
function learnedDuty(norm: string, roleId: string, table: Table, t: number, min: number): string | null {
  const role = index.roles.get(roleId)!;
  const compiled = role.duties.map((d) => ({ id: d.id, ps: compilePhrasings(d.phrasings ?? []) }));
  if (compiled.some((d) => d.ps.some((p) => matchPhrasing(p, norm) >= 0))) return null;
  if (args.includes('--expand')) {
    const ws = args.includes('--verbs') ? new Set(Object.values(expansion[roleId] ?? {}).flatMap((x) => x.words).filter((w) => norm.includes(w))) : wordsOf(norm);
    const hits = Object.entries(expansion[roleId] ?? {}).filter(([, x]) => x.words.some((w) => ws.has(w) && x.objects.some((o) => norm.includes(o) && !w.includes(o) && !o.includes(w))));
    return hits.length === 1 ? hits[0]![0] : null;
  }
  const feats = lexFeatures(norm);
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const d of compiled) {
    const w = table[d.id];
    if (!w) continue;
    if (OBJECT && !d.ps.some((p) => p.all.length > 1 && p.all[p.all.length - 1]!.some((a) => norm.includes(a.text)))) continue;
    let score = 0;
    let n = 0;
    for (const f of feats) if (w[f] !== undefined) (score += w[f]!, n++);
    if (n < min) continue;
    if (score > bestScore) (second = bestScore, best = d.id, bestScore = score);
    else if (score > second) second = score;
  }
  lastScore = { score: bestScore, second, features: feats.length };
  if (bestScore - second < MARGIN || bestScore / Math.max(1, feats.length) < DENSITY) return null;
  return bestScore >= t ? best : null;
}

/** The comparison in use (compare --json), plus the pairs the lexicon credits (t = Infinity: none). */
function runWith(prepared: readonly Prepared[], t: number, min: number) {
  return prepared.map((p) => {
    const roleId = p.record.role;
    const reports = compareReports(index, roleId, p.result);
    const pairs: Reported['pairs'] = [];
    let offset = 0;
    for (const r of reports) {
      for (const c of r.comparison.covered) pairs.push({ dutyId: c.dutyId, itemIndex: c.itemIndex + offset, item: c.item, clause: c.clause, via: c.via });
      if (Number.isFinite(t)) {
        r.posting.duties.forEach((item, i) => {
          if (noiseReason(item)) return;
          for (const c of splitClauses(item)) {
            if (skillClause(c.norm) || goalClause(c.norm)) continue;
            const duty = learnedDuty(c.norm, roleId, lexicon[roleId] ?? {}, t, min);
            if (duty && !pairs.some((x) => x.dutyId === duty && x.itemIndex === i + offset)) {
              pairs.push({ dutyId: duty, itemIndex: i + offset, item, clause: c.text, via: 'similarity' });
              credited.push({ set: p.record.id, key: `${duty}\u0000${i + offset}`, clause: c.text, ...lastScore });
            }
          }
        });
      }
      offset += r.posting.duties.length;
    }
    return scoreAd(p.record, index.roles.get(roleId)?.duties ?? [], { items: reports.flatMap((r) => r.posting.duties), pairs });
  });
}

const dev = readAlignRecords(evalDir);
const [ha, hb] = halves(dev);
const sets: [string, AlignRecord[]][] = [
  ['align-dev', dev],
  ['dev half A', dev.filter((r) => ha.has(r.id))],
  ['dev half B', dev.filter((r) => hb.has(r.id))],
  ['self-check A', readSelfCheck(evalDir, 'A')],
  ['self-check B', readSelfCheck(evalDir, 'B')],
  ...args.filter((a) => !a.startsWith('--')).map((f): [string, AlignRecord[]] => [f.replace(/.*\//, ''), readAlignRecords('', f)]),
];
const f3 = (x: number) => x.toFixed(3);
for (const [name, recs] of sets) {
  const prepared = prepare(recs);
  for (const [label, t, min] of [['in use', Infinity, 0] as const, ...flag('min', '2').split(',').flatMap((m) => flag('t', '3,6,9').split(',').map((t) => [`t ${t} min ${m}`, Number(t), Number(m)] as const))]) {
    credited.length = 0;
    const ads = runWith(prepared, t, min);
    const f = figuresOf(ads, 'main');
    if (args.includes('--dump') && Number.isFinite(t)) {
      const byId = new Map(ads.map((a) => [a.id, a]));
      for (const c of credited) {
        const a = byId.get(c.set)!;
        const verdict = a.gold.main.has(c.key) ? 'right' : a.gold.lenient.has(c.key) ? 'lenient' : 'wrong';
        console.log(`  ${verdict.padEnd(8)} score ${c.score.toFixed(1)} second ${c.second.toFixed(1)} features ${c.features} density ${(c.score / Math.max(1, c.features)).toFixed(2)}${args.includes('--text') ? ` ${c.key.split('\u0000')[0]} <- ${c.clause}` : ''}`);
      }
    }
    console.log(`${name.padEnd(14)} ${label.padEnd(14)} P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} coverage error ${f3(f.coverageError)} (${f.tp} right / ${f.reported} reported / ${f.gold} gold)`);
  }
}

/**
 * --why: what the missed gold pairs (in use) look like to the lexicon, counted (no wording printed):
 * a clause of the item already matched by another duty's phrasing (the lexicon only reads
 * unmatched clauses), or the best lexicon duty of its unmatched clauses is the gold duty / another
 * duty / none, with the score.
 */
if (args.includes('--why')) {
  for (const [name, recs] of sets) {
    const prepared = prepare(recs);
    const scored = runWith(prepared, Infinity, 0);
    const counts = new Map<string, number>();
    const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
    scored.forEach((a, n) => {
      const rec = prepared[n]!.record;
      const role = index.roles.get(rec.role)!;
      const compiled = role.duties.map((d) => ({ id: d.id, ps: compilePhrasings(d.phrasings ?? []) }));
      for (const k of a.gold.main) {
        if (a.reported.has(k)) continue;
        const [duty, i] = k.split('\u0000') as [string, string];
        const clauses = splitClauses(rec.items[Number(i)]!).filter((c) => !skillClause(c.norm) && !goalClause(c.norm));
        const taken = clauses.some((c) => compiled.some((d) => d.ps.some((p) => matchPhrasing(p, c.norm) >= 0)));
        const free = clauses.filter((c) => !compiled.some((d) => d.ps.some((p) => matchPhrasing(p, c.norm) >= 0)));
        const best = free.map((c) => learnedDuty(c.norm, rec.role, lexicon[rec.role] ?? {}, 0.01, 1)).filter(Boolean);
        const kind = best.includes(duty) ? 'lexicon would pick the gold duty' : best.length ? 'lexicon picks another duty' : free.length ? 'no lexicon feature' : 'no unmatched clause';
        bump(`${taken ? 'item has a clause matched by another duty; ' : ''}${kind}`);
      }
    });
    console.log(`${name}: missed pairs by kind`);
    for (const [k, v] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${v}  ${k}`);
  }
}
