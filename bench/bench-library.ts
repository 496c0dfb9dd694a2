import 'fake-indexeddb/auto';
import { RoleClipDb } from '../lib/db/db';
import { generatePostings } from '../lib/library/generate';
import { PostingIndex } from '../lib/library/search-index';
import { countByRole, loadSearchIndex, postingsOfRole } from '../lib/library/queries';
import type { PostingQuery } from '../lib/library/search';
import { benchStats, benchBackup } from './bench-library-more';
import type { PartContext } from './run-parts';

/**
 * The library workspace's logic at 10,000 saved postings (generated, seed 1), in Node on
 * fake-indexeddb: build the search index, search (target < 100 ms), role reads, stats, backup.
 * The UI's own timings (render in Chromium) are measured by the workspace's e2e bench.
 */
const COUNT = 10_000;
const REPEAT = 15;

export async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function summary(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${s[s.length - 1]!.toFixed(1)} ms`;
}

const QUERIES: [string, PostingQuery][] = [
  ['no filter (all, newest first)', {}],
  ['text 运营', { text: '运营' }],
  ['text 運營 (Traditional)', { text: '運營' }],
  ['text "天猫 直通车" (AND)', { text: '天猫 直通车' }],
  ['text photoshop', { text: 'photoshop' }],
  ['text with no match', { text: '区块链工程师' }],
  ['role designer', { role: 'designer' }],
  ['unassigned', { role: null }],
  ['site + tag', { site: 'zhipin.com', tags: ['竞品'] }],
  ['text + role + date range', { text: '负责', role: 'store-manager', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 6, 1) }],
];

export default async function (_ctx: PartContext): Promise<void> {
  const postings = generatePostings({ count: COUNT, seed: 1 });
  const chars = postings.reduce((n, p) => n + p.body.length, 0);
  const items = postings.reduce((n, p) => n + [...p.duties, ...p.requirements].join("").length, 0);
  console.log(`fixture: ${COUNT} generated postings (seed 1): ${(chars / COUNT).toFixed(0)} characters of body, ${(items / COUNT).toFixed(0)} of duty and requirement items each on average`);

  const db = new RoleClipDb(`bench-library-${process.pid}`);
  const put = await time(() => db.postings.bulkAdd(postings));
  console.log(`write ${COUNT} postings to Dexie (fake-indexeddb): ${put.ms.toFixed(0)} ms`);

  const load = await time(() => loadSearchIndex(db));
  const build = await time(() => PostingIndex.build(postings));
  console.log(`search index: read + build ${load.ms.toFixed(0)} ms; build alone (rows in memory) ${build.ms.toFixed(0)} ms`);
  const index = load.value;

  console.log(`search at ${index.size} postings (${REPEAT} runs each):`);
  for (const [name, query] of QUERIES) {
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < REPEAT; i++) {
      const run = await time(() => index.search(query));
      samples.push(run.ms);
      total = run.value.total;
    }
    console.log(`  ${name.padEnd(32)} ${String(total).padStart(5)} hits  ${summary(samples)}`);
  }
  const facets = await time(() => index.facets());
  console.log(`  facets over all postings: ${facets.ms.toFixed(1)} ms`);

  const upserts: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const p = { ...postings[i * 37]!, roleId: 'hr', clippedAt: postings[i * 37]!.clippedAt + 1 };
    upserts.push((await time(() => index.upsert(p))).ms);
  }
  console.log(`  upsert one posting: ${summary(upserts)}`);

  const counts = await time(() => countByRole(db));
  const ofRole = await time(() => postingsOfRole(db, 'designer'));
  const unassigned = await time(() => postingsOfRole(db, null));
  console.log(`Dexie reads: role counts ${counts.ms.toFixed(0)} ms; designer's ${ofRole.value.length} postings ${ofRole.ms.toFixed(0)} ms; ${unassigned.value.length} unassigned ${unassigned.ms.toFixed(0)} ms`);

  await benchStats(postings);
  await benchBackup(db);
  await db.delete();
}
