import { z } from 'zod';
import type { Salary } from '../db/schemas';
import { cleanDisplay } from '../text/normalize';
import { htmlToLines } from './html';
import { parseLenientJson } from './jsonld-parse';
import type { PostingMeta } from './posting';

/**
 * schema.org JobPosting in ld+json: found anywhere in the parsed value (arrays, @graph, nested
 * ItemLists), `@type` as a string or an array, validated field by field with zod so one odd field
 * does not throw the posting away.
 */

const MAX_DEPTH = 8;
const MAX_SCRIPTS = 40;

const text = z
  .preprocess((v) => (typeof v === 'number' ? String(v) : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('\n') : v), z.string().max(500_000))
  .optional()
  .catch(undefined);
const numReq = z.preprocess((v) => (typeof v === 'string' && v.trim() ? Number(v.replace(/,/g, '')) : v), z.number().finite().nonnegative());
const num = numReq.optional().catch(undefined);
const named = z.union([z.string(), z.object({ name: text }).loose()]).optional().catch(undefined);
const address = z.union([
  z.string(),
  z.object({ addressLocality: text, addressRegion: text, addressCountry: named, streetAddress: text }).loose(),
]);
const place = z.object({ address: address.optional().catch(undefined), name: text }).loose();
const quantity = z.object({ value: num, minValue: num, maxValue: num, unitText: text }).loose();
const money = z
  .object({ currency: text, value: z.union([numReq, quantity]).optional().catch(undefined) })
  .loose()
  .optional()
  .catch(undefined);

export const JobPostingLd = z
  .object({
    title: text,
    name: text,
    description: text,
    responsibilities: text,
    qualifications: text,
    skills: text,
    hiringOrganization: named,
    jobLocation: z.union([place, z.array(place)]).optional().catch(undefined),
    jobLocationType: text,
    baseSalary: money,
    experienceRequirements: z.union([z.string(), z.object({ monthsOfExperience: num }).loose()]).optional().catch(undefined),
    educationRequirements: z.union([z.string(), z.object({ credentialCategory: text }).loose()]).optional().catch(undefined),
  })
  .loose();
export type JobPostingLd = z.infer<typeof JobPostingLd>;

function isJobPosting(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/i.test(t));
}

/** Every JobPosting object in a parsed ld+json value. */
export function findJobPostings(value: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > MAX_DEPTH || out.length >= 50 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 500)) findJobPostings(v, out, depth + 1);
    return out;
  }
  const node = value as Record<string, unknown>;
  if (isJobPosting(node)) {
    out.push(node);
    return out;
  }
  for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity', 'mainEntityOfPage', 'about']) {
    if (key in node) findJobPostings(node[key], out, depth + 1);
  }
  return out;
}

const PERIOD: Record<string, Salary['period']> = { HOUR: 'hour', DAY: 'day', MONTH: 'month', YEAR: 'year' };

function salaryOf(ld: JobPostingLd): Salary | null {
  const s = ld.baseSalary;
  if (!s || s.value === undefined) return null;
  const q = typeof s.value === 'number' ? { value: s.value, minValue: undefined, maxValue: undefined, unitText: undefined } : s.value;
  let min = q.minValue ?? q.value ?? null;
  let max = q.maxValue ?? q.value ?? null;
  const unit = (q.unitText ?? 'YEAR').toUpperCase();
  let period = PERIOD[unit];
  if (!period && unit === 'WEEK') {
    // The schema has no week: a week's pay is kept as a year's (52 weeks).
    period = 'year';
    min = min === null ? null : min * 52;
    max = max === null ? null : max * 52;
  }
  const currency = (s.currency ?? '').toUpperCase();
  if (!period || min === null || !/^[A-Z]{3}$/.test(currency)) return null;
  return {
    min,
    max,
    currency,
    period,
    months: null,
    negotiable: false,
    raw: `${currency} ${q.minValue ?? q.value ?? ''}${q.maxValue && q.maxValue !== q.minValue ? `-${q.maxValue}` : ''} / ${unit}`.slice(0, 200),
  };
}

function locationOf(ld: JobPostingLd): string {
  const places = Array.isArray(ld.jobLocation) ? ld.jobLocation : ld.jobLocation ? [ld.jobLocation] : [];
  const names = places.slice(0, 5).map((p) => {
    const a = p.address;
    if (typeof a === 'string') return a;
    if (!a) return p.name ?? '';
    const country = typeof a.addressCountry === 'string' ? a.addressCountry : a.addressCountry?.name;
    return [a.addressLocality, a.addressRegion].filter(Boolean).join(', ') || country || '';
  });
  const joined = [...new Set(names.filter(Boolean))].join('; ');
  if (joined) return joined;
  return /telecommute/i.test(ld.jobLocationType ?? '') ? 'Remote' : '';
}

export interface LdPosting {
  meta: PostingMeta;
  lines: ReturnType<typeof htmlToLines>;
}

/** The JobPostings of a document, each as meta plus its description's lines. */
export function jsonLdPostings(doc: Document): LdPosting[] {
  // getElementsByTagName and a type test: much cheaper than an attribute selector on big pages.
  const scripts = doc.getElementsByTagName('script');
  const out: LdPosting[] = [];
  for (let i = 0, seen = 0; i < scripts.length && seen < MAX_SCRIPTS; i++) {
    const type = scripts[i]!.getAttribute('type') ?? '';
    if (!/^\s*application\/ld\+json\b/i.test(type)) continue;
    seen++;
    const parsed = parseLenientJson(scripts[i]!.textContent ?? '');
    for (const node of findJobPostings(parsed)) {
      const ld = JobPostingLd.safeParse(node);
      if (!ld.success) continue;
      out.push(toPosting(doc, ld.data));
    }
  }
  return out;
}

function toPosting(doc: Document, ld: JobPostingLd): LdPosting {
  const company = typeof ld.hiringOrganization === 'string' ? ld.hiringOrganization : ld.hiringOrganization?.name;
  let html = ld.description ?? '';
  // Some ATSs give the lists as their own properties.
  if (ld.responsibilities && !html.includes(ld.responsibilities.slice(0, 40))) html += `\n<h3>Responsibilities</h3>\n${ld.responsibilities}`;
  if (ld.qualifications && !html.includes(ld.qualifications.slice(0, 40))) html += `\n<h3>Qualifications</h3>\n${ld.qualifications}`;
  const exp = ld.experienceRequirements;
  const edu = ld.educationRequirements;
  return {
    meta: {
      title: cleanDisplay(ld.title ?? ld.name ?? ''),
      company: cleanDisplay(company ?? ''),
      location: cleanDisplay(locationOf(ld)),
      salary: salaryOf(ld),
      experienceText:
        typeof exp === 'string' ? exp : exp?.monthsOfExperience !== undefined ? `${Math.round(exp.monthsOfExperience / 12)}+ years of experience` : undefined,
      educationText: typeof edu === 'string' ? edu : edu?.credentialCategory,
    },
    lines: htmlToLines(doc, html),
  };
}
