import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFromText } from '../lib/extract/index';
import type { AlignRecord } from './align-gold';
import { index } from './align-runs';

/**
 * A second, smaller judged set: 42 other ads of roles-ecom-dev.jsonl / roles-dev.jsonl (not in
 * align-dev, one posting, 4-12 duty items, a few per role), judged by the implementer of issue #11
 * under align-dev.md's policy, in two batches (A: 28 ads, B: 14). Weaker evidence than align-dev
 * (same hand as the phrasings; batch A was judged before the last phrasing changes and informed
 * them, batch B after), kept to show how the comparison does on ads it was not written against.
 *
 * The file holds no ad text: each judged item is named by a hash of its words
 * (bench/data/align-selfcheck.json), and the ads are read from the eval data and extracted again.
 */

interface Judged {
  set: 'A' | 'B';
  id: string;
  role: string;
  gold: [dutyId: string, itemHash: string, borderline: 0 | 1][];
  borderline_negative: [dutyId: string, itemHash: string][];
}

/** The words of an item, hashed: no white space, punctuation, symbols or `_x000d_`. */
export function itemHash(text: string): string {
  const words = text.replace(/_x000d_/gi, '').replace(/[\s\p{P}\p{S}]+/gu, '');
  return createHash('sha1').update(words).digest('hex').slice(0, 12);
}

export function readSelfCheck(evalDir: string, set?: 'A' | 'B'): AlignRecord[] {
  const judged = (JSON.parse(readFileSync(resolve('bench/data/align-selfcheck.json'), 'utf8')) as Judged[]).filter((j) => !set || j.set === set);
  const texts = new Map<string, { title?: string; text: string }>();
  for (const file of ['roles-ecom-dev.jsonl', 'roles-dev.jsonl']) {
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (line.trim()) {
        const r = JSON.parse(line) as { id: string; title?: string; text: string };
        texts.set(r.id, r);
      }
    }
  }
  return judged.flatMap((j) => {
    const r = texts.get(j.id);
    if (!r) return [];
    const items = extractFromText(r.text, { title: r.title }).postings.flatMap((p) => p.duties);
    const at = (hash: string) => items.findIndex((x) => itemHash(x) === hash);
    const duties = (index.roles.get(j.role)?.duties ?? []).map((d, i) => ({ index: i, id: d.id, text: d.text }));
    const dutyIndex = new Map(duties.map((d) => [d.id, d.index]));
    // Pairs whose item the extractor no longer gives are dropped (and counted by the caller via gold size).
    const gold = j.gold.filter(([, h]) => at(h) >= 0);
    return [
      {
        id: j.id,
        role: j.role,
        title: r.title ?? '',
        text: r.text,
        items,
        duties,
        gold_ids: gold.map(([d, h]): [string, number, number, string] => [d, dutyIndex.get(d) ?? -1, at(h), items[at(h)]!]),
        borderline: gold.filter(([, , b]) => b).map(([d, h]): [string, string] => [d, items[at(h)]!]),
        borderline_negative: j.borderline_negative.filter(([, h]) => at(h) >= 0).map(([d, h]): [string, string] => [d, items[at(h)]!]),
      },
    ];
  });
}
