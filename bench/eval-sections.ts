import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itemScore, STRONG } from '../lib/extract/classify';
import { extractFromText } from '../lib/extract/index';
import { splitSections } from '../lib/extract/sections';
import { cleanItem } from '../lib/text/items';
import type { PartContext } from './run-parts';

/**
 * Item-level F1 of duties and requirements on sections-dev.jsonl (real ads whose site split them).
 * Items compare after trimming numbering, bullets, white space and trailing punctuation.
 *
 * `preferred`: the site has no such list; its requirement lists hold the 优先/加分 items. So our
 * requirements are scored as requirements + preferred (an item we set apart as preferred is still
 * one of the ad's requirements). The figure without preferred is printed too.
 */
interface Rec {
  id: string;
  title: string;
  text: string;
  duties: string[];
  requirements: string[];
}

export function itemKey(item: string): string {
  return cleanItem(item.replace(/\s+/g, ' '))
    .replace(/[\s。.；;，,、:：!！?？]+$/u, '')
    .trim();
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Multiset overlap of two item lists. */
export function overlap(got: string[], want: string[]): Counts {
  const pool = new Map<string, number>();
  for (const w of want.map(itemKey).filter(Boolean)) pool.set(w, (pool.get(w) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  for (const g of got.map(itemKey).filter(Boolean)) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(g, n - 1);
    } else fp++;
  }
  const fn = [...pool.values()].reduce((a, b) => a + b, 0);
  return { tp, fp, fn };
}

const add = (a: Counts, b: Counts) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
function f1(c: Counts): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f = (2 * p * r) / (p + r || 1);
  return `F1 ${f.toFixed(4)} (P ${p.toFixed(4)} R ${r.toFixed(4)}; tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

export default async function evalSections(ctx: PartContext): Promise<void> {
  if (!ctx.evalDir) return console.log('skipped: no eval data');
  const records = readFileSync(join(ctx.evalDir, 'sections-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Rec);
  let duties: Counts = { tp: 0, fp: 0, fn: 0 };
  let reqs = { ...duties };
  let reqsOnly = { ...duties };
  let perfect = 0;
  const worst: { id: string; miss: number }[] = [];
  const started = performance.now();
  for (const r of records) {
    const p = extractFromText(r.text, { title: r.title }).postings[0];
    const d = overlap(p?.duties ?? [], r.duties);
    const q = overlap([...(p?.requirements ?? []), ...(p?.preferred ?? [])], r.requirements);
    duties = add(duties, d);
    reqs = add(reqs, q);
    reqsOnly = add(reqsOnly, overlap(p?.requirements ?? [], r.requirements));
    const miss = d.fp + d.fn + q.fp + q.fn;
    if (!miss) perfect++;
    else worst.push({ id: r.id, miss });
  }
  const ms = performance.now() - started;
  console.log(`sections-dev: ${records.length} records, ${perfect} split perfectly, ${ms.toFixed(0)} ms`);
  console.log(`duties        ${f1(duties)}`);
  console.log(`requirements  ${f1(reqs)}   (requirements + preferred vs the site's requirements)`);
  console.log(`  without preferred: ${f1(reqsOnly)}`);
  contentEvidence(records);
  if (process.env.EVAL_VERBOSE) {
    worst.sort((a, b) => b.miss - a.miss);
    console.log('records with misses:', worst.slice(0, 30).map((w) => `${w.id}(${w.miss})`).join(' '));
  }
}

/**
 * What content evidence does on this set: the F1 with headings alone, how many items it moved,
 * and how often the site's own lists contradict their heading by strong evidence (the reason the
 * override is narrow: on these ads the headings are almost always right).
 */
function contentEvidence(records: Rec[]): void {
  let on = { d: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 } };
  let off = { d: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 } };
  let naive = { d: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 } };
  let moved = 0;
  for (const r of records) {
    const a = splitSections(r.text);
    const b = splitSections(r.text, { contentEvidence: false });
    on = { d: add(on.d, overlap(a.duties, r.duties)), r: add(on.r, overlap([...a.requirements, ...a.preferred], r.requirements)) };
    off = { d: add(off.d, overlap(b.duties, r.duties)), r: add(off.r, overlap([...b.requirements, ...b.preferred], r.requirements)) };
    // The naive alternative: every item whose content strongly contradicts its heading moves.
    const nd = [...b.duties.filter((t) => itemScore(t) > -STRONG), ...b.requirements.filter((t) => itemScore(t) >= STRONG)];
    const nr = [...b.requirements.filter((t) => itemScore(t) < STRONG), ...b.duties.filter((t) => itemScore(t) <= -STRONG), ...b.preferred];
    naive = { d: add(naive.d, overlap(nd, r.duties)), r: add(naive.r, overlap(nr, r.requirements)) };
    const dutiesOff = new Set(b.duties);
    moved += a.duties.filter((d) => !dutiesOff.has(d)).length + b.duties.filter((d) => !a.duties.includes(d)).length;
  }
  const strongDuty = records.flatMap((r) => r.requirements).filter((t) => itemScore(t) >= STRONG).length;
  const strongReq = records.flatMap((r) => r.duties).filter((t) => itemScore(t) <= -STRONG).length;
  console.log(`content evidence: moved ${moved} items here; headings alone give duties ${f1(off.d)}`);
  console.log(`                                          requirements ${f1(off.r)}`);
  console.log(`  moving every item whose content contradicts its heading instead: duties ${f1(naive.d)}`);
  console.log(`                                                         requirements ${f1(naive.r)}`);
  console.log(`  the site's own lists: ${strongReq} duty items read as requirements and ${strongDuty} requirement items read as duties by strong evidence (of ${records.flatMap((r) => r.duties).length} and ${records.flatMap((r) => r.requirements).length})`);
}
