import { jobLike } from './job-words';
import type { Line } from './lines';
import { cleanTitle } from './title';

/**
 * A job page whose ad is prose only: no section heading, no list, one paragraph that speaks of the
 * post ("… a greater need has developed for another psychologist. The ideal candidate for this
 * position will …"), under a heading that names the job, with a form to send a résumé for it.
 * The form is what says the page is an application for a post (an article about a profession has
 * none); the paragraph is what says there is an ad to read. The posting then has no items: it is
 * kept for its title, its text and its company.
 */

// A file field for a résumé: by its name, id or accept list, or by the form's own words.
const RESUME = /r[eéè]sum[eéè]|\bcv\b|curriculum vitae|简历|簡歷|履历|履歷/i;

export function resumeForm(doc: Document): boolean {
  const files = doc.querySelectorAll('form input[type="file"]');
  for (let i = 0; i < files.length && i < 20; i++) {
    const input = files[i]!;
    const marks = `${input.getAttribute('name') ?? ''} ${input.getAttribute('id') ?? ''} ${input.getAttribute('accept') ?? ''}`;
    if (RESUME.test(marks) || RESUME.test((input.closest('form')?.textContent ?? '').slice(0, 2000))) return true;
  }
  return false;
}

// Words with which an ad's prose speaks of its post and of whom it seeks.
const POST_WORDS =
  /\b(?:ideal|successful|qualified) (?:candidate|applicant)s?\b|\b(?:this|the|open) (?:position|role|opening|vacancy)\b|\b(?:we are|we're|is) (?:seeking|looking (?:for|to hire)|hiring|recruiting)\b|理想的?(?:候选人|人选)|本(?:岗位|职位)|(?:现|诚|急)(?:招|聘)/i;
const MIN_WORDS = 40;
const MIN_CJK = 80;

const HEADING_BACK = 4;

/**
 * The job a prose ad is under: the nearest heading (a few lines up) above a paragraph of the ad, a
 * long one that speaks of the post, when that heading names a job; '' when there is none.
 */
export function proseAdTitle(lines: Line[]): string {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const long = /[\u3400-\u9fff]/.test(l.text) ? l.text.length >= MIN_CJK : l.text.split(/\s+/).length >= MIN_WORDS;
    if (!long || l.li || !POST_WORDS.test(l.text)) continue;
    for (let k = i - 1; k >= 0 && i - k <= HEADING_BACK; k--) {
      const h = lines[k]!;
      if (!h.heading) continue;
      const name = cleanTitle(h.text);
      if (jobLike(name)) return name;
    }
  }
  return '';
}
