import type { SiteAdapter } from './adapter';

/** 智联招聘. The description class is misspelt by the site itself ("describtion"). */
export const zhaopin: SiteAdapter = {
  id: 'zhaopin',
  name: '智联招聘',
  hosts: ['zhaopin.com'],
  example: 'https://jobs.zhaopin.com/CC123456789J40123456789.htm',
  description: [
    '.describtion__detail-content', // jobs.zhaopin.com/<id>.htm (sic)
    '.description__detail-content', // in case they ever fix the spelling
    '.job-detail .describtion', // older layout
    '.pos-ul', // 2015-era pages
  ],
  title: ['.summary-plane__title', '.job-summary h1', '.new-info h1', 'h1'],
  company: ['.company__title', '.company-name a', '.company-name', '.company-box .company-name'],
  location: ['.summary-plane__info li:first-child', '.job-address__content-text', '.summary-plane__info a'],
  salary: ['.summary-plane__salary', '.new-info .salary', '.terminalpage-left .terminal-ul li:first-child strong'],
  tags: ['.summary-plane__info', '.terminal-ul'],
  notJob: (doc, url) =>
    /^sou\.zhaopin\.com$/.test(url.hostname) || doc.querySelector('.joblist-box__item, .positionlist__list') ? 'search-list' : null,
};
