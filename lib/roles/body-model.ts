import { normalizeForMatch } from '../text/normalize';
import type { MatchInput } from './types';

/**
 * The body model: what real ads of each role say, learned from them (scripts/train-body-model.ts
 * trains it on ../shared/eval/roles-dev.jsonl and roles-ecom-dev.jsonl). A multinomial logistic
 * regression over the ad's character unigrams and bigrams and Latin words, with one class per
 * standard role and one background class, OUTSIDE_CLASS, learned from the ads no role fits. The
 * matcher (matcher.ts) combines its probabilities with the library's profile cosine and the title.
 *
 * The weights ship as a data file (lib/roles/data/body-model.json), read by body-model-file.ts;
 * the popup imports both with a dynamic import (load.ts), so neither is in its first bundle.
 */

/** The background class: ads outside the 15 roles (accept == [] in the training data). */
export const OUTSIDE_CLASS = 'outside:other';

interface RuleData {
  threshold: number;
  margin: number;
}

/** How the matcher combines the model with the rest, and when it assigns: calibrated by the training script. */
export interface Calibration {
  /** Share of the model in the body evidence (the rest is the library cosine). */
  modelWeight: number;
  /** Share of the title when it names a job the alias table knows. */
  titleWeight: number;
  /** The decision rule (rule.ts) for a posting whose title the alias table reads, and for one without. */
  titled: RuleData;
  untitled: RuleData;
}

export interface BodyModel {
  classes: string[];
  /** term -> row */
  rows: Map<string, number>;
  terms: string[];
  idf: Float32Array;
  /**
   * rows x classes, times `scale`, centred per term (a term's weights sum to 0 across classes), so
   * a weight is what the term adds to that class against the rest. Kept as the file's int8 (no
   * conversion on load) or, fresh from training, as floats with scale 1.
   */
  weights: Int8Array | Float32Array;
  scale: number;
  bias: Float32Array;
  calibration: Calibration;
}

/** Smoothed inverse document frequency of a term held by `df` of `docs` training ads. */
export function idfOf(docs: number, df: number): number {
  return Math.log(1 + docs / df);
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN = /[a-z][a-z0-9+#]*(?:\.[a-z0-9]+)*[+#]*/g;
// Untrusted input: an ad's gist is in its first pages.
const MAX_CHARS = 20_000;

/** The model's terms of normalised text: every CJK character and character pair, and Latin words. */
export function modelTerms(normText: string): string[] {
  const s = normText.length > MAX_CHARS ? normText.slice(0, MAX_CHARS) : normText;
  const out: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= s.length; i++) {
    const isCjk = i < s.length && CJK.test(s[i]!);
    if (isCjk && runStart < 0) runStart = i;
    if (!isCjk && runStart >= 0) {
      for (let j = runStart; j < i; j++) {
        out.push(s[j]!);
        if (j + 1 < i) out.push(s.slice(j, j + 2));
      }
      runStart = -1;
    }
  }
  for (const m of s.matchAll(LATIN)) out.push(m[0]);
  return out;
}

// Fewer characters of items than this and extraction was thin: the model reads the whole text.
const THIN_ITEMS = 60;

/**
 * The text the model reads of a posting, normalised: its duties and requirements, or its whole
 * body when they are thin; never the title. The pieces are the very strings the matcher's library
 * cosine normalises (matcher.ts bodyCounts), so normalisation's memo answers the second asking.
 */
export function modelTextOf(input: Pick<MatchInput, 'duties' | 'requirements' | 'preferred' | 'body'>): string {
  const reqs = [...input.requirements, ...(input.preferred ?? [])];
  const itemChars = [...input.duties, ...reqs].reduce((n, s) => n + s.length, 0);
  if (itemChars < THIN_ITEMS && input.body) return normalizeForMatch(input.body.slice(0, MAX_CHARS));
  return `${normalizeForMatch(input.duties.join('\n').slice(0, MAX_CHARS))}\n${normalizeForMatch(reqs.join('\n').slice(0, MAX_CHARS))}`;
}

/** A posting's term vector as the model weighs it: sublinear tf x idf, unit length; row -> value. */
export function modelVector(rows: Map<string, number>, idf: ArrayLike<number>, terms: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const t of terms) {
    const row = rows.get(t);
    if (row !== undefined) counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  let sum = 0;
  for (const [row, c] of counts) {
    const x = (1 + Math.log(c)) * idf[row]!;
    counts.set(row, x);
    sum += x * x;
  }
  const norm = Math.sqrt(sum) || 1;
  for (const [row, x] of counts) counts.set(row, x / norm);
  return counts;
}

/** Softmax of the logits, in place. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - max);
    sum += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
  return z;
}

export interface BodyReading {
  /** Probability per model class, in model.classes order. */
  probs: Float64Array;
  /** The posting's weighted terms (row -> value): for evidence. */
  vector: Map<number, number>;
  /** The normalised text read. */
  text: string;
}

