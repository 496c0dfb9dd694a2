import '../lib/text/opencc';
import { readFileSync } from 'node:fs';

/**
 * Regression check between two extractor versions on plain-text ads: which ads gained or lost
 * duties / requirements. Real-page work can silently cost plain-text ads (issue 10 follow-up: 41
 * ads lost every duty), and the evals only see their own records, so run this over every ad.
 *
 *   tsx scripts/extract-diff.ts ads > /tmp/ads.jsonl          # the dev ads as {"id","text","title"}
 *   (in each tree) npm run --silent cli -- analyze --jsonl < /tmp/ads.jsonl > /tmp/an-X.jsonl
 *   tsx scripts/extract-diff.ts /tmp/an-old.jsonl /tmp/an-new.jsonl [--list N]
 *
 * Prints the totals, the ads whose duties or requirements went to none (or from none), and the
 * N ads (default 20) whose counts moved most. Never put the ads' text into the project.
 */
const EVAL = new URL('../../shared/eval/', import.meta.url);
const AD_FILES = ['roles-ecom-dev.jsonl', 'roles-dev.jsonl'];

interface Counts {
  duties: number;
  requirements: number;
}

function readJsonl(path: string | URL): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l.replace(/^\ufeff/, '')) as Record<string, unknown>);
}

function counts(path: string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const r of readJsonl(path)) {
    const postings = (r.postings as { duties: string[]; requirements: string[] }[] | undefined) ?? [];
    out.set(String(r.id), {
      duties: postings.reduce((n, p) => n + p.duties.length, 0),
      requirements: postings.reduce((n, p) => n + p.requirements.length, 0),
    });
  }
  return out;
}

function ads(): void {
  for (const file of AD_FILES) {
    for (const r of readJsonl(new URL(file, EVAL))) {
      console.log(JSON.stringify({ id: r.id, text: r.text, ...(typeof r.title === "string" ? { title: r.title } : {}) }));
    }
  }
}

function diff(oldPath: string, newPath: string, list: number): void {
  const a = counts(oldPath);
  const b = counts(newPath);
  const zero: Counts = { duties: 0, requirements: 0 };
  const lists = ['duties', 'requirements'] as const;
  const total = (m: Map<string, Counts>, k: keyof Counts) => [...m.values()].reduce((n, c) => n + c[k], 0);
  console.log(`ads: ${a.size} old, ${b.size} new${a.size === b.size ? '' : ' (different sets: compare the same input)'}`);
  for (const k of lists) console.log(`${k} items: ${total(a, k)} -> ${total(b, k)}`);
  const moved: { id: string; old: Counts; now: Counts; delta: number }[] = [];
  for (const [id, old] of a) {
    const now = b.get(id) ?? zero;
    const delta = Math.abs(now.duties - old.duties) + Math.abs(now.requirements - old.requirements);
    if (delta) moved.push({ id, old, now, delta });
  }
  for (const k of lists) {
    const lost = moved.filter((m) => m.old[k] && !m.now[k]).map((m) => m.id);
    const gained = moved.filter((m) => !m.old[k] && m.now[k]).map((m) => m.id);
    const fewer = moved.filter((m) => m.now[k] < m.old[k]).length;
    const more = moved.filter((m) => m.now[k] > m.old[k]).length;
    console.log(`${k}: ${lost.length} ads lost all, ${gained.length} gained some; ${fewer} fewer, ${more} more`);
    if (lost.length) console.log(`  lost: ${lost.join(' ')}`);
    if (gained.length) console.log(`  gained: ${gained.join(' ')}`);
  }
  moved.sort((x, y) => y.delta - x.delta);
  console.log(`changed ads: ${moved.length}; largest moves (old -> new duties/requirements):`);
  for (const m of moved.slice(0, list)) {
    console.log(`  ${m.id}  ${m.old.duties}/${m.old.requirements} -> ${m.now.duties}/${m.now.requirements}`);
  }
}

const [first, second, ...rest] = process.argv.slice(2);
if (first === 'ads') ads();
else if (first && second) {
  const at = rest.indexOf('--list');
  diff(first, second, at >= 0 ? Number(rest[at + 1]) || 20 : 20);
} else {
  console.error('usage: extract-diff.ts ads > ads.jsonl | extract-diff.ts OLD.jsonl NEW.jsonl [--list N]');
  process.exitCode = 2;
}
