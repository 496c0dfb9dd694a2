import { normalizeForMatch } from '../text/normalize';
import type { MatchInput } from './types';
import type { BodyModel, BodyModelCore, BodyReading } from './body-types';
import { bodyEvidence } from './body-evidence';

export { OUTSIDE_CLASS, type BodyModel, type BodyModelCore, type BodyReading, type Calibration } from './body-types';

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
const lookups = new WeakMap<BodyModelCore, Lookup>();
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

function lookupOf(model: BodyModelCore): Lookup {
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
export function vectorOfText(model: BodyModelCore, normText: string): Map<number, number> {
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
export function readBody(model: BodyModelCore, input: Pick<MatchInput, 'duties' | 'requirements' | 'preferred' | 'body'>): BodyReading | null {
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

/**
 * The runtime model: the data with its reader and evidence attached. The matcher reaches them
 * through the model (model.read, model.evidence), so this module, which the popup loads with the
 * weights (load.ts), stays out of the popup's first script.
 */
export function withRuntime(core: BodyModelCore): BodyModel {
  const model: BodyModel = {
    ...core,
    read: (input) => readBody(model, input),
    evidence: (reading, classId) => bodyEvidence(model, reading, classId),
  };
  return model;
}
