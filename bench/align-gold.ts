import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Duty } from '../lib/db/schemas';
import { cleanItem } from '../lib/text/items';

/**
 * The duty-alignment gold (../shared/eval/align-dev.jsonl) and its scoring rules, as
 * align-dev.md states them: duties map by id, else by unique text (exact, then without white space
 * and punctuation); items map by index while the extractor's item list is unchanged, else by text
 * (exact, then normalised). Pairs that cannot be mapped are counted, never scored.
 */

export interface AlignRecord {
  id: string;
  role: string;
  title: string;
  text: string;
  items: string[];
  duties: { index: number; id: string; text: string }[];
  gold_ids: [string, number, number, string][];
  borderline: [string, string][];
  borderline_negative: [string, string][];
}

export function readAlignRecords(evalDir: string, file = 'align-dev.jsonl'): AlignRecord[] {
  return readFileSync(join(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AlignRecord);
}

/** What one ad's comparison reported: pairs of (current duty id, the item as the product saw it). */
export interface Reported {
  items: string[];
  pairs: { dutyId: string; itemIndex: number; item: string; clause?: string; via?: string; pattern?: string }[];
}

const squash = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '');
/** Item text without white space, `_x000d_`, leading list markers or trailing punctuation. */
export function itemNorm(s: string): string {
  return cleanItem(s.replace(/_x000d_/gi, ' ').replace(/\s+/g, ' '))
    .replace(/[\s。.；;，,、:：!！?？]+$/u, '')
    .replace(/\s+/g, '');
}

/** snapshot duty id -> current duty id (null: unmapped). */
export function mapDuties(snapshot: AlignRecord['duties'], current: readonly Duty[]): Map<string, string | null> {
  const ids = new Set(current.map((d) => d.id));
  const unique = (key: (s: string) => string, text: string) => {
    const hits = current.filter((d) => key(d.text) === key(text));
    return hits.length === 1 ? hits[0]!.id : null;
  };
  return new Map(
    snapshot.map((s) => [s.id, ids.has(s.id) ? s.id : (unique((x) => x, s.text) ?? unique(squash, s.text))]),
  );
}

/** judged item index of a reported item, or -1 (unjudged). */
export function itemIndexer(judged: readonly string[], extracted: readonly string[]): (index: number, text: string) => number {
  const same = judged.length === extracted.length && judged.every((x, i) => x === extracted[i]);
  const exact = new Map<string, number>();
  const norm = new Map<string, number>();
  judged.forEach((x, i) => {
    if (!exact.has(x)) exact.set(x, i);
    if (!norm.has(itemNorm(x))) norm.set(itemNorm(x), i);
  });
  return (index, text) => (same ? index : (exact.get(text) ?? norm.get(itemNorm(text)) ?? -1));
}

export type Reading = 'main' | 'strict' | 'lenient';

/** An ad scored: pair keys are `snapshotDutyId\u0000judgedItemIndex`. */
export interface AdScore {
  id: string;
  role: string;
  dutyCount: number;
  gold: Record<Reading, Set<string>>;
  reported: Set<string>;
  /** Distinct snapshot duties reported covered (the "covers N" headline), unjudged items included. */
  reportedDuties: Set<string>;
  unmappedGold: number;
  unjudged: number;
  /** Why each reported pair was reported: `via: clause [pattern]`. */
  why: Map<string, string>;
}

const key = (duty: string, item: number) => `${duty}\u0000${item}`;
export const splitKey = (k: string): [string, number] => {
  const [d, i] = k.split('\u0000');
  return [d!, Number(i)];
};

export function scoreAd(r: AlignRecord, current: readonly Duty[], got: Reported): AdScore {
  const toCurrent = mapDuties(r.duties, current);
  const toSnapshot = new Map<string, string>();
  for (const [s, c] of toCurrent) if (c) toSnapshot.set(c, s);
  const byText = (t: string) => r.items.map((x, i) => (x === t || itemNorm(x) === itemNorm(t) ? i : -1)).filter((i) => i >= 0);

  const main = new Set<string>();
  let unmappedGold = 0;
  for (const [dutyId, , itemIndex] of r.gold_ids) {
    if (toCurrent.get(dutyId)) main.add(key(dutyId, itemIndex));
    else unmappedGold += 1;
  }
  const strict = new Set(main);
  for (const [dutyId, text] of r.borderline) for (const i of byText(text)) strict.delete(key(dutyId, i));
  const lenient = new Set(main);
  for (const [dutyId, text] of r.borderline_negative) {
    if (toCurrent.get(dutyId)) for (const i of byText(text)) lenient.add(key(dutyId, i));
  }

  const index = itemIndexer(r.items, got.items);
  const reported = new Set<string>();
  const why = new Map<string, string>();
  const reportedDuties = new Set<string>();
  let unjudged = 0;
  for (const p of got.pairs) {
    const duty = toSnapshot.get(p.dutyId);
    const item = index(p.itemIndex, p.item);
    if (duty) reportedDuties.add(duty);
    if (!duty || item < 0) unjudged += 1;
    else {
      reported.add(key(duty, item));
      if (p.via) why.set(key(duty, item), `${p.via}: ${p.clause ?? ''}${p.pattern ? ` [${p.pattern}]` : ''}`);
    }
  }
  return { id: r.id, role: r.role, dutyCount: r.duties.length, gold: { main, strict, lenient }, reported, reportedDuties, unmappedGold, unjudged, why };
}

export interface Figures {
  tp: number;
  reported: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  dutyRecall: number;
  coverageError: number;
}

export function figuresOf(ads: readonly AdScore[], reading: Reading): Figures {
  let tp = 0;
  let reported = 0;
  let gold = 0;
  let goldDuties = 0;
  let foundDuties = 0;
  let error = 0;
  for (const a of ads) {
    const g = a.gold[reading];
    reported += a.reported.size;
    gold += g.size;
    const right = [...a.reported].filter((k) => g.has(k));
    tp += right.length;
    const gd = new Set([...g].map((k) => splitKey(k)[0]));
    goldDuties += gd.size;
    foundDuties += new Set(right.map((k) => splitKey(k)[0])).size;
    error += Math.abs(a.reportedDuties.size - gd.size) / Math.max(1, a.dutyCount);
  }
  const precision = tp / Math.max(1, reported);
  const recall = tp / Math.max(1, gold);
  return {
    tp,
    reported,
    gold,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    dutyRecall: foundDuties / Math.max(1, goldDuties),
    coverageError: error / Math.max(1, ads.length),
  };
}
