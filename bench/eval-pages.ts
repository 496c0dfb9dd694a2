import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml, parseDocument } from '../lib/cli/dom';
import { extractPostings } from '../lib/extract/index';
import type { ExtractionResult } from '../lib/extract/types';
import type { PartContext } from './run-parts';

/**
 * Per-page checks on ../shared/eval/pages (saved real pages). Each check compares the engine's
 * output with facts read independently from the page itself (its own JSON-LD, its <ol> lists,
 * the text between its <h2> titles), never with answers written here.
 */
type Check = [name: string, ok: boolean, detail?: string];

const squash = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, '');

function run(dir: string, file: string, url: string): { html: string; result: ExtractionResult; ms: number } {
  const html = decodeHtml(readFileSync(join(dir, file)));
  const t = performance.now();
  const result = extractPostings(parseDocument(html), url);
  return { html, result, ms: performance.now() - t };
}

function indeed(dir: string): Check[] {
  const { html, result } = run(dir, 'indeed-au-devops.html', 'https://au.indeed.com/viewjob?jk=0');
  const ld = /<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const own = JSON.parse(ld) as { title?: string; hiringOrganization?: { name?: string } };
  const p = result.postings[0];
  return [
    ['indeed: one posting', result.postings.length === 1, `${result.postings.length}`],
    ['indeed: from JSON-LD', p?.source === 'jsonld', p?.source],
    ['indeed: title is the JSON-LD title', !!p?.title && p.title === own.title, p?.title],
    ['indeed: company is the hiring organisation', !!p?.company && p.company === own.hiringOrganization?.name, p?.company],
    ['indeed: duties found', (p?.duties.length ?? 0) > 0, `${p?.duties.length}`],
    ['indeed: requirements found', (p?.requirements.length ?? 0) > 0, `${p?.requirements.length}`],
  ];
}

function kefu(dir: string): Check[] {
  const { html, result } = run(dir, '166cai-kefu.html', '');
  // The page's own lists: the <li>s of the <ol> after each <h4> heading.
  const lists = [...html.matchAll(/<h4>([^<]*)<\/h4>\s*<ol[^>]*>([\s\S]*?)<\/ol>/g)].map((m) => ({
    heading: m[1]!,
    items: [...m[2]!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((li) => squash(li[1]!)),
  }));
  const duties = lists.find((l) => l.heading.includes('岗位职责'))?.items ?? [];
  const reqs = lists.find((l) => l.heading.includes('任职要求'))?.items ?? [];
  const p = result.postings[0];
  const same = (got: string[] | undefined, want: string[]) =>
    !!got && got.length === want.length && got.every((g, i) => want[i]!.includes(squash(g)));
  return [
    ['客服专员: one posting', result.postings.length === 1, `${result.postings.length}`],
    ['客服专员: title', !!p?.title.includes('客服专员'), p?.title],
    ['客服专员: duties are the 岗位职责 list', same(p?.duties, duties), `${p?.duties.length}/${duties.length}`],
    ['客服专员: requirements are the 任职要求 list', same(p?.requirements, reqs), `${p?.requirements.length}/${reqs.length}`],
  ];
}

function careers(dir: string): Check[] {
  const { html, result } = run(dir, 'hafeisi-jobs.html', '');
  // Each posting's own text: from its <h2> to the next one.
  const parts = html.split(/<h2[^>]*>/).slice(1);
  const blocks = parts.map((part) => ({ title: squash(part.split('</h2>')[0]!), text: squash(part) }));
  const ps = result.postings;
  const checks: Check[] = [['careers: 16 postings', ps.length === 16 && blocks.length === 16, `${ps.length} (page has ${blocks.length} <h2>)`]];
  let titled = 0;
  let filled = 0;
  let contained = 0;
  ps.forEach((p, i) => {
    const block = blocks[i];
    if (p.title && block?.title.includes(squash(p.title))) titled++;
    if (p.duties.length + p.requirements.length > 0) filled++;
    const items = [...p.duties, ...p.requirements, ...p.preferred];
    if (block && items.every((it) => block.text.includes(squash(it)))) contained++;
  });
  checks.push(['careers: each has its own title', titled === ps.length && ps.length > 0, `${titled}/${ps.length}`]);
  checks.push(['careers: each has items', filled === ps.length && ps.length > 0, `${filled}/${ps.length}`]);
  checks.push(['careers: no posting holds a neighbour\'s text', contained === ps.length && ps.length > 0, `${contained}/${ps.length}`]);
  return checks;
}

export default async function evalPages(ctx: PartContext): Promise<void> {
  const dir = ctx.evalDir && join(ctx.evalDir, 'pages');
  if (!dir || !existsSync(dir)) return console.log('skipped: no eval pages');
  const checks = [...indeed(dir), ...kefu(dir), ...careers(dir)];
  for (const [name, ok, detail] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail !== undefined ? `  (${detail})` : ''}`);
  console.log(`pages: ${checks.filter((c) => c[1]).length}/${checks.length} checks pass`);
}
