import type { PostingSource, Salary } from '../db/schemas';
import { cleanDisplay } from '../text/normalize';
import { extractFields, type FieldOptions } from './fields';
import { linesToBody, type Line } from './lines';
import { splitSections, type Sections } from './sections';
import { titleFromText } from './title';
import type { ExtractedWithBody } from './types';

/** What a tier knows of a posting besides its text (JSON-LD fields, a site's header). */
export interface PostingMeta {
  title?: string;
  company?: string;
  location?: string;
  salary?: Salary | null;
  /** Raw salary text from a page's header ("15-25K·13薪"). */
  salaryText?: string;
  experienceText?: string;
  educationText?: string;
  /** What a bare "$" means here (from the page's address: AUD on .au sites). */
  dollar?: string;
}

/** Whether the sections found are a job ad's: items in a list, or headings over items. */
export function looksLikeJob(s: Sections, knownJob = false): boolean {
  const n = s.duties.length + s.requirements.length + s.preferred.length;
  if (!n) return false;
  return s.headings > 0 || n >= 2 || knownJob;
}

/** Lines of one posting -> the posting (fields parsed from its lists, its header and its meta). */
export function buildPosting(
  lines: Line[],
  source: PostingSource,
  meta: PostingMeta = {},
  options: FieldOptions = {},
  sections: Sections = splitSections(lines),
): ExtractedWithBody {
  const fields = extractFields(sections, lines, meta, options);
  return {
    title: clip(meta.title || fields.title || (source === 'text' ? titleFromText(lines) : ''), 500),
    company: clip(meta.company || fields.company, 500),
    location: clip(meta.location || fields.location, 500),
    salary: fields.salary,
    experienceYears: fields.experienceYears,
    education: fields.education,
    skills: fields.skills,
    duties: sections.duties,
    requirements: sections.requirements,
    preferred: sections.preferred,
    source,
    body: linesToBody(lines),
  };
}

const clip = (text: string | undefined, max: number) => cleanDisplay(text ?? '').slice(0, max);
