/**
 * The canonical form of a posting's URL: what stays the same when the same job is opened from a
 * search list, a share link or an ad. Tracking parameters and fragments go; hosts are lower-cased;
 * the remaining parameters are sorted.
 */

// Exact names of parameters (compared lower-cased) that track how the visitor arrived, never which job it is.
const TRACKING = new Set([
  'spm', 'from', 'ka', 'lid', 'ref', 'refid', 'referer', 'referrer', 'trk', 'trackingid',
  'fbclid', 'gclid', 'msclkid', 'yclid', 'share_source', 'share_from', 'sessionid',
  'securityid', 'scm', 'from_source', 'vjs', 'advn', 'searchid', 'originalsubdomain', 'lipi',
]);// Prefixes: utm_*, Liepin's d_sfrom/d_ckId/d_posi..., HubSpot, Mailchimp, Piwik, Baidu's hm*.
const TRACKING_PREFIX = /^(utm_|d_|_hs|mc_|pk_|hmsr|hmpl|hmcu|hmkw|hmci)/;

// Boards whose job identity lives in a query parameter or side panel, not the path.
function siteCanonical(url: URL): URL | null {
  const host = url.hostname.replace(/^www\./, '');
  // LinkedIn's search side panel: /jobs/search/?currentJobId=123 is /jobs/view/123.
  if (host.endsWith('linkedin.com')) {
    const id = url.searchParams.get('currentJobId') ?? url.pathname.match(/\/jobs\/view\/(?:[^/]*-)?(\d+)/)?.[1];
    if (id) return new URL(`https://www.linkedin.com/jobs/view/${id}`);
  }
  // Indeed: /viewjob?jk=abc and /jobs?vjk=abc both name job abc.
  if (host.endsWith('indeed.com') || host.includes('.indeed.')) {
    const jk = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
    if (jk) return new URL(`${url.protocol}//${url.hostname.toLowerCase()}/viewjob?jk=${encodeURIComponent(jk)}`);
  }
  return null;
}

export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const site = siteCanonical(url);
  if (site) return site.toString();
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()]
    .filter(([name]) => {
      const key = name.toLowerCase();
      return !TRACKING.has(key) && !TRACKING_PREFIX.test(key);
    })
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = new URLSearchParams(kept).toString();
  let out = url.toString();
  // "https://a.com/job/1?" and "https://a.com/job/1/" are the same page as "https://a.com/job/1".
  out = out.replace(/\?$/, '');
  if (url.pathname.length > 1 && !url.search) out = out.replace(/\/$/, '');
  return out;
}

/** The host a posting came from, without "www." ('' for text without a URL). */
export function siteOf(raw: string): string {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
