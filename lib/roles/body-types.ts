import type { MatchInput } from './types';

/**
 * The body model's shapes and its background class, apart from its code (body-model.ts): the
 * matcher and the blend need only these, so the popup's first script holds no model code; the
 * code comes with the weights, in the chunk load.ts fetches.
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

/** The model's data (what parseBodyModel and the training produce). */
export interface BodyModelCore {
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

export interface BodyReading {
  /** Probability per model class, in model.classes order. */
  probs: Float64Array;
  /** The posting's weighted terms (row -> value): for evidence. */
  vector: Map<number, number>;
  /** The normalised text read. */
  text: string;
}

export interface BodyModel extends BodyModelCore {
  /** The model's reading of a posting's body (readBody); null when the body has none of its terms. */
  read(input: Pick<MatchInput, 'duties' | 'requirements' | 'preferred' | 'body'>): BodyReading | null;
  /** The body terms that weighed most for a class (bodyEvidence). */
  evidence(reading: BodyReading, classId: string): string[];
}
