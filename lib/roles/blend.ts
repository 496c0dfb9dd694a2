import { OUTSIDE_CLASS, type BodyReading, type Calibration } from './body-types';
import type { ClassProfile } from './matcher-index';

/**
 * How the body model joins the library's cosine (matcher.ts). With the model, a class's body
 * evidence is
 *   (1 - modelWeight) x library cosine + modelWeight x the model's probability
 * for every class the model knows (the standard roles, the outside families it learned, and its
 * background class, OTHER_JOBS). A role it does not know (the user's own) keeps its library cosine
 * whole, so a user role with no training ads still matches through its duties and aliases; an
 * outside family it did not learn keeps only its share of the library cosine.
 */

/** The body model's background class, scored as one more outside class. */
export const OTHER_JOBS: ClassProfile = {
  id: OUTSIDE_CLASS,
  kind: 'outside',
  label: '其他岗位 / Other jobs',
  vector: new Map(),
  phrases: () => [],
};

export interface Blended {
  body: number;
  /** The model's probability for the class; null without a model or for a class it does not know. */
  model: number | null;
}

/** The blend for one posting: class -> body evidence. A body none of whose terms the model knows reads as zero everywhere. */
export function blender(cal: Calibration | null, reading: BodyReading | null, classes: readonly string[]) {
  const prob = new Map(classes.map((id, i) => [id, reading ? reading.probs[i]! : 0]));
  return (cls: Pick<ClassProfile, 'id' | 'kind'>, library: number): Blended => {
    if (!cal) return { body: library, model: null };
    const m = prob.get(cls.id);
    if (m === undefined) return { body: cls.kind === 'role' ? library : (1 - cal.modelWeight) * library, model: null };
    return { body: (1 - cal.modelWeight) * library + cal.modelWeight * m, model: m };
  };
}

/** Title and body into one score: the title counts only when an alias explains it. */
export function combine(titled: boolean, titleWeight: number, title: number, body: number): number {
  return titled ? titleWeight * title + (1 - titleWeight) * body : body;
}
