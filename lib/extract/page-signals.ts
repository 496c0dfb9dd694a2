import { cleanDisplay } from '../text/normalize';
import { domToLines } from './dom-lines';
import { withoutTemplateCode } from './template-code';

/**
 * What a page says about itself outside its body text, read once per page: its <h1>s (line by
 * line: "<h1><div>某某招聘</div>产品经理</h1>" holds two), og:title / twitter:title, <title>,
 * the meta description and og:site_name. Title and company are chosen from these together.
 */
export interface PageSignals {
  h1: string[];
  og: string;
  docTitle: string;
  description: string;
  siteName: string;
  /** The page's address (given by the caller: a parsed document may not know it). */
  url: string;
  /** Short alt texts of the page's first images. */
  alts: string[];
  /** The alt texts of those that are logos (their source, class or id says so): often the employer's name. */
  logos: string[];
}

const MAX_H1 = 6;

/** <meta> contents by property or name; one pass over the <meta> tags (no attribute selector walks the page). */
function metas(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const els = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < els.length && i < 300; i++) {
    const el = els[i]!;
    const key = (el.getAttribute('property') || el.getAttribute('name') || '').toLowerCase();
    const v = el.getAttribute('content');
    if (!key || out.has(key)) continue;
    const text = withoutTemplateCode(cleanDisplay(v ?? '')).slice(0, 500);
    if (text) out.set(key, text);
  }
  return out;
}

// Markup that names an element as the job's title (class="job-title", "title-job", "jobTitle",
// "position-title"): a page without an <h1> for the job often has one.
const JOB_TITLE_CLASS = /(?:^|[\s_-])(?:job|position|vacancy|posting)[-_]?title(?:$|[\s_-])|(?:^|[\s_-])title[-_](?:job|position)(?:$|[\s_-])/i;
const MAX_TITLED = 3;

export function pageSignals(doc: Document): PageSignals {
  const h1: string[] = [];
  const els = doc.getElementsByTagName('h1');
  for (let i = 0; i < els.length && i < MAX_H1; i++) {
    for (const l of domToLines(els[i]!, { maxNodes: 200 })) if (l.text.length <= 120) h1.push(l.text);
  }
  // Only on a page without an <h1>: the attribute walk is a pass over every element (done on every
  // page, the bench's 100k-node pages read measurably slower under linkedom).
  if (!els.length) h1.push(...titledElements(doc));
  const m = metas(doc);
  const first = (...keys: string[]) => keys.map((k) => m.get(k)).find(Boolean) ?? '';
  return {
    h1,
    og: first('og:title', 'twitter:title'),
    // A page saved from its template's source names itself in code ("<%=SITE_NAME %>-招聘"): dropped, as in the body.
    docTitle: withoutTemplateCode(cleanDisplay(doc.title ?? '')).slice(0, 500),
    description: first('description', 'og:description'),
    siteName: first('og:site_name', 'application-name'),
    url: '',
    ...imageAlts(doc),
  };
}

const MAX_ALTS = 30;

function imageAlts(doc: Document): { alts: string[]; logos: string[] } {
  const alts: string[] = [];
  const logos: string[] = [];
  const els = doc.getElementsByTagName('img');
  for (let i = 0; i < els.length && i < MAX_ALTS; i++) {
    const el = els[i]!;
    const alt = withoutTemplateCode(cleanDisplay(el.getAttribute('alt') ?? '')).trim();
    if (!alt || alt.length > 60) continue;
    alts.push(alt);
    const marks = `${el.getAttribute('src') ?? ''} ${el.getAttribute('data-src') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (/logo/i.test(marks)) logos.push(alt);
  }
  return { alts, logos };
}

/** Short texts of the elements marked up as the job's title (see JOB_TITLE_CLASS), in page order. */
function titledElements(doc: Document): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll('[class*="itle"]');
  for (let i = 0; i < els.length && out.length < MAX_TITLED; i++) {
    const el = els[i]!;
    if (!JOB_TITLE_CLASS.test(el.getAttribute('class') ?? '')) continue;
    const text = cleanDisplay(el.textContent ?? '').trim();
    if (text && text.length <= 120) out.push(text);
  }
  return out;
}

export const NO_SIGNALS: PageSignals = { h1: [], og: '', docTitle: '', description: '', siteName: '', url: '', alts: [], logos: [] };
