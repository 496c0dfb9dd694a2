// zod/mini: the same validation as classic zod at a tenth of the bundle size (the popup's budget).
import * as z from 'zod/mini';

/**
 * Every shape that crosses a boundary (stored rows, messages, imports, the CLI's output) is a zod
 * schema here; the TypeScript types are inferred from them so the two cannot drift apart.
 */

const shortText = (max: number) => z.string().check(z.maxLength(max));
const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const itemList = list(shortText(4000), 200);
/**
 * Milliseconds since 1970 that a Date can show as a calendar date in any time zone: up to the
 * start of 9999-12-31 UTC. Dates end at 8.64e15 ms, and past the year 9999 toISOString() writes a
 * six-digit year that the date fields and CSV cannot read. A file with a larger value is refused
 * like any other bad file.
 */
export const MAX_TIMESTAMP = Date.UTC(9999, 11, 31);
const timestamp = z.int().check(z.nonnegative(), z.maximum(MAX_TIMESTAMP));

export const EDUCATION_LEVELS = [
  'any', // 不限
  'secondary', // 高中/中专/中技
  'associate', // 大专
  'bachelor', // 本科
  'master', // 硕士
  'phd', // 博士
] as const;
export const Education = z.enum(EDUCATION_LEVELS);
export type Education = z.infer<typeof Education>;

/** A years range; `max: null` means open-ended ("3年以上"); `{0, 0}` means fresh graduates. */
export const YearsRange = z.object({
  min: z.nullable(z.number().check(z.minimum(0), z.maximum(60))),
  max: z.nullable(z.number().check(z.minimum(0), z.maximum(60))),
});
export type YearsRange = z.infer<typeof YearsRange>;

export const Salary = z.object({
  min: z.nullable(z.number().check(z.nonnegative())),
  max: z.nullable(z.number().check(z.nonnegative())),
  currency: z.string().check(z.length(3)),
  period: z.enum(['hour', 'day', 'month', 'year']),
  /** Months paid a year when the ad says so (15-25K·13薪 -> 13). */
  months: z.nullable(z.int().check(z.minimum(1), z.maximum(24))),
  negotiable: z.boolean(),
  raw: shortText(200),
});
export type Salary = z.infer<typeof Salary>;

export const SOURCES = ['jsonld', 'blocks', 'readability', 'text'] as const;
/** Which extraction tier produced a posting: one of SOURCES or `site:<adapter id>`. */
export const PostingSource = z.union([z.enum(SOURCES), z.string().check(z.regex(/^site:[a-z0-9-]+$/))]);
export type PostingSource = z.infer<typeof PostingSource>;

const unit = z.number().check(z.minimum(0), z.maximum(1));
export const RoleScore = z.object({ id: nonEmpty(64), score: unit });
export type RoleScore = z.infer<typeof RoleScore>;

/** What the extraction engine finds for one posting (the CLI prints these). */
export const ExtractedPosting = z.object({
  title: shortText(500),
  company: shortText(500),
  location: shortText(500),
  salary: z.nullable(Salary),
  experienceYears: z.nullable(YearsRange),
  education: z.nullable(Education),
  skills: list(shortText(100), 200),
  duties: itemList,
  requirements: itemList,
  preferred: itemList,
  source: PostingSource,
});
export type ExtractedPosting = z.infer<typeof ExtractedPosting>;

/**
 * A sentence the user marked on an ad: it covers this duty, or it is not this duty. Kept on the
 * duty like a phrasing and read the same way in every later ad (lib/roles/marks.ts).
 */
export const DutyMark = z.object({
  text: nonEmpty(1000),
  polarity: z.enum(['covers', 'not']),
  createdAt: timestamp,
});
export type DutyMark = z.infer<typeof DutyMark>;

