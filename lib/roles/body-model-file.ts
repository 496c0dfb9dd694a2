import * as z from 'zod/mini';
import { idfOf, withRuntime, type BodyModel } from './body-model';

/**
 * The body model's data file (lib/roles/data/body-model.json, written by
 * scripts/train-body-model.ts) and its reading into the runtime model. Apart from body-model.ts
 * so that the popup loads it, with the data, only when the model is asked for (load.ts).
 */

const RuleData = z.object({ threshold: z.number(), margin: z.number() });

export const BodyModelData = z.object({
  format: z.literal(1),
  /** What it was trained on and how (files, record counts, options): reviewed like code. */
  trainedOn: z.record(z.string(), z.unknown()),
  classes: z.array(z.string()).check(z.minLength(2)),
  /** Terms joined by newlines (no term holds one). */
  terms: z.string(),
  /** The training ads, and per term (in the terms' order) how many held it: the idf (idfOf). */
  docs: z.int().check(z.positive()),
  // Thousands of numbers: checked by parseBodyModel in one loop, not element by element here.
  df: z.array(z.unknown()),
  /** Weights as int8 (base64), term-major (term 0's weight for every class, then term 1 …), times `scale`. */
  weights: z.string(),
  scale: z.number().check(z.positive()),
  bias: z.array(z.number()),
  calibration: z.object({ modelWeight: z.number(), titleWeight: z.number(), titled: RuleData, untitled: RuleData }),
});
export type BodyModelData = z.infer<typeof BodyModelData>;

// Uint8Array.fromBase64 (Chromium 140+, Firefox 133+) decodes natively; the byte loop below was
// the largest part of reading the model on a popup open. Same bytes either way.
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

function base64ToBytes(s: string): Uint8Array {
  if (fromBase64) return fromBase64(s);
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The data file -> the runtime model. Throws on a file that does not fit (a broken build). */
export function parseBodyModel(raw: unknown): BodyModel {
  const data = BodyModelData.parse(raw);
  const terms = data.terms.split('\n');
  const k = data.classes.length;
  const bytes = base64ToBytes(data.weights);
  if (terms.length !== data.df.length || bytes.length !== terms.length * k || data.bias.length !== k) {
    throw new Error('body model: terms, idf, weights and classes do not agree');
  }
  const idf = new Float32Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const f = data.df[i];
    if (typeof f !== 'number' || !(f >= 1)) throw new Error('body model: a document frequency is not a positive number');
    idf[i] = idfOf(data.docs, f);
  }
  return withRuntime({
    classes: data.classes,
    rows: new Map(terms.map((t, i) => [t, i])),
    terms,
    idf,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale: data.scale,
    bias: Float32Array.from(data.bias),
    calibration: data.calibration,
  });
}

