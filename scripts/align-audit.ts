/**
 * Audits the duty comparison on ads nobody judged (issue #11, third follow-up): the judged sets are
 * small and the phrasings were written against them, so a change is also read on the pairs it moves
 * among ads no one judged.
 *
 *   npx tsx scripts/align-audit.ts breadth [EVAL_DIR]
 *     Every built-in phrasing: how many clauses it matches in the dev ads of its own role and of
 *     other roles (roles-ecom-dev.jsonl + roles-dev.jsonl, the judged ads left out), and what it
 *     reported on align-dev (right / borderline negative / wrong pairs). Writes
 *     .cache/phrasing-audit.tsv (patterns and counts, no ad text) and prints the broadest.
 *   npx tsx scripts/align-audit.ts dump OUT.json [--root DIR] [EVAL_DIR]
 *     Every pair the comparison reports on roles-dev.jsonl's ads (their first accepted role; the
 *     self-check and align-dev ids left out), by the checkout at DIR (default: this one; use a
 *     `git worktree` of another commit to compare versions).
 *   npx tsx scripts/align-audit.ts diff A.json B.json
 *     The pairs B reports and A does not (+) and the reverse (-), with the duty, the words that
 *     matched and the item, for a person to judge. Output goes to the terminal only: it quotes ads.
 *
 * roles-dev.jsonl is used for dump because the blind-judged sets were drawn from roles-ecom-dev.jsonl:
 * reading their ads' pairs would read the held-out set.
 */
import '../lib/text/opencc';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readAlignRecords } from '../bench/align-gold';
import { readSet } from '../bench/roles-sets';

function judgedIds(evalDir: string): Set<string> {
  const selfCheck = JSON.parse(readFileSync(resolve('bench/data/align-selfcheck.json'), 'utf8')) as { id: string }[];
  return new Set([...readAlignRecords(evalDir).map((r) => r.id), ...selfCheck.map((j) => j.id)]);
}

async function breadth(evalDir: string): Promise<void> {
  const { extractFromText } = await import('../lib/extract/index');
  const { splitClauses } = await import('../lib/roles/clauses');
  const { compilePhrasings, matchPhrasing } = await import('../lib/roles/phrasings');
  const { LIBRARY_ROLES } = await import('../lib/roles/library');
  const { prepare, run } = await import('../bench/align-runs');
  const held = judgedIds(evalDir);
  const ads: { accept: string[]; clauses: string[] }[] = [];
  for (const file of ['roles-ecom-dev.jsonl', 'roles-dev.jsonl']) {
    for (const r of readSet(evalDir, file)) {
      if (held.has(r.id) || !r.accept?.length) continue;
      const items = extractFromText(r.text, { title: r.title ?? undefined }).postings.flatMap((p) => p.duties);
      ads.push({ accept: r.accept, clauses: items.flatMap((it) => splitClauses(it).map((c) => c.norm)) });
    }
  }
  // What each pattern reported on align-dev (`why` ends with the pattern that matched).
  const records = readAlignRecords(evalDir);
  const outcome = new Map<string, { right: number; nearly: number; wrong: number }>();
  for (const ad of run(prepare(records))) {
    const record = records.find((r) => r.id === ad.id)!;
    const near = new Set(record.borderline_negative.map(([d, t]) => `${d}\u0000${record.items.indexOf(t)}`));
    for (const k of ad.reported) {
      const pattern = /\[([^\]]+)\]$/.exec(ad.why.get(k) ?? '')?.[1];
      if (!pattern) continue;
      const key = `${k.split('\u0000')[0]}\t${pattern}`;
      const o = outcome.get(key) ?? { right: 0, nearly: 0, wrong: 0 };
      if (ad.gold.main.has(k)) o.right += 1;
      else if (near.has(k)) o.nearly += 1;
      else o.wrong += 1;
      outcome.set(key, o);
    }
  }
  const roleAds = new Map<string, number>();
  for (const a of ads) for (const r of a.accept) roleAds.set(r, (roleAds.get(r) ?? 0) + 1);
  const rows: string[][] = [];
  for (const role of LIBRARY_ROLES) {
    for (const d of role.duties) {
      for (const p of compilePhrasings(d.phrasings ?? [])) {
        let own = 0;
        let other = 0;
        for (const a of ads) {
          const n = a.clauses.filter((c) => matchPhrasing(p, c) >= 0).length;
          if (a.accept.includes(role.id)) own += n;
          else other += n;
        }
        const otherAds = ads.length - (roleAds.get(role.id) ?? 0);
        const o = outcome.get(`${d.id}\t${p.source}`) ?? { right: 0, nearly: 0, wrong: 0 };
        rows.push([d.id, p.source, String(own), String(other), (own / Math.max(1, roleAds.get(role.id) ?? 0)).toFixed(3), (other / Math.max(1, otherAds)).toFixed(3), String(o.right), String(o.nearly), String(o.wrong)]);
      }
    }
  }
  rows.sort((a, b) => Number(b[5]) - Number(a[5]));
  mkdirSync('.cache', { recursive: true });
  const head = ['duty', 'pattern', 'own-role clauses', 'other-role clauses', 'own per ad', 'other per ad', 'align-dev right', 'borderline negative', 'wrong'];
  writeFileSync('.cache/phrasing-audit.tsv', [head, ...rows].map((r) => r.join('\t')).join('\n') + '\n');
  console.log(`${rows.length} phrasings over ${ads.length} ads; .cache/phrasing-audit.tsv. Broadest (matches per ad of other roles):`);
  for (const r of rows.slice(0, 25)) console.log(`  ${r[5]} other, ${r[4]} own, align-dev ${r[6]}/${r[7]}/${r[8]}  ${r[0]}  ${r[1]!.slice(0, 70)}`);
}

