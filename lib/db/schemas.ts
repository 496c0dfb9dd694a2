import { z } from 'zod';

/**
 * Every shape that crosses a boundary (stored rows, messages, imports, the CLI's output) is a zod
 * schema here; the TypeScript types are inferred from them so the two cannot drift apart.
 */

const shortText = (max: number) => z.string().max(max);
const itemList = z.array(shortText(4000)).max(200);

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
  min: z.number().min(0).max(60).nullable(),
  max: z.number().min(0).max(60).nullable(),
});
export type YearsRange = z.infer<typeof YearsRange>;

export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z.string().length(3),
  period: z.enum(['hour', 'day', 'month', 'year']),
  /** Months paid a year when the ad says so (15-25K·13薪 -> 13). */
  months: z.number().int().min(1).max(24).nullable(),
  negotiable: z.boolean(),
  raw: shortText(200),
});
export type Salary = z.infer<typeof Salary>;

export const SOURCES = ['jsonld', 'blocks', 'readability', 'text'] as const;
/** Which extraction tier produced a posting: one of SOURCES or `site:<adapter id>`. */
export const PostingSource = z.union([z.enum(SOURCES), z.string().regex(/^site:[a-z0-9-]+$/)]);
export type PostingSource = z.infer<typeof PostingSource>;

export const RoleScore = z.object({ id: z.string().min(1), score: z.number().min(0).max(1) });
export type RoleScore = z.infer<typeof RoleScore>;

/** What the extraction engine finds for one posting (the CLI prints these). */
export const ExtractedPosting = z.object({
  title: shortText(500),
  company: shortText(500),
  location: shortText(500),
  salary: Salary.nullable(),
  experienceYears: YearsRange.nullable(),
  education: Education.nullable(),
  skills: z.array(shortText(100)).max(200),
  duties: itemList,
  requirements: itemList,
  preferred: itemList,
  source: PostingSource,
});
export type ExtractedPosting = z.infer<typeof ExtractedPosting>;

export const Duty = z.object({
  id: z.string().min(1).max(100),
  text: z.string().min(1).max(1000),
  /** English rendering of a built-in duty, for the English UI. */
  textEn: z.string().max(1000).optional(),
});
export type Duty = z.infer<typeof Duty>;

export const RoleRequirements = z.object({
  experienceYears: YearsRange.nullable(),
  education: Education.nullable(),
  skills: z.array(z.string().min(1).max(100)).max(200),
  /** Typical requirement statements, aligned like duties. */
  items: z.array(Duty).max(100),
});
export type RoleRequirements = z.infer<typeof RoleRequirements>;

export const SeedSource = z.object({ file: z.string().min(1), heading: z.string().min(1) });

export const Role = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'role id: lower-case letters, digits and -'),
  nameZh: z.string().min(1).max(100),
  nameEn: z.string().min(1).max(100),
  department: z.string().max(100),
  aliases: z.array(z.string().min(1).max(100)).max(500),
  duties: z.array(Duty).max(100),
  requirements: RoleRequirements,
  sources: z.array(SeedSource).max(100),
  origin: z.enum(['builtin', 'user']),
  /** Version of the built-in library this row was seeded from (null for user roles). */
  builtinVersion: z.number().int().positive().nullable(),
  /** The user changed this built-in role: library upgrades must not overwrite it. */
  edited: z.boolean(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Role = z.infer<typeof Role>;

export const Posting = ExtractedPosting.extend({
  id: z.string().min(1).max(100),
  url: z.string().max(4000),
  /** URL without tracking parameters or fragment; '' for pasted text. */
  canonicalUrl: z.string().max(4000),
  /** Host the posting was clipped from ('' for pasted text). */
  site: z.string().max(255),
  /** Hash of the normalised posting text; '' when there is too little text to compare. */
  contentHash: z.string().max(64),
  /** The posting's text as extracted (lines), kept so it can be re-analysed later. */
  body: z.string().max(200_000),
  roleId: z.string().max(64).nullable(),
  roleScore: z.number().min(0).max(1).nullable(),
  roleAssignedBy: z.enum(['matcher', 'user']).nullable(),
  candidates: z.array(RoleScore).max(10),
  tags: z.array(z.string().min(1).max(50)).max(50),
  note: z.string().max(20_000),
  clippedAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Posting = z.infer<typeof Posting>;

/** A title the user taught us: postings titled like this belong to `roleId`. */
export const Alias = z.object({
  /** The normalised title (lookup key). */
  alias: z.string().min(1).max(200),
  /** The title as the user saw it. */
  text: z.string().min(1).max(200),
  roleId: z.string().min(1).max(64),
  createdAt: z.number().int().nonnegative(),
});
export type Alias = z.infer<typeof Alias>;

export const Settings = z.object({
  id: z.literal('settings'),
  locale: z.enum(['auto', 'zh_CN', 'en']),
  /** Version of the built-in role library last merged into the roles table. */
  libraryVersion: z.number().int().nonnegative(),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = { id: 'settings', locale: 'auto', libraryVersion: 0 };

/** Turns a zod failure into one readable line per problem: "duties.3: Too long". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
