import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromText, type ExtractedWithBody } from '../lib/extract/index';
import { matchInputOf } from '../lib/roles/analyze';
import type { MatchInput } from '../lib/roles/types';
import type { FitRecord } from '../lib/roles/body-fit';

/**
 * The role eval's data: ../shared/eval/roles-dev.jsonl (a recruiting board's postings, mostly
 * internet companies) and roles-ecom-dev.jsonl (e-commerce ads from several boards), each read in
 * two modes: with the record's title, and body only (the title withheld, as when a recruiter
 * pastes an ad's text). Both go through the pipeline `analyze --jsonl` runs: extractFromText, then
 * the matcher on the first posting.
 */

export interface EvalRecord {
  id: string;
  title: string;
  text: string;
  accept: string[] | null;
}

export const SET_FILES = ['roles-dev.jsonl', 'roles-ecom-dev.jsonl'] as const;
export type Mode = 'title' | 'body';
export const MODES: readonly Mode[] = ['title', 'body'];

export function readSet(evalDir: string, file: string): EvalRecord[] {
  const path = join(evalDir, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalRecord);
}

/** roles-dev.jsonl alone (the bench's 1,055 ads). */
export function readRecords(evalDir: string): EvalRecord[] {
  return readSet(evalDir, 'roles-dev.jsonl');
}

/**
 * The posting `analyze --jsonl` would print for a record: the first of extractFromText(text,
 * {title}). null when the engine finds none (then analyze prints no posting, so no role either).
 */
export function postingFor(r: EvalRecord, mode: Mode = 'title'): ExtractedWithBody | null {
  const title = mode === 'title' ? (r.title ?? undefined) : undefined;
  return extractFromText(r.text, { title }).postings[0] ?? null;
}

/** What the matcher reads of a record in a mode, or null when the engine found no posting. */
export function inputFor(r: EvalRecord, mode: Mode): MatchInput | null {
  const posting = postingFor(r, mode);
  return posting ? matchInputOf(posting) : null;
}

/** Which half a record falls in (a hash of its id): the split-half checks. */
export { halfOf } from '../lib/roles/body-split';

/**
 * A record as the body model's fitting reads it (lib/roles/body-fit.ts): its input in both modes
 * (the raw text where the engine finds no posting, as the eval scores it), trained on the body.
 */
export function fitRecordOf(r: EvalRecord, set: string): FitRecord | null {
  if (r.accept === null) return null;
  const inputs = Object.fromEntries(MODES.map((mode) => [mode, inputFor(r, mode) ?? rawInput(r, mode)]));
  return { id: r.id, set, accept: r.accept, inputs, trainMode: 'body', title: r.title ?? '' };
}

/** What the matcher reads when the engine finds no posting: the record's text as the body. */
export function rawInput(r: EvalRecord, mode: Mode): MatchInput {
  return { title: mode === 'title' ? (r.title ?? '') : '', duties: [], requirements: [], body: r.text };
}