export const Duty = z.object({
  id: nonEmpty(100),
  text: nonEmpty(1000),
  /** English rendering of a built-in duty, for the English UI. */
  textEn: z.optional(shortText(1000)),
  /**
   * The ways ads say they do this duty, as patterns (lib/roles/phrasings.ts): "招聘",
   * "发布|筛选 + 职位|简历". Optional: rows written before library v3 have none.
   */
  phrasings: z.optional(list(nonEmpty(200), 300)),
  /** Sentences the user marked as covering this duty or not (newest last). */
  marks: z.optional(list(DutyMark, 500)),
});
export type Duty = z.infer<typeof Duty>;

export const RoleRequirements = z.object({
  experienceYears: z.nullable(YearsRange),
  education: z.nullable(Education),
  skills: list(nonEmpty(100), 200),
  /** Typical requirement statements, aligned like duties. */
  items: list(Duty, 100),
});
export type RoleRequirements = z.infer<typeof RoleRequirements>;

export const SeedSource = z.object({ file: nonEmpty(200), heading: nonEmpty(300) });

/**
 * One specialty of a broad role (tech: front-end, testing…; designer: e-commerce visuals, video…):
 * the role's duties and typical skills that belong to it, and the title words that name it. An ad
 * of a broad role is compared with its specialty rather than with every duty of the role.
 */
export const Specialty = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  nameZh: nonEmpty(100),
  nameEn: nonEmpty(100),
  duties: list(nonEmpty(100), 100),
  skills: list(nonEmpty(100), 200),
  titles: list(nonEmpty(100), 200),
});
export type Specialty = z.infer<typeof Specialty>;

export const Role = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'role id: lower-case letters, digits and -')),
  nameZh: nonEmpty(100),
  nameEn: nonEmpty(100),
  department: shortText(100),
  aliases: list(nonEmpty(100), 500),
  duties: list(Duty, 100),
  requirements: RoleRequirements,
  sources: list(SeedSource, 100),
  /** Specialties of a broad role (library v3); absent or empty: the role is compared whole. */
  specialties: z.optional(list(Specialty, 30)),
  origin: z.enum(['builtin', 'user']),
  /** Version of the built-in library this row was seeded from (null for user roles). */
  builtinVersion: z.nullable(z.int().check(z.positive())),
  /** The user changed this built-in role: library upgrades must not overwrite it. */
  edited: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Role = z.infer<typeof Role>;

export const Posting = z.extend(ExtractedPosting, {
  id: nonEmpty(100),
  url: shortText(4000),
  /** URL without tracking parameters or fragment; '' for pasted text. */
  canonicalUrl: shortText(4000),
  /** Host the posting was clipped from ('' for pasted text). */
  site: shortText(255),
  /** Hash of the normalised posting text; '' when there is too little text to compare. */
  contentHash: shortText(64),
  /** The posting's text as extracted (lines), kept so it can be re-analysed later. */
  body: shortText(200_000),
  roleId: z.nullable(shortText(64)),
  roleScore: z.nullable(unit),
  roleAssignedBy: z.nullable(z.enum(['matcher', 'user'])),
  candidates: list(RoleScore, 10),
  tags: list(nonEmpty(50), 50),
  note: shortText(20_000),
  clippedAt: timestamp,
  updatedAt: timestamp,
});
export type Posting = z.infer<typeof Posting>;

/** A title the user taught us: postings titled like this belong to `roleId`. */
export const Alias = z.object({
  /** The normalised title (lookup key). */
  alias: nonEmpty(200),
  /** The title as the user saw it. */
  text: nonEmpty(200),
  roleId: nonEmpty(64),
  createdAt: timestamp,
});
export type Alias = z.infer<typeof Alias>;

export const Settings = z.object({
  id: z.literal('settings'),
  locale: z.enum(['auto', 'zh_CN', 'en']),
  /** Version of the built-in role library last merged into the roles table. */
  libraryVersion: timestamp,
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = { id: 'settings', locale: 'auto', libraryVersion: 0 };

/** Turns a zod failure into one readable line per problem: "duties.3: Too long". */
export function describeZodError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