async function dump(out: string, root: string, evalDir: string): Promise<void> {
  const { extractFromText } = await import(join(root, 'lib/extract/index'));
  const { compareReports } = await import(join(root, 'lib/cli/commands/compare'));
  const { builtinMatcherIndex } = await import(join(root, 'lib/roles/builtin-index'));
  const index = builtinMatcherIndex();
  const held = judgedIds(evalDir);
  const pairs: Record<string, string> = {};
  let ads = 0;
  for (const r of readSet(evalDir, 'roles-dev.jsonl')) {
    if (held.has(r.id) || !r.accept?.length) continue;
    ads += 1;
    const result = extractFromText(r.text, { title: r.title ?? undefined });
    for (const report of compareReports(index, r.accept[0]!, result, {})) {
      for (const c of report.comparison.covered as { dutyId: string; item: string; clause?: string }[]) pairs[`${r.id}\u0000${c.dutyId}\u0000${c.item}`] = c.clause ?? '';
    }
  }
  writeFileSync(out, JSON.stringify(pairs));
  console.log(`${ads} ads, ${Object.keys(pairs).length} pairs -> ${out}`);
}

async function diff(a: string, b: string): Promise<void> {
  const { LIBRARY_ROLES } = await import('../lib/roles/library');
  const text = new Map(LIBRARY_ROLES.flatMap((r) => r.duties.map((d) => [d.id, d.text] as const)));
  const before = JSON.parse(readFileSync(a, 'utf8')) as Record<string, string>;
  const after = JSON.parse(readFileSync(b, 'utf8')) as Record<string, string>;
  const show = (sign: string, k: string, clause: string) => {
    const [, duty, item] = k.split('\u0000');
    console.log(`${sign} ${duty} (${text.get(duty!)?.slice(0, 24) ?? ''}) | ${clause} | ${item!.slice(0, 70)}`);
  };
  let added = 0;
  let removed = 0;
  for (const [k, v] of Object.entries(after)) if (!(k in before)) (added += 1, show('+', k, v));
  for (const [k, v] of Object.entries(before)) if (!(k in after)) (removed += 1, show('-', k, v));
  console.log(`${added} pairs added, ${removed} removed (of ${Object.keys(before).length} -> ${Object.keys(after).length})`);
}

const [mode, ...args] = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? resolve(args.splice(rootAt, 2)[1]!) : resolve('.');
async function main(): Promise<void> {
  if (mode === 'breadth') await breadth(resolve(args[0] ?? '../shared/eval'));
  else if (mode === 'dump' && args[0]) await dump(resolve(args[0]), root, resolve(args[1] ?? '../shared/eval'));
  else if (mode === 'diff' && args[0] && args[1]) await diff(args[0], args[1]);
  else console.log('usage: align-audit.ts breadth [EVAL_DIR] | dump OUT.json [--root DIR] [EVAL_DIR] | diff A.json B.json');
}

void main();
