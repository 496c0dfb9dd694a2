import '../lib/text/opencc'; // the converter, before any part's text is normalised
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `npm run eval` and `npm run bench` each run a list of parts (one file per subject, e.g.
 * bench/eval-sections.ts). A part exports `default async function (ctx)`. The eval data lives
 * outside the project (../shared/eval, or $ROLECLIP_EVAL_DIR); a user's machine has none, and then
 * the eval parts say so and fail nothing.
 */
export interface PartContext {
  /** Absolute path of the eval folder, or null when it is absent. */
  evalDir: string | null;
}
export type Part = (ctx: PartContext) => Promise<void>;

export async function runParts(kind: 'eval' | 'bench', names: string[]): Promise<void> {
  const candidate = resolve(process.env.ROLECLIP_EVAL_DIR ?? '../shared/eval');
  const evalDir = existsSync(candidate) ? candidate : null;
  if (!evalDir) console.log(`(no eval data at ${candidate}; set ROLECLIP_EVAL_DIR to score against real ads)`);
  const only = process.argv.slice(2);
  // A part named exactly ("pages") runs alone, not every part whose name contains it ("pages-real").
  const picks = (o: string, name: string) => (names.some((n) => n.endsWith(`-${o}`)) ? name.endsWith(`-${o}`) : name.includes(o));
  for (const name of names) {
    if (only.length && !only.some((o) => picks(o, name))) continue;
    const file = resolve('bench', `${name}.ts`);
    if (!existsSync(file)) continue; // a part not written yet
    const part = (await import(file)) as { default: Part };
    console.log(`\n=== ${kind}: ${name}`);
    await part.default({ evalDir });
  }
}
