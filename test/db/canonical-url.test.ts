import { describe, expect, test } from 'vitest';
import { canonicalUrl, siteOf } from '@/lib/db/canonical-url';

describe('canonicalUrl', () => {
  test.each([
    ['tracking parameters go', 'https://www.zhipin.com/job_detail/abc123.html?ka=search_list_1&lid=x&securityId=y', 'https://www.zhipin.com/job_detail/abc123.html'],
    ['utm_* and spm go, others stay sorted', 'https://jobs.example.com/p?z=2&utm_source=wx&spm=a.b&a=1&from=timeline', 'https://jobs.example.com/p?a=1&z=2'],
    ['fragment goes, host is lower-cased', 'https://JOBS.51job.com/shanghai/1234.html#apply', 'https://jobs.51job.com/shanghai/1234.html'],
    ['trailing slash goes', 'https://www.lagou.com/jobs/42.html/', 'https://www.lagou.com/jobs/42.html'],
    ['liepin d_* parameters go', 'https://www.liepin.com/job/1960.shtml?d_sfrom=search&d_ckId=abc&d_posi=3', 'https://www.liepin.com/job/1960.shtml'],
    ['linkedin side panel is the view page', 'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=ops', 'https://www.linkedin.com/jobs/view/3912345678'],
    ['linkedin slug view is the id view', 'https://www.linkedin.com/jobs/view/operations-manager-at-acme-3912345678?trk=abc', 'https://www.linkedin.com/jobs/view/3912345678'],
    ['indeed keeps only jk', 'https://au.indeed.com/viewjob?jk=ab12cd&from=serp&vjs=3', 'https://au.indeed.com/viewjob?jk=ab12cd'],
    ['indeed search panel vjk is the job', 'https://au.indeed.com/jobs?q=devops&vjk=ab12cd', 'https://au.indeed.com/viewjob?jk=ab12cd'],
    ['not a web URL', 'chrome://extensions', ''],
    ['not a URL at all', 'pasted text', ''],
  ])('%s', (_name, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  test('siteOf drops www and tolerates junk', () => {
    expect(siteOf('https://www.zhipin.com/job_detail/1.html')).toBe('zhipin.com');
    expect(siteOf('')).toBe('');
  });
});
