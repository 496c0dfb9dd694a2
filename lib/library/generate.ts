import { canonicalUrl } from '../db/canonical-url';
import { postingContentHash } from '../db/repo';
import type { Education, Posting, Salary } from '../db/schemas';
import {
  BENEFITS, CITIES, COMPANY_KINDS, COMPANY_WORDS, DUTY_TAILS, ENGLISH_POOL, FILLER_LINES, INTROS, REQUIREMENT_TAILS,
  RISKY_LINES, ROLE_POOLS, SITES, TAGS, TO_TRADITIONAL, type RolePool,
} from './generate-data';

/**
 * A seeded generator of realistic saved postings for benchmarks (the library's search and stats
 * here, the workspace UI in Chromium). Same seed, same postings, on every machine.
 */

/** mulberry32: a tiny, fast PRNG with a 32-bit state; good enough to vary fixtures. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Clip time of the newest posting (ms); the others spread back over `spanDays`. */
  newest?: number;
  spanDays?: number;
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function sample<T>(rand: Rand, list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(n, copy.length));
}

// The small rewrites real ads apply to the same statement: numbering, a trailing 等工作, a 的.
function vary(rand: Rand, item: string, index: number, isDuty: boolean): string {
  let out = item;
  const r = rand();
  if (isDuty && r < 0.15) out = out.replace(/^负责/, '负责公司');
  else if (isDuty && r < 0.25) out = `${out}等工作`;
  else if (r < 0.35) out = out.replace(/店铺/, '店铺的');
  const tails = isDuty ? DUTY_TAILS : REQUIREMENT_TAILS;
  if (rand() < (isDuty ? 0.8 : 0.4)) out = `${out}${pick(rand, tails)}`;
  if (isDuty && rand() < 0.6) out = `${out}${pick(rand, tails)}`;
  const marker = rand();
  if (marker < 0.3) out = `${index + 1}、${out}`;
  else if (marker < 0.45) out = `${index + 1}. ${out}`;
  return rand() < 0.5 ? `${out}；` : out;
}

const toTraditional = (text: string) => text.replace(/./gu, (ch) => TO_TRADITIONAL[ch] ?? ch);

function salary(rand: Rand, pool: RolePool): Salary | null {
  if (rand() < 0.1) return null;
  const lo = Math.max(2, pool.pay[0] + between(rand, -2, 2));
  const hi = Math.max(lo + 1, pool.pay[1] + between(rand, -3, 3));
  const months = rand() < 0.25 ? pick(rand, [13, 14, 15]) : null;
  if (rand() < 0.05) {
    const perDay = Math.round((lo * 1000) / 21.75);
    return { min: perDay, max: perDay + 50, currency: 'CNY', period: 'day', months: null, negotiable: false, raw: `${perDay}-${perDay + 50}元/天` };
  }
  const raw = `${lo}-${hi}K${months ? `·${months}薪` : ''}`;
  return { min: lo * 1000, max: hi * 1000, currency: 'CNY', period: 'month', months, negotiable: false, raw };
}

const EDUCATION: Education[] = ['any', 'secondary', 'associate', 'associate', 'bachelor', 'bachelor', 'master'];
const YEARS = [0, 1, 1, 2, 3, 3, 5, 8];

