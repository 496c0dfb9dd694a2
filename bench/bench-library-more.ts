import { RoleClipDb } from '../lib/db/db';
import type { Posting } from '../lib/db/schemas';
import { exportBackup, importFile } from '../lib/library/backup';
import { utf8Length } from '../lib/library/backup-format';
import { postingsToCsv } from '../lib/library/csv';
import { checkJd, jdInputFromPosting } from '../lib/library/jdcheck';
import { postingMatrix } from '../lib/library/matrix';
import { memoizeCompare, postingPlace, roleStats, type CompareFn } from '../lib/library/stats';
import { buildTemplate } from '../lib/library/template';
import { toDocx } from '../lib/library/template-docx';
import { toMarkdown } from '../lib/library/template-export';
import { builtinRoles } from '../lib/roles/library';
import { buildIndex } from '../lib/roles/matcher-index';
import { compareWithRole } from '../lib/roles/compare';
import { summary, time } from './bench-library';

/** The second half of the library bench: competitor statistics, templates, JD check, backup. */
export async function benchStats(postings: Posting[]): Promise<void> {
  const roles = builtinRoles(0);
  const index = buildIndex(roles);
  const compare: CompareFn = (p, role) => compareWithRole(index, role.id, p);
  const byRole = new Map<string, Posting[]>();
  for (const p of postings) if (p.roleId) byRole.set(p.roleId, [...(byRole.get(p.roleId) ?? []), p]);
  const [roleId, saved] = [...byRole].sort((a, b) => b[1].length - a[1].length)[0]!;
  const role = roles.find((r) => r.id === roleId)!;

  const runs: number[] = [];
  let stats = roleStats(role, saved, compare);
  for (let i = 0; i < 5; i++) {
    const run = await time(() => roleStats(role, saved, compare));
    runs.push(run.ms);
    stats = run.value;
  }
  console.log(`competitor stats for ${roleId} (${saved.length} saved postings, real lib/roles compare): ${summary(runs)}`);
  console.log(`  ${stats.extraDuties.length} recurring extra duties, ${stats.extraRequirements.length} extra requirements; top duty in ${stats.duties.map((d) => d.count).sort((a, b) => b - a)[0]} ads`);
  const memo = memoizeCompare(compare);
  const cold = await time(() => roleStats(role, saved, memo));
  const warm = await time(() => roleStats(role, saved, memo));
  console.log(`  with memoizeCompare: first open ${cold.ms.toFixed(0)} ms, reopen ${warm.ms.toFixed(0)} ms (the comparisons are most of the cost)`);
  const all = await time(() => [...byRole].map(([id, list]) => roleStats(roles.find((r) => r.id === id)!, list, compare)));
  console.log(`  stats for all ${byRole.size} roles: ${all.ms.toFixed(0)} ms`);
  const place = await time(() => saved.map((p) => postingPlace(p, stats)));
  console.log(`  place of each of the ${saved.length} postings: ${place.ms.toFixed(1)} ms`);
  const matrix = await time(() => postingMatrix(role, saved.slice(0, 6), compare));
  console.log(`  matrix of 6 postings: ${matrix.ms.toFixed(1)} ms`);

  const template = await time(() => buildTemplate(role, stats));
  const md = await time(() => toMarkdown(template.value));
  const docx = await time(() => toDocx(template.value));
  console.log(`template: build ${template.ms.toFixed(1)} ms, Markdown ${md.ms.toFixed(1)} ms, .docx ${docx.ms.toFixed(0)} ms (${(docx.value.length / 1024).toFixed(1)} KB)`);

  const jd = await time(() => postings.map((p) => checkJd(jdInputFromPosting(p))));
  const flagged = jd.value.filter((f) => f.some((x) => x.category !== 'salary' && x.category !== 'filler')).length;
  console.log(`JD check of ${postings.length} postings: ${jd.ms.toFixed(0)} ms (${(jd.ms / postings.length).toFixed(3)} ms each); ${flagged} with a legal flag`);

  const csv = await time(() => postingsToCsv(postings));
  console.log(`CSV of ${postings.length} postings: ${csv.ms.toFixed(0)} ms, ${(csv.value.length / 1024 / 1024).toFixed(1)} M characters`);
}

export async function benchBackup(db: RoleClipDb): Promise<void> {
  const clock = { now: () => Date.UTC(2026, 0, 1) };
  const first = await time(() => exportBackup(db, clock));
  const target = new RoleClipDb(`bench-library-restore-${process.pid}`);
  let n = 0;
  const restore = await time(() => importFile(target, first.value, {}, { newId: () => `r${++n}` }));
  const again = await time(() => exportBackup(target, clock));
  const merge = await time(() => importFile(target, first.value, {}, { newId: () => `r${++n}` }));
  console.log(`backup of ${restore.value.postings.added} postings: export ${first.ms.toFixed(0)} ms (${(utf8Length(first.value) / 1024 / 1024).toFixed(1)} MB of UTF-8 JSON), restore into an empty database ${restore.ms.toFixed(0)} ms, identical on re-export: ${again.value === first.value}`);
  console.log(`  importing the same backup again (all duplicates): ${merge.ms.toFixed(0)} ms, ${merge.value.postings.duplicates.length} duplicates, ${merge.value.postings.added} added`);
  await target.delete();
}
