/**
 * Trains the body model (lib/roles/body-model.ts) and calibrates the matcher's blend, then writes
 * lib/roles/data/body-model.json. The only way that file is made: review its diff like code.
 *
 *   npm run train:body        (npx tsx scripts/train-body-model.ts)
 *
 * Reads the labelled dev ads ../shared/eval/roles-dev.jsonl and ../shared/eval/roles-ecom-dev.jsonl
 * (or $ROLECLIP_EVAL_DIR): their text, title and `accept` labels (records with accept == null are
 * left out; accept == [] trains the outside classes: the family its title names, or the
 * background). No ad text is written out: the file holds terms (characters, character pairs, Latin
 * words seen in at least 0.6% of the ads), how many ads held each, and weights.
 */
import '../lib/text/opencc';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinRoles } from '../lib/roles/library';
import { buildIndex } from '../lib/roles/matcher-index';
import { fitBodyModel, FOLDS, type FitRecord } from '../lib/roles/body-fit';
import { packModel } from '../lib/roles/body-train';
import { TRAIN_OPTIONS } from '../lib/roles/body-train';
import { fitRecordOf, readSet, SET_FILES } from '../bench/roles-sets';

const evalDir = resolve(process.env.ROLECLIP_EVAL_DIR ?? '../shared/eval');
const OUT = resolve('lib/roles/data/body-model.json');

const records: FitRecord[] = [];
const files = SET_FILES.map((file) => {
  const raw = readFileSync(join(evalDir, file));
  const rows = readSet(evalDir, file);
  const fit = rows.map((r) => fitRecordOf(r, file)).filter((r): r is FitRecord => r !== null);
  records.push(...fit);
  return {
    file,
    sha256: createHash('sha256').update(raw).digest('hex'),
    records: rows.length,
    labelled: fit.filter((r) => r.accept.length).length,
    background: fit.filter((r) => !r.accept.length).length,
  };
});

const t0 = performance.now();
const fitted = fitBodyModel(records, buildIndex(builtinRoles(0)));
const data = packModel(fitted.trained, fitted.calibration, {
  files,
  options: TRAIN_OPTIONS,
  calibration: `${FOLDS}-fold cross-fitted readings, objective ${fitted.value.toFixed(4)}`,
});
// One key a line, what a reviewer reads (what it was trained on, the calibration) spelled out; the
// terms, counts and weights each on a line of their own.
const lines = Object.entries(data).map(([key, value]) =>
  `  ${JSON.stringify(key)}: ${key === 'trainedOn' || key === 'calibration' ? JSON.stringify(value, null, 2).replace(/\n/g, '\n  ') : JSON.stringify(value)}`,
);
writeFileSync(OUT, `{\n${lines.join(',\n')}\n}\n`);
const size = readFileSync(OUT).length;
console.log(`${records.length} ads, ${fitted.trained.terms.length} terms x ${fitted.trained.classes.length} classes, ${(size / 1024).toFixed(0)} KB; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`calibration: ${JSON.stringify(fitted.calibration)} (objective ${fitted.value.toFixed(4)})`);
