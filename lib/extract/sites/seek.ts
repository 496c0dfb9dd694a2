import type { SiteAdapter } from './adapter';

/** SEEK (AU/NZ). Its ld+json is an @graph that is not a JobPosting, so this adapter serves it. */
export const seek: SiteAdapter = {
  id: 'seek',
  name: 'SEEK',
  hosts: ['seek.com.au', 'seek.co.nz'],
  example: 'https://www.seek.com.au/job/81234567',
  description: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]', '.templatetext'],
  title: ['[data-automation="job-detail-title"]', 'h1[data-automation]', 'h1'],
  company: ['[data-automation="advertiser-name"]', '[data-automation="job-detail-advertiser"]'],
  location: ['[data-automation="job-detail-location"]', '[data-automation="job-detail-classifications"]'],
  salary: ['[data-automation="job-detail-salary"]'],
  tags: ['[data-automation="job-detail-work-type"]'],
  notJob: (doc, url) =>
    (/-jobs(\/|$)|^\/jobs\b/.test(url.pathname) || url.searchParams.has('keywords')) && !doc.querySelector('[data-automation="jobAdDetails"]')
      ? 'search-list'
      : null,
};
