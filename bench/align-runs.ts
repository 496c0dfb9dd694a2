import { extractFromText, type ExtractionResult } from '../lib/extract/index';
import { compareReports } from '../lib/cli/commands/compare';
import { builtinMatcherIndex } from '../lib/roles/builtin-index';
import { alignItems, SIMILARITY_THRESHOLD } from '../lib/roles/align';
import { BARE_THRESHOLD, type CoverOptions } from '../lib/roles/cover';
import { PHRASING_SPAN } from '../lib/roles/phrasings';
import { figuresOf, scoreAd, type AdScore, type AlignRecord, type Reported } from './align-gold';

/**
 * Running the comparison over the gold ads with given settings, for bench/eval-align.ts: the
 * settings in use, the ablations ("what each mechanism earned") and the split-half calibration.
 * Every run goes through compareReports, the function behind `compare --json`; the extraction is
 * done once per ad (it does not depend on the settings).
 */

export const index = builtinMatcherIndex();

export interface Prepared {
  record: AlignRecord;
  result: ExtractionResult;
}

export function prepare(records: readonly AlignRecord[]): Prepared[] {
  return records.map((record) => ({ record, result: extractFromText(record.text, { title: record.title }) }));
}

export type Settings = CoverOptions;
export const IN_USE: Settings = { bareThreshold: BARE_THRESHOLD, span: PHRASING_SPAN };

function reported(p: Prepared, settings: Settings): Reported {
  const reports = compareReports(index, p.record.role, p.result, settings);
  let offset = 0;
  const pairs: Reported['pairs'] = [];
  for (const r of reports) {
    // Several postings: each one's item indexes follow the previous postings' items.
    for (const c of r.comparison.covered) pairs.push({ dutyId: c.dutyId, itemIndex: c.itemIndex + offset, item: c.item, clause: c.clause, via: c.via, pattern: c.pattern });
    offset += r.posting.duties.length;
  }
  return { items: reports.flatMap((r) => r.posting.duties), pairs };
}

export function run(prepared: readonly Prepared[], settings: Settings = IN_USE): AdScore[] {
  return prepared.map((p) => scoreAd(p.record, index.roles.get(p.record.role)?.duties ?? [], reported(p, settings)));
}

/** The comparison before issue #11: for each duty the one most similar whole item (cosine >= 0.2). */
export function runBefore(prepared: readonly Prepared[]): AdScore[] {
  return prepared.map((p) => {
    const items = p.result.postings.flatMap((x) => x.duties);
    const pairs = alignItems(items, index.duties.get(p.record.role) ?? [], index, SIMILARITY_THRESHOLD).covered;
    return scoreAd(p.record, index.roles.get(p.record.role)?.duties ?? [], { items, pairs });
  });
}

/** Mechanisms switched on one at a time (cumulative), then each switched off from the full set. */
export function ablations(prepared: readonly Prepared[]): { label: string; ads: AdScore[] }[] {
  const off = { clauses: false, phrasings: false, noise: false, marks: false };
  return [
    { label: 'before: best whole item per duty', ads: runBefore(prepared) },
    { label: '+ many-to-many (whole items, similarity)', ads: run(prepared, { ...IN_USE, ...off }) },
    { label: '+ clause splitting', ads: run(prepared, { ...IN_USE, ...off, clauses: true }) },
    { label: '+ noise, goal and skill clauses set aside', ads: run(prepared, { ...IN_USE, ...off, clauses: true, noise: true }) },
    { label: '+ duty phrasings (= in use)', ads: run(prepared) },
    { label: 'in use without clause splitting', ads: run(prepared, { ...IN_USE, clauses: false }) },
    { label: 'in use without the noise/goal/skill filter', ads: run(prepared, { ...IN_USE, noise: false }) },
    { label: 'in use without the span limit', ads: run(prepared, { ...IN_USE, span: 10_000 }) },
    { label: 'in use without phrasings (a role the user wrote)', ads: run(prepared, { ...IN_USE, phrasings: false }) },
  ];
}

const SPANS = [8, 10, 13, 16, 20, 24, 10_000];
const BARE = [0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3];

export interface Calibration {
  settings: Settings;
  f1: number;
}

/**
 * The settings that maximise main-reading F1 on a subset of ads: the span with the phrasings on,
 * and the bare threshold with them off (what a duty without phrasings gets). Among equal F1 the
 * first in grid order (shorter span, lower threshold).
 */
export function calibrate(prepared: readonly Prepared[], ids: ReadonlySet<string>): Calibration {
  const fit = prepared.filter((p) => ids.has(p.record.id));
  let span = { value: PHRASING_SPAN, f1: -1 };
  for (const value of SPANS) {
    const f1 = figuresOf(run(fit, { ...IN_USE, span: value }), 'main').f1;
    if (f1 > span.f1 + 1e-9) span = { value, f1 };
  }
  let bare = { value: BARE_THRESHOLD, f1: -1 };
  for (const value of BARE) {
    const f1 = figuresOf(run(fit, { ...IN_USE, phrasings: false, bareThreshold: value }), 'main').f1;
    if (f1 > bare.f1 + 1e-9) bare = { value, f1 };
  }
  return { settings: { span: span.value, bareThreshold: bare.value }, f1: span.f1 };
}
/** Halves stratified by role: within each role, ads in id order alternate between A and B. */
export function halves(records: readonly AlignRecord[]): [Set<string>, Set<string>] {
  const a = new Set<string>();
  const b = new Set<string>();
  for (const role of new Set(records.map((r) => r.role))) {
    records
      .filter((r) => r.role === role)
      .map((r) => r.id)
      .sort()
      .forEach((id, i) => (i % 2 ? b : a).add(id));
  }
  return [a, b];
}
