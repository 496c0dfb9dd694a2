import type { SiteAdapter } from './adapter';

/** Indeed (any country's host). Detail pages carry JobPosting JSON-LD, which usually wins. */
export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  hosts: ['indeed.com', 'indeed.com.au', 'indeed.co.uk', 'indeed.ca', 'indeed.de', 'indeed.fr', 'indeed.co.in', 'indeed.com.sg', 'indeed.hk', 'indeed.jobs'],
  example: 'https://au.indeed.com/viewjob?jk=0123456789abcdef',
  description: [
    '#jobDescriptionText', // /viewjob?jk=… and the search page's right pane
    '.jobsearch-jobDescriptionText',
    '[data-testid="jobsearch-JobComponent-description"]',
  ],
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    'h1.jobsearch-JobInfoHeader-title',
    '.jobsearch-JobInfoHeader-title',
  ],
  company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyInfoContainer a'],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '#jobLocationText'],
  salary: ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"] [aria-label*="Pay"]'],
  notJob: (doc, url) => (/^\/(jobs|q-)/.test(url.pathname) && !doc.querySelector('#jobDescriptionText') ? 'search-list' : null),
};
