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
export function looksLikeJob(s: Sections, knownJob = false, text?: string): boolean {
  const n = s.duties.length + s.requirements.length + s.preferred.length;
  if (!n) return false;
  // Conditions without duties in a text about a contest, an exam or an event that never speaks of
  // a post: its notice (报名条件 heads both kinds), not an ad.
  if (text !== undefined && !knownJob && !s.duties.length && CONTEST.test(text) && !HIRING.test(text)) return false;
  return s.headings > 0 || n >= 2 || knownJob;
}

// Words of contests, exams and events.
const CONTEST = /参赛|大赛|竞赛|比赛|报考|考生|考试|学籍|选手|评审|获奖|作品征集|\b(contest|competition|exam)\b/i;
// Words only a text about a job uses.
const HIRING = /经验|招聘|应聘|聘用|聘请|招募|招工|岗位|职位|任职|入职|求职|简历|薪|工资|待遇|五险|用工|hiring|\bjobs?\b|\broles?\b|position|salary|apply|career|vacanc|employ|recruit|candidate|experience/i;

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
