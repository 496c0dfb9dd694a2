import type { SiteAdapter } from './adapter';

/**
 * 猎聘. Detail pages carry JobPosting JSON-LD whose strings hold raw newlines (the JSON-LD tier
 * repairs them and usually wins); this adapter serves pages without it.
 */
export const liepin: SiteAdapter = {
  id: 'liepin',
  name: '猎聘',
  hosts: ['liepin.com'],
  example: 'https://www.liepin.com/job/1234567890.shtml',
  description: [
    'dd[data-selector="job-intro-content"]', // /job/<id>.shtml and /a/<id>.shtml
    '.job-intro-container .paragraph dd',
    '.job-description .content', // older pages
  ],
  title: ['.job-apply-content .name-box .name', '.job-title h1', '.title-info h1', 'h1'],
  company: ['.company-info-container .company-card .name', '.title-info h3 a', '.company-name'],
  location: ['.job-properties span:first-child', '.basic-infor span'],
  salary: ['.job-apply-content .salary', '.job-item-title', '.job-title-left .job-item-title'],
  tags: ['.job-properties', '.job-qualifications'],
  notJob: (_doc, url) => (/^\/zhaopin\b/.test(url.pathname) || /^\/(sojob|job\/search)/.test(url.pathname) ? 'search-list' : null),
};
