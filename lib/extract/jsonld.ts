// zod/mini (not classic zod): this runs in the popup, whose bundle budget is tight.
import * as z from 'zod/mini';
import type { Salary } from '../db/schemas';
import { cleanDisplay } from '../text/normalize';
import { htmlToLines } from './html';
import { parseLenientJson } from './jsonld-parse';
import { repairMojibake } from './mojibake';
import type { PostingMeta } from './posting';

/**
 * schema.org JobPosting in ld+json: found anywhere in the parsed value (arrays, @graph, nested
 * ItemLists), `@type` as a string or an array, validated field by field with zod so one odd field
 * does not throw the posting away.
 */

const MAX_DEPTH = 8;
const MAX_SCRIPTS = 40;

// A field that may be missing or odd: parsed when it can be, else undefined (never a failure).
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const preprocess = <T extends z.ZodMiniType>(prepare: (v: unknown) => unknown, schema: T) => z.pipe(z.transform(prepare), schema);

const text = lenient(
  preprocess(
    (v) => (typeof v === 'number' ? String(v) : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('\n') : v),
    z.string().check(z.maxLength(500_000)),
  ),
);
const numReq = preprocess((v) => (typeof v === 'string' && v.trim() ? Number(v.replace(/,/g, '')) : v), z.number().check(z.nonnegative()));
const num = lenient(numReq);
const named = lenient(z.union([z.string(), z.looseObject({ name: text })]));
const address = z.union([z.string(), z.looseObject({ addressLocality: text, addressRegion: text, addressCountry: named, streetAddress: text })]);
const place = z.looseObject({ address: lenient(address), name: text });
const quantity = z.looseObject({ value: num, minValue: num, maxValue: num, unitText: text });
const money = lenient(z.looseObject({ currency: text, value: lenient(z.union([numReq, quantity])) }));

export const JobPostingLd = z.looseObject({
  title: text,
  name: text,
  description: text,
  responsibilities: text,
  qualifications: text,
  skills: text,
  hiringOrganization: named,
  jobLocation: lenient(z.union([place, z.array(place)])),
  jobLocationType: text,
  baseSalary: money,
  experienceRequirements: lenient(z.union([z.string(), z.looseObject({ monthsOfExperience: num })])),
  educationRequirements: lenient(z.union([z.string(), z.looseObject({ credentialCategory: text })])),
});
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
    const raw = scripts[i]!.textContent ?? '';
    // Breadcrumbs, organisations, web sites: only a block that names a JobPosting is parsed.
    if (!/jobposting/i.test(raw)) continue;
    const parsed = parseLenientJson(raw);
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
  let html = repairMojibake(ld.description ?? '');
  // Some ATSs give the lists as their own properties.
  if (ld.responsibilities && !html.includes(ld.responsibilities.slice(0, 40))) html += `\n<h3>Responsibilities</h3>\n${ld.responsibilities}`;
  if (ld.qualifications && !html.includes(ld.qualifications.slice(0, 40))) html += `\n<h3>Qualifications</h3>\n${ld.qualifications}`;
  const exp = ld.experienceRequirements;
  const edu = ld.educationRequirements;
  return {
    meta: {
      title: cleanDisplay(repairMojibake(ld.title ?? ld.name ?? '')),
      company: cleanDisplay(repairMojibake(company ?? '')),
      location: cleanDisplay(locationOf(ld)),
      salary: salaryOf(ld),
      experienceText:
        typeof exp === 'string' ? exp : exp?.monthsOfExperience !== undefined ? `${Math.round(exp.monthsOfExperience / 12)}+ years of experience` : undefined,
      educationText: typeof edu === 'string' ? edu : edu?.credentialCategory,
    },
    lines: htmlToLines(doc, html),
  };
}