/**
 * The model's terms by character codes: a character (its code) and a pair (code x 65536 + code)
 * are looked up as numbers, so reading a posting makes no string per character or pair (the
 * string path, modelTerms + modelVector, is the training's; test/roles/body-model.test.ts holds the
 * two equal).
 */
interface Lookup {
  chars: Map<number, number>;
  pairs: Map<number, number>;
  words: Map<string, number>;
}
const lookups = new WeakMap<BodyModel, Lookup>();
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

function lookupOf(model: BodyModel): Lookup {
  let l = lookups.get(model);
  if (!l) {
    l = { chars: new Map(), pairs: new Map(), words: new Map() };
    for (const [term, row] of model.rows) {
      const a = term.charCodeAt(0);
      if (term.length === 1 && isCjk(a)) l.chars.set(a, row);
      else if (term.length === 2 && isCjk(a) && isCjk(term.charCodeAt(1))) l.pairs.set(a * 65536 + term.charCodeAt(1), row);
      else l.words.set(term, row);
    }
    lookups.set(model, l);
  }
  return l;
}

/** modelVector(model.rows, model.idf, modelTerms(normText)), without the strings. */
export function vectorOfText(model: BodyModel, normText: string): Map<number, number> {
  const s = normText.length > MAX_CHARS ? normText.slice(0, MAX_CHARS) : normText;
  const { chars, pairs, words } = lookupOf(model);
  const counts = new Map<number, number>();
  const add = (row: number | undefined) => row !== undefined && counts.set(row, (counts.get(row) ?? 0) + 1);
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isCjk(c)) {
      prev = -1;
      continue;
    }
    add(chars.get(c));
    if (prev >= 0) add(pairs.get(prev * 65536 + c));
    prev = c;
  }
  for (const m of s.matchAll(LATIN)) add(words.get(m[0]));
  let sum = 0;
  for (const [row, n] of counts) {
    const x = (1 + Math.log(n)) * model.idf[row]!;
    counts.set(row, x);
    sum += x * x;
  }
  const norm = Math.sqrt(sum) || 1;
  for (const [row, x] of counts) counts.set(row, x / norm);
  return counts;
}

/** The model's reading of a posting's body; null when the body has none of the model's terms. */
export function readBody(model: BodyModel, input: Pick<MatchInput, 'duties' | 'requirements' | 'preferred' | 'body'>): BodyReading | null {
  const text = modelTextOf(input);
  const vector = vectorOfText(model, text);
  if (!vector.size) return null;
  const k = model.classes.length;
  const z = new Float64Array(k);
  for (const [row, x] of vector) {
    const base = row * k;
    for (let c = 0; c < k; c++) z[c]! += model.weights[base + c]! * x;
  }
  for (let c = 0; c < k; c++) z[c] = z[c]! * model.scale + model.bias[c]!;
  return { probs: softmax(z), vector, text };
}
