/**
 * The employer an applicant-tracking system's address names: Workday, Greenhouse, Lever, Ashby,
 * Workable, SmartRecruiters and the hosts that give each employer a subdomain put the employer's
 * slug in the URL ("medtronic.wd1.myworkdayjobs.com", "jobs.ashbyhq.com/stickermule"). A slug is
 * lower case without spaces, so it names the employer only as the page writes it: the words of
 * the page's own texts that spell the slug ("Sticker Mule" in a logo's alt text, "At Medtronic"
 * in the description).
 */
const HOSTS: RegExp[] = [
  /^https?:\/\/([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com\//i,
  /^https?:\/\/(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io\/(?:embed\/job_app\?for=)?([a-z0-9-]+)/i,
  /^https?:\/\/jobs\.(?:eu\.)?lever\.co\/([a-z0-9.-]+)/i,
  /^https?:\/\/jobs\.ashbyhq\.com\/([a-z0-9.-]+)/i,
  /^https?:\/\/apply\.workable\.com\/([a-z0-9-]+)/i,
  /^https?:\/\/(?:jobs|careers)\.smartrecruiters\.com\/([a-z0-9-]+)/i,
  /^https?:\/\/([a-z0-9-]+)\.(?:bamboohr\.com|recruitee\.com|teamtailor\.com|breezy\.hr|jobs\.personio\.(?:de|com))\//i,
];

// Path words that are the tracking system's, not an employer.
const NOT_SLUG = /^(?:www|jobs?|careers?|embed|apply|en|en-us|api|v\d+)$/i;

/** The employer's slug in a tracking system's address, lower case, letters and digits only; null elsewhere. */
export function slugOfAddress(url: string): string | null {
  for (const host of HOSTS) {
    const m = host.exec(url);
    if (!m) continue;
    const slug = m[1]!.toLowerCase();
    if (NOT_SLUG.test(slug)) return null;
    const key = slug.replace(/[^a-z0-9]/g, '');
    return key.length >= 2 ? key : null;
  }
  return null;
}

// Hosts that lend subdomains to sites: the site's own name is the label before them.
const PLATFORM = /\.(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|wordpress\.com|blogspot\.com|wixsite\.com|notion\.site)$/i;
// Second-level suffixes under a country code ("example.com.cn", "example.co.uk").
const SECOND_LEVEL = /^(?:com|co|org|net|edu|ac|gov|ne|or)$/i;
// Labels that say what a host serves, not whose it is.
const SERVICE = /^(?:www\d?|m|careers?|jobs?|hr|zhaopin|recruit(?:ing|ment)?|apply|talent|join)$/i;

/**
 * The site's own name in its address: "ctcue.com" -> ctcue, "careers.example.co.uk" -> example,
 * "my-lab.github.io" -> mylab. Lower case, letters and digits only; null for an address without one
 * (an IP, localhost, a file). Whether it names the employer is for the page to say (spelledIn).
 */
export function siteOfAddress(url: string): string | null {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host || /^[\d.]+$/.test(host) || !host.includes('.')) return null;
  let labels: string[];
  if (PLATFORM.test(host)) labels = host.replace(PLATFORM, '').split('.');
  else {
    labels = host.split('.').slice(0, -1);
    if (labels.length >= 2 && SECOND_LEVEL.test(labels[labels.length - 1]!)) labels.pop();
  }
  const label = labels.filter((l) => !SERVICE.test(l)).pop();
  const key = label?.replace(/[^a-z0-9]/g, '') ?? '';
  return key.length >= 3 ? key : null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’]*/gu;
const MAX_WORDS = 4;

/**
 * The run of one to four words of `texts` that spells the slug (letters and digits, any case, the
 * spaces and marks between words ignored), as written; a run with capitals over an all lower-case
 * one. null when no text spells it.
 */
export function spelledIn(slug: string, texts: readonly string[]): string | null {
  let found: string | null = null;
  for (const text of texts) {
    const words = [...text.slice(0, 5000).matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      for (let j = i; j < words.length && j - i < MAX_WORDS; j++) {
        joined += words[j]![0].toLowerCase().replace(/[^a-z0-9]/g, '');
        if (joined.length > slug.length || !slug.startsWith(joined)) break;
        if (joined !== slug) continue;
        const run = text.slice(words[i]!.index, words[j]!.index! + words[j]![0].length);
        if (/\p{Lu}/u.test(run)) return run;
        found ??= run;
      }
    }
  }
  return found;
}
