/**
 * Mines candidate duty phrasings from real ads, for a person to review (issue #11).
 *
 *   npx tsx scripts/mine-phrasings.ts [EVAL_DIR] [OUT_DIR]
 *   MINE_EXCLUDE=judged.jsonl npx tsx scripts/mine-phrasings.ts   # also leave out those ids
 *
 * Reads ../shared/eval/roles-ecom-dev.jsonl and ../shared/eval/roles-dev.jsonl (the ads and their
 * accepted roles), and ../shared/eval/align-dev.jsonl for its ids only: those ads are the
 * alignment gold and are left out, so the gold measures phrasings that were not mined from it.
 * Each ad goes through the extraction engine (extractFromText with its title); its duty items are
 * cut into clauses (lib/roles/clauses.ts). Then, for every role of the library:
 * - the words (Intl.Segmenter, 2+ characters) its ads' clauses use far more than other roles' ads;
 * - for every duty, the words that co-occur with the duty's own words or with its phrasings, and
 *   how many of the role's clauses its phrasings already match;
 * - the clauses no phrasing of the role matches, with their most frequent words: the vocabulary
 *   still missing.
 * The output (OUT_DIR, default .cache/mined, not committed: it quotes the ads) is read by a person,
 * who writes the kept phrasings in lib/roles/data/phrasings/ in their own words, as patterns.
 */
import '../lib/text/opencc';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFromText } from '../lib/extract/index';
import { splitClauses } from '../lib/roles/clauses';
import { compilePhrasings, matchPhrasing } from '../lib/roles/phrasings';
import { LIBRARY_ROLES } from '../lib/roles/library';
import { normalizeForMatch } from '../lib/text/normalize';

const evalDir = resolve(process.argv[2] ?? '../shared/eval');
const outDir = resolve(process.argv[3] ?? '.cache/mined');
const FILES = ['roles-ecom-dev.jsonl', 'roles-dev.jsonl'];

interface Rec {
  id: string;
  title?: string;
  text: string;
  accept: string[] | null;
}
const read = (file: string): Rec[] =>
  readFileSync(join(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Rec);

// More held-out ids, one JSON record with an "id" a line (e.g. a further hand-judged set), if given.
const extra = process.env.MINE_EXCLUDE ? readFileSync(process.env.MINE_EXCLUDE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as Rec).id) : [];
const heldOut = new Set([...read('align-dev.jsonl').map((r) => r.id), ...extra]);
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
// Words every role's ads use: they tell no duty apart.
const GENERIC = new Set(
  '负责 工作 公司 进行 相关 根据 完成 以及 能够 部门 日常 管理 提供 及时 确保 协助 参与 需求 其他 上级 领导 安排 各类 各项 通过 提升 提高 优化 保证 并且 具有 良好 一定'.split(' '),
);

function words(norm: string): string[] {
  const out: string[] = [];
  for (const w of seg.segment(norm)) {
    if (!w.isWordLike) continue;
    const t = w.segment;
    if ((/[\u4e00-\u9fff]/.test(t) && t.length >= 2) || /^[a-z][a-z0-9+#.]{1,}$/.test(t)) if (!GENERIC.has(t)) out.push(t);
  }
  return out;
}

// role -> clause norms (an ad with several accepted roles counts for each of them).
const clausesByRole = new Map<string, string[]>();
let used = 0;
for (const file of FILES) {
  for (const r of read(file)) {
    if (heldOut.has(r.id) || !r.accept?.length) continue;
    const posting = extractFromText(r.text, { title: r.title ?? undefined }).postings[0];
    if (!posting) continue;
    used += 1;
    const norms = posting.duties.flatMap((item) => splitClauses(item).map((c) => c.norm));
    for (const role of r.accept) clausesByRole.set(role, [...(clausesByRole.get(role) ?? []), ...norms]);
  }
}

const wordCount = (clauses: string[]) => {
  const m = new Map<string, number>();
  for (const c of clauses) for (const w of new Set(words(c))) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};
const perRole = new Map([...clausesByRole].map(([role, cs]) => [role, wordCount(cs)]));
const total = new Map<string, number>();
let totalClauses = 0;
for (const [role, m] of perRole) {
  totalClauses += clausesByRole.get(role)!.length;
  for (const [w, n] of m) total.set(w, (total.get(w) ?? 0) + n);
}

/** Words of `counts` (over `n` clauses) ranked by count times the log of their lift over all roles. */
function ranked(counts: Map<string, number>, n: number, limit: number, min = 2): string[] {
  return [...counts]
    .filter(([, c]) => c >= min)
    .map(([w, c]) => ({ w, c, lift: c / n / ((total.get(w) ?? c) / totalClauses) }))
    .filter((x) => x.lift > 1.2)
    .sort((a, b) => b.c * Math.log(b.lift) - a.c * Math.log(a.lift))
    .slice(0, limit)
    .map((x) => `${x.w} ${x.c} (x${x.lift.toFixed(1)})`);
}

mkdirSync(outDir, { recursive: true });
for (const role of LIBRARY_ROLES) {
  const clauses = clausesByRole.get(role.id) ?? [];
  const lines = [`# ${role.id} ${role.nameZh}: ${clauses.length} clauses`, '', '## distinctive words', ranked(perRole.get(role.id) ?? new Map(), clauses.length, 120).join(', ')];
  const matchedBy = new Map<string, number>();
  for (const duty of role.duties) {
    const patterns = compilePhrasings(duty.phrasings ?? []);
    const seeds = words(normalizeForMatch(duty.text));
    const hit = clauses.filter((c) => patterns.some((p) => matchPhrasing(p, c) >= 0));
    for (const c of hit) matchedBy.set(c, (matchedBy.get(c) ?? 0) + 1);
    const near = clauses.filter((c) => seeds.some((s) => c.includes(s)) || hit.includes(c));
    lines.push('', `## ${duty.id} ${duty.text}`, `phrasings match ${hit.length} clauses; seed words ${seeds.join(' ')}`);
    lines.push(`co-occurring: ${ranked(wordCount(near), near.length, 50).join(', ')}`);
  }
  const rest = clauses.filter((c) => !matchedBy.has(c));
  const multi = [...matchedBy.values()].filter((n) => n > 1).length;
  lines.push('', `## unmatched: ${rest.length} of ${clauses.length} clauses (${multi} clauses match 2+ duties)`, ranked(wordCount(rest), rest.length, 100).join(', '));
  const freq = new Map<string, number>();
  for (const c of rest) freq.set(c, (freq.get(c) ?? 0) + 1);
  lines.push('', ...[...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 300).map(([c, n]) => `${n}  ${c}`));
  writeFileSync(join(outDir, `${role.id}.txt`), lines.join('\n'));
}
console.log(`${used} ads mined (${heldOut.size} align-dev ids held out) -> ${outDir}`);
