import { modelSectionsOf, OUTSIDE_CLASS, readBody, type Calibration } from './body-model';
import { calibrateBlend, type CalibrationRow, type Grid, GRID } from './body-calibrate';
import { foldOf } from './body-split';
import { runtimeModel, trainModel, TRAIN_OPTIONS, type TrainDoc, type Trained, type TrainOptions } from './body-train';
import type { MatcherIndex } from './matcher-index';
import { rankClasses } from './matcher';
import { readTitle } from './titles';
import type { MatchInput } from './types';

/**
 * Fitting the body model and its calibration on labelled ads (the training script's whole job;
 * the eval's cross-validation runs it on one half). Two steps, so the calibration never sees a
 * model's verdict on an ad that model was trained on:
 * 1. cross-fitting: the ads are cut into FOLDS folds by a hash of their id; for each fold a model
 *    trained on the others reads it. The combination weights and the abstention rule are then
 *    calibrated on those out-of-fold readings, in every mode given (with title, body only).
 * 2. the shipped model: trained on every ad.
 */

export interface FitRecord {
  id: string;
  /** Which set it comes from: calibration weighs each set and mode alike. */
  set: string;
  /** Acceptable role ids; [] for an ad no role fits (the model's background class). */
  accept: string[];
  /** What the matcher reads of the ad in each mode (e.g. with title, body only). */
  inputs: Record<string, MatchInput>;
  /** The mode whose input trains the model (its body is what the model reads). */
  trainMode: string;
  /** The ad's own title: it names the outside family of an ad no role fits. */
  title: string;
}

/**
 * An outside family (outside.ts) becomes a class of the model when at least this many training ads
 * no role fits carry one of its titles; the rest of those ads make the background class. A family
 * of a handful of ads would be learned from its few companies' wording.
 */
export const MIN_FAMILY_ADS = 10;

/**
 * The model's class for an ad no role fits: the outside family its title names (read with the
 * alias table, as the matcher reads titles), else the background class. The families' vocabulary
 * differs (a salesperson's ad is not a product manager's), so one background class would blur them.
 */
function outsideClassOf(library: MatcherIndex, title: string): string {
  const head = readTitle(title, library.aliases, library.aliasLookup).head;
  const id = head?.entry.classId;
  return id && library.classes.some((c) => c.id === id && c.kind === 'outside') ? id : OUTSIDE_CLASS;
}

export const FOLDS = 5;

export interface Fitted {
  trained: Trained;
  calibration: Calibration;
  /** The calibration objective on the out-of-fold readings. */
  value: number;
}

function docsOf(records: readonly FitRecord[], classes: readonly string[], outsideOf: (r: FitRecord) => string): TrainDoc[] {
  return records.map((r) => ({
    sections: modelSectionsOf(r.inputs[r.trainMode]!),
    targets: r.accept.length ? r.accept.map((a) => classes.indexOf(a)).filter((i) => i >= 0) : [classes.indexOf(outsideOf(r))],
  }));
}

/** The parts rankClasses blends, for one ad in one mode, with a model's probabilities. */
export function partsOf(library: MatcherIndex, input: MatchInput, probs: ReadonlyMap<string, number> | null): Omit<CalibrationRow, 'group' | 'accept'> {
  const { scored, titled, unexplained } = rankClasses(library, input);
  const parts = scored.map((s) => ({ id: s.cls.id, kind: s.cls.kind, title: s.title, library: s.body, model: probs?.get(s.cls.id) ?? null }));
  if (probs) parts.push({ id: OUTSIDE_CLASS, kind: 'outside', title: 0, library: 0, model: probs.get(OUTSIDE_CLASS) ?? 0 });
  return { titled, unexplained, parts };
}

export function fitBodyModel(
  records: readonly FitRecord[],
  library: MatcherIndex,
  options: TrainOptions = TRAIN_OPTIONS,
  grid: Grid = GRID,
): Fitted {
  // Library-only ranking: the index given must carry no model.
  const plain: MatcherIndex = { ...library, bodyModel: undefined };
  const roles = [...plain.roles.keys()];
  const usable = records.filter((r) => r.accept.length === 0 || r.accept.some((a) => roles.includes(a)));
  const families = new Map<string, number>();
  for (const r of usable) if (!r.accept.length) families.set(outsideClassOf(plain, r.title), (families.get(outsideClassOf(plain, r.title)) ?? 0) + 1);
  const kept = [...families.entries()].filter(([id, n]) => id !== OUTSIDE_CLASS && n >= MIN_FAMILY_ADS).map(([id]) => id).sort();
  const classes = [...roles, ...kept, OUTSIDE_CLASS];
  const outsideOf = (r: FitRecord) => {
    const id = outsideClassOf(plain, r.title);
    return kept.includes(id) ? id : OUTSIDE_CLASS;
  };
  const docs = docsOf(usable, classes, outsideOf);
  const rows: CalibrationRow[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (r: FitRecord) => foldOf(r.id, FOLDS) === fold;
    const trained = trainModel(docs.filter((_, i) => !inFold(usable[i]!)), classes, options);
    const model = runtimeModel(trained, { modelWeight: 0, titleWeight: 0, titled: { threshold: 0, margin: 0 }, untitled: { threshold: 0, margin: 0 } });
    for (const r of usable.filter(inFold)) {
      for (const [mode, input] of Object.entries(r.inputs)) {
        // A body without any of the model's terms reads as all zeros, as at run time.
        const reading = readBody(model, input);
        const probs = new Map(classes.map((id, i) => [id, reading ? reading.probs[i]! : 0]));
        rows.push({ group: `${r.set} ${mode}`, accept: r.accept, ...partsOf(plain, input, probs) });
      }
    }
  }
  const { value, ...calibration } = calibrateBlend(rows, grid);
  return { trained: trainModel(docs, classes, options), calibration, value };
}
