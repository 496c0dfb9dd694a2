import { normalizeForMatch } from '../text/normalize';

/**
 * Text -> weighted term vectors, shared by the matcher and the duty comparison.
 *
 * Chinese has no spaces, so a text gives three kinds of terms: character bigrams of every CJK run
 * (robust to unknown words such as 直通车 or 万相台, which a dictionary segmenter splits wrongly),
 * Intl.Segmenter words of 3+ characters (2-character words already are bigrams), and Latin words
 * (java, c++, node.js, seo). Input is first normalised (Traditional -> Simplified, full -> half
 * width, lower case), so 運營 and 运营 are one term.
 */

export type Vector = Map<string, number>;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// Latin words keep the marks that name technologies: c++, c#, node.js, .net.
const LATIN = /[a-z0-9][a-z0-9+#]*(?:\.[a-z0-9]+)*[+#]*/g;
const HAS_LETTER = /[a-z]/;

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

// Untrusted pages can be huge; a posting's gist is in its first few thousand characters.
const MAX_CHARS = 20_000;

export interface TermOptions {
  /** Add Intl.Segmenter words (3+ chars). Costs ~0.7 µs a character, so the matcher uses it on titles. */
  segment?: boolean;
}

/** Terms of already-normalised text, in order, repeated as often as they occur. */
export function termsOfNormalized(text: string, options: TermOptions = {}): string[] {
  const s = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const out: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= s.length; i++) {
    const isCjk = i < s.length && CJK.test(s[i]!);
    if (isCjk && runStart < 0) runStart = i;
    if (!isCjk && runStart >= 0) {
      for (let j = runStart; j + 1 < i; j++) out.push(s.slice(j, j + 2));
      if (i - runStart === 1) out.push(s[runStart]!); // a lone character (岗, 店) still says something
      runStart = -1;
    }
  }
  for (const m of s.matchAll(LATIN)) if (HAS_LETTER.test(m[0])) out.push(m[0]);
  if (options.segment) segmentInto(s, out);
  return out;
}

/** Intl.Segmenter words of 3+ CJK characters, appended to `out`. */
function segmentInto(normText: string, out: string[]): string[] {
  const seg = zhSegmenter();
  if (seg) for (const w of seg.segment(normText)) if (w.isWordLike && w.segment.length >= 3 && CJK.test(w.segment)) out.push(w.segment);
  return out;
}

/** Only the segmenter words of a text (names and aliases: where 3+ character words are titles). */
export function segmentWords(text: string): string[] {
  const s = normalizeForMatch(text);
  return segmentInto(s.length > MAX_CHARS ? s.slice(0, MAX_CHARS) : s, []);
}

export function termsOf(text: string, options: TermOptions = {}): string[] {
  return termsOfNormalized(normalizeForMatch(text), options);
}

/** Raw counts. */
export function countTerms(terms: Iterable<string>, into: Vector = new Map(), weight = 1): Vector {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

/** Sublinear term frequency; counts may be fractional (down-weighted parts of a text). */
function tf(c: number): number {
  return c < 1 ? c : 1 + Math.log(c);
}

/** tf times idf; terms the idf table does not know (idf 0) are dropped. */
export function weigh(counts: Vector, idf: (term: string) => number): Vector {
  const out: Vector = new Map();
  for (const [t, c] of counts) {
    const w = idf(t);
    if (w > 0 && c > 0) out.set(t, tf(c) * w);
  }
  return out;
}

/** countTerms + weigh + unit in one map, in place: the hot path of matching and alignment. */
export function unitVector(terms: readonly string[], idf: (term: string) => number): Vector {
  const v: Vector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  let sum = 0;
  for (const [t, c] of v) {
    const w = idf(t);
    if (w > 0) {
      const x = tf(c) * w;
      v.set(t, x);
      sum += x * x;
    } else v.delete(t);
  }
  if (sum > 0) {
    const n = Math.sqrt(sum);
    for (const [t, x] of v) v.set(t, x / n);
  }
  return v;
}

export function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Scales to unit length (a zero vector stays zero). */
export function unit(v: Vector): Vector {
  const n = norm(v);
  if (n === 0) return v;
  const out: Vector = new Map();
  for (const [t, x] of v) out.set(t, x / n);
  return out;
}

/** Dot product; iterate over the shorter vector. */
export function dot(a: Vector, b: Vector): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, x] of small) {
    const y = big.get(t);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** a + k * b, in place on a. */
export function addScaled(a: Vector, b: Vector, k: number): Vector {
  for (const [t, x] of b) a.set(t, (a.get(t) ?? 0) + k * x);
  return a;
}

/**
 * Inverse document frequency over a set of documents' term sets. `sharp` (ln N/df) gives a term
 * found in every document no weight at all: right for the few, broad class documents. The smoothed
 * form (ln(1 + N/df)) suits the many short duty statements.
 */
export function idfTable(docs: Iterable<Set<string>>, sharp = false): { idf: (t: string) => number; docCount: number; table: ReadonlyMap<string, number> } {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    n += 1;
    for (const t of doc) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const table = new Map<string, number>();
  for (const [t, f] of df) table.set(t, sharp ? Math.log(n / f) : Math.log(1 + n / f));
  return { idf: (t) => table.get(t) ?? 0, docCount: n, table };
}

