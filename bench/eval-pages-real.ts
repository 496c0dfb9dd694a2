import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../lib/cli/page';
import type { ExtractionResult } from '../lib/extract/types';
import type { PartContext } from './run-parts';

/**
 * ../shared/eval/pages-real: real saved pages with hand-read expectations, scored exactly as the
 * folder's README says: `analyze FILE --url URL` (the CLI's own function) on each manifest entry,
 * its result compared with `expect`. Strings compare after NFKC, without white space, lower-cased,
 * with curly quotes made straight; "contains" is a substring test against single items. Company
 * is reported, never failed. Prints K/N, per-site tallies and each failing page's reasons.
 */
export interface Expect {
  notJob?: boolean;
  postings?: number;
  postings_min?: number;
  title?: string;
  company?: string;
  duties_min?: number;
  requirements_min?: number;
  duties_contains?: string[];
  requirements_contains?: string[];
  must_not_contain?: string[];
}
export interface Entry {
  file: string;
  url: string;
  note?: string;
  expect: Expect;
}

/** The README's comparison form. */
export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, '')
    .toLowerCase();
}

const short = (s: string, n = 50) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Every failed check of one page, as readable reasons ([] when it passes). */
export function score(e: Expect, r: ExtractionResult): { reasons: string[]; company: string | null } {
  const reasons: string[] = [];
  if (e.notJob) {
    if (!r.notJob || r.postings.length) reasons.push(`expected not-a-job, got ${r.postings.length} posting(s)${r.postings[0] ? ` ("${short(r.postings[0].title)}")` : ''}`);
    return { reasons, company: null };
  }
  const ps = r.postings;
  if (!ps.length) {
    reasons.push(`no posting (notJob: ${r.notJob})`);
    return { reasons, company: null };
  }
  if (e.postings !== undefined && ps.length !== e.postings) reasons.push(`postings ${ps.length}, expected ${e.postings}`);
  if (e.postings_min !== undefined && ps.length < e.postings_min) reasons.push(`postings ${ps.length}, expected at least ${e.postings_min}`);
  const p = ps[0]!;
  if (e.title !== undefined && !norm(p.title).includes(norm(e.title))) reasons.push(`title "${short(p.title)}", expected to contain "${e.title}"`);
  const reqs = [...p.requirements, ...p.preferred];
  if (e.duties_min !== undefined && p.duties.length < e.duties_min) reasons.push(`duties ${p.duties.length} < ${e.duties_min}`);
  if (e.requirements_min !== undefined && reqs.length < e.requirements_min) reasons.push(`requirements ${reqs.length} < ${e.requirements_min}`);
  const inOne = (items: string[], s: string) => items.some((it) => norm(it).includes(norm(s)));
  for (const s of e.duties_contains ?? []) if (!inOne(p.duties, s)) reasons.push(`duty missing: "${short(s)}"`);
  for (const s of e.requirements_contains ?? []) if (!inOne(reqs, s)) reasons.push(`requirement missing: "${short(s)}"`);
  for (const s of e.must_not_contain ?? []) {
    ps.forEach((q, i) => {
      for (const [list, items] of [['duties', q.duties], ['requirements', q.requirements], ['preferred', q.preferred]] as const) {
        if (inOne(items, s)) reasons.push(`noise "${short(s, 30)}" leaked into posting ${i + 1}'s ${list}`);
      }
    });
  }
  let company: string | null = null;
  if (e.company !== undefined) company = norm(p.company).includes(norm(e.company)) ? 'ok' : `"${short(p.company, 40)}" (expected "${e.company}")`;
  return { reasons, company };
}

export default async function evalPagesReal(ctx: PartContext): Promise<void> {
  const dir = ctx.evalDir && join(ctx.evalDir, 'pages-real');
  if (!dir || !existsSync(join(dir, 'manifest.json'))) return console.log('skipped: no pages-real folder');
  const entries = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const sites = new Map<string, { pass: number; n: number }>();
  let pass = 0;
  let companies = 0;
  let companyChecks = 0;
  for (const e of entries) {
    const site = e.file.split('-')[0]!;
    const t = performance.now();
    let result: ExtractionResult;
    try {
      result = analyzeFile(join(dir, e.file), e.url);
    } catch (error) {
      result = { notJob: 'empty', postings: [] };
      console.log(`  ${e.file}: threw ${(error as Error).message}`);
    }
    const ms = performance.now() - t;
    const { reasons, company } = score(e.expect, result);
    const tally = sites.get(site) ?? { pass: 0, n: 0 };
    tally.n++;
    if (!reasons.length) {
      pass++;
      tally.pass++;
    }
    sites.set(site, tally);
    if (company !== null) {
      companyChecks++;
      if (company === 'ok') companies++;
    }
    const p = result.postings[0];
    const what = p ? `${result.postings.length}p ${p.source} "${short(p.title, 30)}"` : `notJob ${result.notJob}`;
    console.log(`${reasons.length ? 'FAIL' : 'PASS'}  ${e.file}  (${what}, ${ms.toFixed(0)} ms)${company && company !== 'ok' ? `  company ${company}` : ''}`);
    for (const r of reasons) console.log(`        - ${r}`);
  }
  console.log(`per site: ${[...sites].map(([s, t]) => `${s} ${t.pass}/${t.n}`).join(', ')}`);
  console.log(`company (reported, not failed): ${companies}/${companyChecks}`);
  console.log(`pages-real: ${pass}/${entries.length} pass`);
}
