import { readFileSync } from 'node:fs';
import type { YearsRange } from '../../db/schemas';
import { extractFromText } from '../../extract/index';
import type { ExtractedWithBody, ExtractionResult } from '../../extract/types';
import { builtinMatcherIndex } from '../../roles/builtin-index';
import { compareWithRole } from '../../roles/compare';
import type { CoverOptions } from '../../roles/cover';
import type { MatcherIndex } from '../../roles/matcher-index';
import type { Comparison } from '../../roles/types';
import { decodeHtml } from '../dom';
import { UsageError, type Io } from '../io';
import { analyzeHtml } from './analyze';

/**
 * compare FILE --role ID [--url URL] [--title TITLE] [--json]
 * The posting in FILE (a page .html/.htm, or text; `-` reads stdin) against one standard role:
 * covered / missing / extra duties and requirement items, and the years, education and skills diff.
 * A page with several postings gives one report per posting.
 */
const USAGE = 'usage: compare FILE|- --role ID [--url URL] [--title TITLE] [--json]';

function parseArgs(args: string[]) {
  const opts = { file: '', role: '', url: '', title: '', json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--role' || a === '--url' || a === '--title') {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value\n${USAGE}`);
      opts[a.slice(2) as 'role' | 'url' | 'title'] = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (opts.file) throw new UsageError(`one FILE only\n${USAGE}`);
    else opts.file = a;
  }
  if (!opts.file || !opts.role) throw new UsageError(USAGE);
  return opts;
}

async function extract(opts: ReturnType<typeof parseArgs>, io: Io): Promise<ExtractionResult> {
  const title = opts.title || undefined;
  if (opts.file === '-') return extractFromText(await io.readStdin(), { url: opts.url, title });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(opts.file);
  } catch (error) {
    throw new UsageError(`cannot read ${opts.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (/\.html?$/i.test(opts.file)) return analyzeHtml(decodeHtml(bytes), opts.url);
  return extractFromText(new TextDecoder('utf-8').decode(bytes), { url: opts.url, title });
}

const cut = (text: string, n = 60) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
const years = (y: YearsRange | null) =>
  !y || (y.min === null && y.max === null) ? 'not stated' : y.max === null ? `${y.min}+ yrs` : `${y.min}-${y.max} yrs`;

export function formatReport(index: MatcherIndex, posting: ExtractedWithBody, c: Comparison): string[] {
  const role = index.roles.get(c.roleId)!;
  const dutyText = new Map([...role.duties, ...role.requirements.items].map((d) => [d.id, d.text]));
  const lines = [`${posting.title || '(untitled)'} vs ${role.id} ${role.nameZh} (${role.nameEn})`];
  const block = (label: string, part: Pick<Comparison, 'covered' | 'missing' | 'extra'>, total: number) => {
    // A duty covered by several items counts once.
    lines.push(`${label}: covers ${new Set(part.covered.map((x) => x.dutyId)).size} of ${total}`);
    for (const x of part.covered) {
      const why = x.via ? `${x.via}: ${cut(x.clause ?? '', 30)}` : x.similarity.toFixed(2);
      lines.push(`  covered  ${x.dutyId}  ${cut(dutyText.get(x.dutyId) ?? '', 30)}  <- ${cut(x.item)} (${why})`);
    }
    for (const id of part.missing) lines.push(`  missing  ${id}  ${cut(dutyText.get(id) ?? '', 40)}`);
    for (const x of part.extra) lines.push(`  extra    #${x.itemIndex + 1} ${cut(x.item)}`);
  };
  block('Duties', c, c.coverage.total);
  if (c.scope) {
    const names = c.scope.specialties.map((x) => `${x.nameZh} (${x.nameEn})`).join(', ');
    lines.push(`Specialty: ${names}: covers ${c.scope.coverage.covered} of ${c.scope.coverage.total}; missing ${c.scope.missing.join(', ') || '-'}; typical skills not in the ad ${c.scope.skillsRoleOnly.join(', ') || '-'}`);
  }
  for (const x of c.ignored ?? []) lines.push(`  ignored  #${x.itemIndex + 1} ${cut(x.item)} (${x.reason})`);
  block('Requirements', c.requirements, role.requirements.items.length);
  const r = c.requirements;
  lines.push(`Experience: ad ${years(r.experience.posting)}, role ${years(r.experience.role)} -> ${r.experience.diff}`);
  lines.push(`Education: ad ${r.education.posting ?? 'not stated'}, role ${r.education.role ?? 'not stated'} -> ${r.education.diff}`);
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : '-');
  lines.push(`Skills: shared ${list(r.skills.shared)}; ad only ${list(r.skills.postingOnly)}; role only ${list(r.skills.roleOnly)}`);
  return lines;
}

/** The JSON `compare --json` prints: one report per posting. The eval scores this same output. */
export function compareReports(index: MatcherIndex, roleId: string, result: ExtractionResult, options?: CoverOptions) {
  return result.postings.map((p) => ({ posting: p, comparison: compareWithRole(index, roleId, p, options) }));
}

export function compareJson(reports: ReturnType<typeof compareReports>) {
  return reports.map((r) => ({ title: r.posting.title, ...r.comparison }));
}

export default async function compare(args: string[], io: Io): Promise<number> {
  const opts = parseArgs(args);
  const index = builtinMatcherIndex();
  if (!index.roles.has(opts.role)) {
    throw new UsageError(`unknown role "${opts.role}"; roles: ${[...index.roles.keys()].join(', ')}`);
  }
  const result = await extract(opts, io);
  if (!result.postings.length) {
    io.err(`compare: no posting found (${result.notJob ?? 'empty'})`);
    return 1;
  }
  const reports = compareReports(index, opts.role, result);
  if (opts.json) {
    io.out(JSON.stringify(compareJson(reports)));
  } else {
    io.out(reports.map((r) => formatReport(index, r.posting, r.comparison).join('\n')).join('\n\n'));
  }
  return 0;
}
