import { existsSync, readFileSync } from 'node:fs';

/**
 * Issue 12's body-only line, read against a blind reading of the bodies (stop 25): how many of the
 * matcher's body-only errors on roles-ecom-dev are ads whose body does not describe the role their
 * label (set from the title by rules) gives. bench/data/body-judged.json holds, by id only, 73 ads
 * the matcher got wrong in 5-fold and 73 it got right, as a judge who saw neither the labels nor the
 * predictions read each body (title withheld) against the 15 roles.
 *
 *   npx tsx scripts/body-judged.ts [../shared/eval]
 */
interface Row {
  id: string;
  accept: string[];
  wrong: boolean;
  predicted: string | null;
  judged: string[];
  confidence: 'clear' | 'likely' | 'unclear';
}

const { rows } = JSON.parse(readFileSync(new URL('../bench/data/body-judged.json', import.meta.url), 'utf8')) as { rows: Row[] };
const agrees = (r: Row) => r.judged.some((id) => r.accept.includes(id));
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(0)}%)`;

const right = rows.filter((r) => !r.wrong);
const wrong = rows.filter((r) => r.wrong);
console.log(`controls (the matcher right): the blind reading agrees with the label on ${pct(right.filter(agrees).length, right.length)}`);
console.log(`errors (the matcher wrong), ${wrong.length} ads:`);
console.log(`  the blind reading agrees with the label           ${pct(wrong.filter(agrees).length, wrong.length)}`);
console.log(`  ... with the matcher's role                       ${pct(wrong.filter((r) => r.predicted !== null && r.judged.includes(r.predicted)).length, wrong.length)}`);
console.log(`  ... finds none of the 15 roles in the body        ${pct(wrong.filter((r) => !r.judged.length).length, wrong.length)}`);
const unsupported = wrong.filter((r) => !agrees(r));
console.log(`  the body does not describe the labelled role      ${pct(unsupported.length, wrong.length)}`);
for (const c of ['clear', 'likely', 'unclear'] as const) {
  const w = wrong.filter((r) => r.confidence === c);
  console.log(`    judged ${c.padEnd(7)} ${String(w.length).padStart(3)} errors, label supported on ${w.filter(agrees).length}`);
}

const evalDir = process.argv[2] ?? new URL('../../shared/eval/', import.meta.url).pathname;
const file = `${evalDir.replace(/\/$/, '')}/roles-ecom-dev.jsonl`;
if (existsSync(file)) {
  const labelled = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { accept: string[] | null }).filter((r) => r.accept?.length).length;
  const ok = labelled - wrong.length;
  console.log(`roles-ecom-dev body only: top-1 ${(ok / labelled).toFixed(3)} against the labels (${ok}/${labelled});`);
  console.log(`  ${((ok + wrong.filter((r) => r.predicted !== null && r.judged.includes(r.predicted)).length) / labelled).toFixed(3)} counting a role the blind reading accepts as right too;`);
  console.log(`  ${(ok / (labelled - unsupported.length)).toFixed(3)} on the ads whose body describes their label (${unsupported.length} left out)`);
}
