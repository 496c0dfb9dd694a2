import '../lib/text/opencc';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { decodeHtml, parseDocument } from '../lib/cli/dom';
import { pageUrl } from '../lib/cli/page';

/**
 * Extraction speed of this tree against another (a checkout of main) in one process: the same
 * parsed pages, both extractors and Readability interleaved, each the minimum CPU time per call
 * (process.cpuUsage over 5 calls) over many rounds. CPU time is what a loaded shared machine
 * inflates least; `npm run bench -- extract` uses wall-clock minima, which load skews.
 *
 *   npx tsx bench/extract-ab.ts /path/to/other-tree [budget-ms-per-page]
 *
 * The other tree needs its own lib/ (node_modules may be a link to this one's).
 */
const other = resolve(process.argv[2] ?? '');
if (!existsSync(join(other, 'lib/extract/index.ts'))) throw new Error('usage: npx tsx bench/extract-ab.ts OTHER_TREE [budget-ms]');
const budget = Number(process.argv[3] ?? 800);

type Extract = (doc: Document, url: string) => { postings: { source: string }[] };
async function load(tree: string) {
  return {
    extract: (await import(join(tree, 'lib/extract/index.ts'))).extractPostings as Extract,
    clear: [(await import(join(tree, 'lib/extract/memo.ts'))).clearExtractCaches, (await import(join(tree, 'lib/text/normalize.ts'))).clearTextCache] as (() => void)[],
  };
}
const trees = [await load(other), await load(resolve('.'))];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const FIXTURES = 'test/fixtures/pages';
const files: { name: string; file: string }[] = [];
for (const site of readdirSync(FIXTURES).sort()) {
  for (const c of readdirSync(join(FIXTURES, site)).sort()) {
    const file = join(FIXTURES, site, c, 'source.html');
    if (existsSync(file)) files.push({ name: `${site}/${c}`, file });
  }
}
// The bench's eval pages too (an Indeed page saved without its address).
const EVAL_PAGES = '../shared/eval/pages';
if (existsSync(EVAL_PAGES)) for (const f of readdirSync(EVAL_PAGES).filter((f) => f.endsWith('.html')).sort()) files.push({ name: `eval/${f}`, file: join(EVAL_PAGES, f) });
const rows: { structured: boolean; ratios: number[] }[] = [];
for (const { name, file } of files) {
  const html = decodeHtml(readFileSync(file));
  const doc = parseDocument(html);
  const url = name.startsWith('eval/indeed') ? 'https://au.indeed.com/viewjob?jk=0' : pageUrl(doc, html);
  const tier = trees[1]!.extract(doc, url).postings[0]?.source ?? 'none';
  if (tier === 'none') continue;
  const fns = [
    ...trees.map((t) => () => {
      for (const c of t.clear) c();
      t.extract(doc, url);
    }),
    () => new Readability(doc.cloneNode(true) as Document).parse(),
  ];
  const best = fns.map(() => Infinity);
  const start = performance.now();
  for (let run = 0; run < 200 && (run < 10 || performance.now() - start < budget); run++) {
    fns.forEach((fn, i) => {
      const t = cpu();
      for (let k = 0; k < 5; k++) fn();
      best[i] = Math.min(best[i]!, (cpu() - t) / 5);
    });
  }
  const [a, b, rd] = best as [number, number, number];
  rows.push({ structured: tier === 'jsonld' || tier.startsWith('site:'), ratios: [a / rd, b / rd] });
  console.log(`${name.padEnd(36)} ${tier.padEnd(14)} other ${a.toFixed(3)}  this ${b.toFixed(3)}  readability ${rd.toFixed(3)} ms`);
}
for (const [label, structured] of [['JSON-LD/site pages', true], ['generic pages', false]] as const) {
  const rs = rows.filter((r) => r.structured === structured);
  console.log(`${label} (${rs.length}): median ratio other ${median(rs.map((r) => r.ratios[0]!)).toFixed(3)}, this ${median(rs.map((r) => r.ratios[1]!)).toFixed(3)}`);
}