/** One posting; `index` makes its id and URL unique. */
function generateOne(rand: Rand, index: number, seed: number, clippedAt: number): Posting {
  const english = rand() < 0.05;
  const pool = english ? pick(rand, ENGLISH_POOL) : pick(rand, ROLE_POOLS);
  const traditional = !english && rand() < 0.06;
  const title = pick(rand, pool.titles);
  const company = english
    ? `${pick(rand, ['Blue', 'North', 'Maple', 'Orbit'])} ${pick(rand, ['Trading', 'Commerce', 'Brands'])} Ltd.`
    : `${pick(rand, CITIES)}${pick(rand, COMPANY_WORDS)}${pick(rand, COMPANY_KINDS)}`;
  let duties = sample(rand, pool.duties, between(rand, 5, pool.duties.length));
  // Some ads add a duty of another role: the extras the comparison and its clusters are about.
  if (!english && rand() < 0.35) {
    const other = pick(rand, ROLE_POOLS.filter((r) => r.roleId !== pool.roleId));
    duties.push(pick(rand, other.duties));
  }
  let requirements = sample(rand, pool.requirements, between(rand, 3, pool.requirements.length));
  if (!english && rand() < 0.2) requirements.push(pick(rand, RISKY_LINES));
  if (!english && rand() < 0.3) requirements.push(pick(rand, FILLER_LINES));
  duties = duties.map((d, i) => (english ? d : vary(rand, d, i, true)));
  requirements = requirements.map((d, i) => (english ? d : vary(rand, d, i, false)));
  if (traditional) {
    duties = duties.map(toTraditional);
    requirements = requirements.map(toTraditional);
  }
  const site = pick(rand, SITES);
  const url = site ? `https://www.${site}/job/${seed.toString(36)}-${index.toString(36)}.html?from=list` : '';
  const years = pick(rand, YEARS);
  const roleRoll = rand();
  const roleId = roleRoll < 0.85 ? pool.roleId : roleRoll < 0.95 ? null : pick(rand, ROLE_POOLS).roleId;
  const draft = {
    title: traditional ? toTraditional(title) : title,
    company,
    location: english ? 'Shanghai' : pick(rand, CITIES),
    salary: salary(rand, pool),
    experienceYears: rand() < 0.15 ? null : { min: years, max: rand() < 0.5 ? null : years + between(rand, 1, 3) },
    education: rand() < 0.1 ? null : pick(rand, EDUCATION),
    skills: sample(rand, pool.skills, between(rand, 1, 3)),
    duties,
    requirements,
    preferred: [],
  };
  const body = english
    ? [draft.title, company, 'Responsibilities', ...duties, 'Requirements', ...requirements].join('\n')
    : [draft.title, company, pick(rand, INTROS), '岗位职责：', ...duties, '任职要求：', ...requirements, ...sample(rand, BENEFITS, 2)].join('\n');
  return {
    ...draft,
    source: site ? 'site:generic' : 'text',
    id: `g${seed}-${index}`,
    url,
    canonicalUrl: canonicalUrl(url),
    site,
    contentHash: postingContentHash({ ...draft, body }),
    body,
    roleId,
    roleScore: roleId ? Math.round((0.6 + rand() * 0.4) * 100) / 100 : null,
    roleAssignedBy: roleId ? (rand() < 0.1 ? 'user' : 'matcher') : null,
    candidates: roleId ? [{ id: roleId, score: 0.8 }] : [],
    tags: rand() < 0.3 ? sample(rand, TAGS, between(rand, 1, 2)) : [],
    note: rand() < 0.1 ? '薪资比我们高，注意' : '',
    clippedAt,
    updatedAt: clippedAt,
  };
}

/**
 * The same postings as generatePostings, one at a time: a benchmark library of 100,000 ads
 * (~260 MB of rows) is written in chunks without ever holding all of it.
 */
export function* postingStream(options: GenerateOptions): Generator<Posting> {
  const seed = options.seed ?? 1;
  const rand = seededRandom(seed);
  const newest = options.newest ?? Date.UTC(2026, 0, 1);
  const spanMs = (options.spanDays ?? 730) * 86_400_000;
  const times = Float64Array.from({ length: options.count }, () => newest - Math.floor(rand() * spanMs)).sort().reverse();
  for (let i = 0; i < times.length; i++) yield generateOne(rand, i, seed, times[i]!);
}

/** `count` postings, newest first, deterministic for a seed. */
export function generatePostings(options: GenerateOptions): Posting[] {
  return [...postingStream(options)];
}
