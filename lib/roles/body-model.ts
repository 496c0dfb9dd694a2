import { normalizeForMatch } from '../text/normalize';
import type { MatchInput } from './types';
import type { BodyModel, BodyModelCore, BodyReading } from './body-types';
import { bodyEvidence } from './body-evidence';
import { withoutCompanyPitch } from './company-pitch';

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

/** A part of the posting the model reads, normalised, and how much its terms count. */
export interface ModelSection {
  text: string;
  weight: number;
}

/**
 * How much each part of an ad counts, against its duties (1). Requirements are much alike across
 * roles (沟通能力, 本科) and the rest of the ad (company, pay, perks, a line of the job's pitch) more
 * so, yet both still say something of the job: a warehouse's 包吃住 and 计件, a host's 直播间.
 * Chosen on the 5-fold check of the model alone (scratch harness, both dev sets, body only): the
 * duties and requirements alone read roles-ecom-dev at top-1 .869 / macro .808; with the rest at
 * 0.4 and requirements at 0.6, .876 / .819; requirements 0.4-1 and the rest 0.2-0.7 all within half
 * a point of that. The rest in a feature space of its own (prefixed terms) or the duties in one
 * read worse (.836 and .860): the ads are too few to learn three vocabularies.
 */
export const SECTION_WEIGHTS = { duties: 1, requirements: 0.6, rest: 0.4 };

/** The ad's text outside its duty and requirement items (they are cut out where they occur). */
function restOf(body: string, items: readonly string[]): string {
  let rest = body.slice(0, MAX_CHARS);
  // Short items (a word) would cut words out of sentences; they are counted with the items.
  for (const item of items) if (item.length > 3) rest = rest.split(item).join('\n');
  return rest;
}

/**
 * What the model reads of a posting, normalised, by part: its duties, its requirements and the
 * rest of its text, each with its SECTION_WEIGHTS weight; the whole body at weight 1 when the items
 * are thin; never the title. The item pieces are the very strings the matcher's library cosine
 * normalises (matcher.ts bodyCounts), so normalisation's memo answers the second asking.
 */
export function modelSectionsOf(input: Pick<MatchInput, 'duties' | 'requirements' | 'preferred' | 'body'>): ModelSection[] {
  const reqs = [...input.requirements, ...(input.preferred ?? [])];
  const itemChars = [...input.duties, ...reqs].reduce((n, s) => n + s.length, 0);
  if (itemChars < THIN_ITEMS && input.body) return [{ text: normalizeForMatch(withoutCompanyPitch(input.body.slice(0, MAX_CHARS))), weight: 1 }];
  const sections = [
    { text: normalizeForMatch(input.duties.join('\n').slice(0, MAX_CHARS)), weight: SECTION_WEIGHTS.duties },
    { text: normalizeForMatch(reqs.join('\n').slice(0, MAX_CHARS)), weight: SECTION_WEIGHTS.requirements },
  ];
  if (input.body) sections.push({ text: normalizeForMatch(withoutCompanyPitch(restOf(input.body, [...input.duties, ...reqs]))), weight: SECTION_WEIGHTS.rest });
  return sections;
}

/** The text the model reads, its parts joined (what the evidence picks words from). */
export function modelTextOf(input: Pick<MatchInput, 'duties' | 'requirements' | 'preferred' | 'body'>): string {
  return modelSectionsOf(input).map((s) => s.text).join('\n');
}

/** Sublinear term frequency; weighted counts may fall below 1 (a term only in a part weighed under 1). */
function tf(c: number): number {
  return c < 1 ? c : 1 + Math.log(c);
}

/** Unit length, in place. */
function normalised(vector: Map<number, number>): Map<number, number> {
  let sum = 0;
  for (const x of vector.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [row, x] of vector) vector.set(row, x / norm);
  return vector;
}

/** A posting's term vector as the model weighs it (the training's string path): weighted counts, sublinear tf x idf, unit length; row -> value. */
export function modelVector(rows: Map<string, number>, idf: ArrayLike<number>, sections: readonly ModelSection[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { text, weight } of sections) {
    for (const t of modelTerms(text)) {
      const row = rows.get(t);
      if (row !== undefined) counts.set(row, (counts.get(row) ?? 0) + weight);
    }
  }
  for (const [row, c] of counts) counts.set(row, tf(c) * idf[row]!);
  return normalised(counts);
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

/** modelVector(model.rows, model.idf, sections), without the strings. */
export function vectorOfSections(model: BodyModelCore, sections: readonly ModelSection[]): Map<number, number> {
  const { chars, pairs, words } = lookupOf(model);
  const counts = new Map<number, number>();
  for (const { text, weight } of sections) {
    const s = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    const add = (row: number | undefined) => row !== undefined && counts.set(row, (counts.get(row) ?? 0) + weight);
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
  }
  for (const [row, c] of counts) counts.set(row, tf(c) * model.idf[row]!);
  return normalised(counts);
}

/** The model's reading of a posting's body; null when the body has none of the model's terms. */
export function readBody(model: BodyModelCore, input: Pick<MatchInput, 'duties' | 'requirements' | 'preferred' | 'body'>): BodyReading | null {
  const sections = modelSectionsOf(input);
  const vector = vectorOfSections(model, sections);
  const text = sections.map((x) => x.text).join('\n');
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
