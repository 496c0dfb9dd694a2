import type { SiteAdapter } from './adapter';

/**
 * LinkedIn. Guest pages (/jobs/view/<slug>-<id>) and the signed-in search page's side panel
 * (/jobs/search/?currentJobId=<id>). Signed-in pages with hashed class names match no selector:
 * the generic tiers read them (an empty stub then says 'empty' there).
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com'],
  example: 'https://www.linkedin.com/jobs/view/senior-engineer-at-example-1234567890',
  description: [
    '.jobs-search__job-details--container .jobs-description__content', // search side panel
    '.jobs-description__content .jobs-box__html-content', // signed-in detail
    '.jobs-description__content',
    '.jobs-description-content__text',
    '#job-details',
    '.show-more-less-html__markup', // guest page
    '.description__text',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1', // signed in, 2024+ top card
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title', // guest page
    '.topcard__title',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name a',
    '.topcard__org-name-link', // guest page
    '.top-card-layout__second-subline a',
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet', // guest page
  ],
  salary: ['.job-details-jobs-unified-top-card__job-insight span', '.salary.compensation__salary'],
  notJob: (_doc, url) => {
    if (/^\/(authwall|login|uas\/login|signup)/.test(url.pathname)) return 'login-wall';
    if (/^\/checkpoint\/challenge/.test(url.pathname)) return 'captcha';
    if (/^\/jobs\/(search|collections)/.test(url.pathname) && !url.searchParams.get('currentJobId')) return 'search-list';
    return null;
  },
};
