import type { PartContext } from './run-parts';
import { readRecords } from './eval-roles';
import { readAlignRecords } from './align-gold';
import { extractFromText } from '../lib/extract/index';
import { builtinRoles } from '../lib/roles/library';
import { buildIndex } from '../lib/roles/matcher-index';
import { roleFieldsOf } from '../lib/roles/analyze';
import { compareWithRole } from '../lib/roles/compare';
import { median } from '../test/e2e/speed';

/**
 * The duty comparison's speed (issue #11). Targets: comparing one ad with its role <= 5 ms median;
 * the 1,055 ads of roles-dev.jsonl analysed (extracted and matched) and compared with their role in
 * one process < 2 s. An ad is compared with the role the matcher gives it, else with its labelled
 * role (the popup compares with whatever role the user then picks).
 */

const ms = (x: number) => `${x.toFixed(0)} ms`;

function perAd(postings: { roleId: string; posting: Parameters<typeof compareWithRole>[2] }[], index: ReturnType<typeof buildIndex>): number[] {
  return postings.map(({ roleId, posting }) => {
    const t = performance.now();
    compareWithRole(index, roleId, posting);
    return performance.now() - t;
  });
}

export default async function benchCompare(ctx: PartContext): Promise<void> {
  if (!ctx.evalDir) return console.log('no eval data: skipped');
  const records = readRecords(ctx.evalDir);
  const index = buildIndex(builtinRoles(0));

  // One process, cold: extraction, matching and the comparison of every ad.
  // Wall time, and the process's CPU time: on a shared machine the wall time also counts waiting.
  const pass = () => {
    let compared = 0;
    const t = performance.now();
    const c0 = process.cpuUsage();
    for (const r of records) {
      const posting = extractFromText(r.text, { title: r.title ?? undefined }).postings[0];
      if (!posting) continue;
      const roleId = roleFieldsOf(index, posting).role?.id ?? r.accept?.[0];
      if (!roleId) continue;
      compareWithRole(index, roleId, posting);
      compared += 1;
    }
    const c = process.cpuUsage(c0);
    return { time: performance.now() - t, cpu: (c.user + c.system) / 1000, compared };
  };
  const cold = pass();
  let warm = { time: Infinity, cpu: Infinity };
  for (let i = 0; i < 3; i++) {
    const p = pass();
    warm = { time: Math.min(warm.time, p.time), cpu: Math.min(warm.cpu, p.cpu) };
  }
  console.log(
    `roles-dev: ${records.length} ads analysed and compared in one process (target < 2 s): cold ${ms(cold.time)} (cpu ${ms(cold.cpu)}), ` +
      `warm best of 3 ${ms(warm.time)} (cpu ${ms(warm.cpu)}); ${cold.compared} compared`,
  );

  // One ad with its role, timed alone (the popup's and the CLI's case).
  const own = records
    .map((r) => ({ r, posting: extractFromText(r.text, { title: r.title ?? undefined }).postings[0] }))
    .filter((x) => x.posting && x.r.accept?.length)
    .map((x) => ({ roleId: x.r.accept![0]!, posting: x.posting! }));
  perAd(own.slice(0, 50), index); // warm-up
  const times = perAd(own, index).sort((a, b) => a - b);
  console.log(
    `compare one ad with its role, ${times.length} roles-dev ads: median ${median(times).toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms, max ${times.at(-1)!.toFixed(1)} ms (target median <= 5 ms)`,
  );
  const gold = readAlignRecords(ctx.evalDir).map((r) => ({ roleId: r.role, posting: extractFromText(r.text, { title: r.title }).postings[0]! }));
  const goldTimes = perAd(gold, index);
  console.log(`compare one ad with its role, ${gold.length} align-dev ads: median ${median(goldTimes).toFixed(2)} ms`);

  // A fresh index: the first comparison of a role also builds its duty models.
  const fresh = buildIndex(builtinRoles(0));
  const t = performance.now();
  compareWithRole(fresh, gold[0]!.roleId, gold[0]!.posting);
  console.log(`first comparison with a fresh index (builds the role's duty models): ${(performance.now() - t).toFixed(1)} ms`);
}
