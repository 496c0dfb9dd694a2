import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seededRandom } from '@/lib/library/generate';
import { decodeHtml, parseDocument } from '@/lib/cli/dom';
import { ExtractedPosting } from '@/lib/db/schemas';
import { extractFromText, extractPostings } from '@/lib/extract/index';
import type { ExtractionResult } from '@/lib/extract/types';

/**
 * Seeded, bounded fuzzing: thousands of generated and mutated texts and pages (deep nesting, huge
 * text nodes, broken JSON-LD, binary junk, headings with no items, marker storms) must never
 * throw, and every posting must fit the stored schema (bounded lists and lengths). Each input also
 * gets a generous CPU-time guard: not a performance test (npm run bench measures speed), but
 * a catch for runaway regex backtracking or loops, which take seconds, not milliseconds.
 */
const SEED = 20240601;
const HANG_GUARD_MS = 3000;

// The same seeded PRNG as the bench generator (mulberry32).
const rng = seededRandom;

const HEADINGS = ['岗位职责：', '任职要求', '【加分项】', '职位描述:', 'Responsibilities', "What you'll do", 'Requirements:', '福利待遇', '工作地点：上海', '**任职资格**', '## 工作内容', '职责：', ''];
const ITEMS = ['负责店铺运营', '熟悉直通车', '3年以上经验', '本科以上学历', 'Own the roadmap', '5+ years of Go', '面议', '15-25K·13薪', '負責運(yùn)營', '?跟进活动', '…', '；；；', ''];
const MARKERS = ['1、', '2.', '(3)', '（4）', '⑤', '六、', '• ', '- ', '* ', '?', '', '1、1、1、', '一二三四五六七八九十、'];
const JUNK = ['\u0000', '\uffff', '\ud800', '{', '}', '<', '>', '&amp;', '\\', '"', '\n', '\r\n', '\t', '：', '【', '】', '(((((', '[[[[', '.{}', '😀', 'ǖ', '\u200b'];

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function randomText(r: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(r() * 40);
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.2) parts.push(pick(r, HEADINGS));
    else if (k < 0.7) parts.push(pick(r, MARKERS) + pick(r, ITEMS));
    else if (k < 0.9) parts.push(Array.from({ length: 1 + Math.floor(r() * 20) }, () => pick(r, JUNK)).join(''));
    else parts.push(String.fromCharCode(...Array.from({ length: 50 }, () => Math.floor(r() * 0xffff))));
    parts.push(r() < 0.7 ? '\n' : pick(r, ['；', '。', ' ', '']));
  }
  if (r() < 0.05) parts.push(pick(r, ITEMS).repeat(20_000)); // a huge line
  if (r() < 0.05) parts.push('1、'.repeat(5_000)); // a marker storm
  return parts.join('');
}

function randomPage(r: () => number): string {
  const k = r();
  const body: string[] = [];
  if (k < 0.1) body.push(`${'<div><span>'.repeat(3000)}负责运营${'</span></div>'.repeat(3000)}`); // deep nesting
  if (k > 0.9) body.push(`<p>${'岗位职责'.repeat(100_000)}</p>`); // a huge text node
  const n = Math.floor(r() * 30);
  const tags = ['div', 'p', 'li', 'ul', 'ol', 'h2', 'h3', 'b', 'strong', 'span', 'br', 'table', 'td', 'pre', 'dd', 'section'];
  for (let i = 0; i < n; i++) {
    const tag = pick(r, tags);
    const attrs = r() < 0.1 ? ' hidden' : r() < 0.1 ? ' style="display:none"' : r() < 0.1 ? ' class="x"' : '';
    const inner = r() < 0.5 ? pick(r, MARKERS) + pick(r, ITEMS) : pick(r, HEADINGS);
    body.push(r() < 0.8 ? `<${tag}${attrs}>${inner}</${tag}>` : `<${tag}${attrs}>${inner}`); // some left open
  }
  const ld: string[] = [];
  if (r() < 0.3) {
    const broken = ['{"@type":"JobPosting","title":"x","description":"a\nb"', '{"@graph":[{"@type":["JobPosting"],"description":5}]}', '{"@type":"JobPosting","baseSalary":{"value":"abc"}}', '<!-- {', 'null', '[[[[[[[[[[', '{"@type":"JobPosting","description":"<ul><li>负责运营</li></ul>","title":' + '"'.repeat(3) + '}'];
    ld.push(`<script type="application/ld+json">${pick(r, broken)}</script>`);
  }
  if (r() < 0.2) ld.push(`<style>${'.a{display:none}'.repeat(Math.floor(r() * 500))}.b{</style>`);
  return `<!DOCTYPE html><html><head>${ld.join('')}<title>${pick(r, ITEMS)}</title></head><body>${body.join('\n')}</body></html>`;
}

/** A fixture page cut, duplicated and spliced with junk. */
function mutate(r: () => number, html: string): string {
  let out = html;
  for (let i = 0; i < 1 + Math.floor(r() * 4); i++) {
    const at = Math.floor(r() * out.length);
    const len = Math.floor(r() * 400);
    const m = r();
    if (m < 0.3) out = out.slice(0, at) + out.slice(at + len);
    else if (m < 0.6) out = out.slice(0, at) + out.slice(at, at + len).repeat(3) + out.slice(at);
    else out = out.slice(0, at) + Array.from({ length: 20 }, () => pick(r, JUNK)).join('') + out.slice(at);
  }
  return out;
}

function checkResult(result: ExtractionResult) {
  expect(result.notJob === null ? result.postings.length > 0 : result.postings.length === 0).toBe(true);
  for (const p of result.postings) {
    const { body, ...fields } = p;
    const parsed = ExtractedPosting.safeParse(fields);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(body.length).toBeLessThanOrEqual(200_000);
  }
}

// CPU time of this process, not wall-clock time: on a shared machine (CI, several jobs on two cores)
// the wall clock of a 1 s input read 4.5 s, while a runaway loop burns CPU whatever the load.
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function guarded<T>(run: () => T): T {
  const t = cpuMs();
  const out = run();
  expect(cpuMs() - t).toBeLessThan(HANG_GUARD_MS);
  return out;
}

describe('fuzz (seeded)', () => {
  test('2,000 generated texts', () => {
    const r = rng(SEED);
    for (let i = 0; i < 2000; i++) {
      const text = randomText(r);
      checkResult(guarded(() => extractFromText(text, { title: r() < 0.5 ? pick(r, ITEMS) : undefined })));
    }
  });

  test('600 generated pages', () => {
    const r = rng(SEED + 1);
    for (let i = 0; i < 600; i++) {
      const html = randomPage(r);
      checkResult(guarded(() => extractPostings(parseDocument(html), pick(r, ['', 'https://www.zhipin.com/job_detail/1.html', 'https://www.seek.com.au/job/1', 'nonsense']))));
    }
  });

  test('400 mutated fixture pages', () => {
    const r = rng(SEED + 2);
    const root = 'test/fixtures/pages';
    const pages = readdirSync(root).flatMap((site) => readdirSync(join(root, site)).map((c) => decodeHtml(readFileSync(join(root, site, c, 'source.html')))));
    for (let i = 0; i < 400; i++) {
      const html = mutate(r, pick(r, pages));
      checkResult(guarded(() => extractPostings(parseDocument(html), 'https://www.example.com/')));
    }
  });

  test('inputs that are not what the types say', () => {
    for (const junk of [null, undefined, 42, {}, [], '']) {
      checkResult(extractFromText(junk as unknown as string));
      checkResult(extractPostings(junk as unknown as Document, junk as unknown as string));
    }
  });
});
