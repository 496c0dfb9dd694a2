import type { SiteAdapter } from './adapter';

/** Boss直聘. Detail pages, and the search page's side panel (whose text embeds CSS: stripped). */
export const boss: SiteAdapter = {
  id: 'boss',
  name: 'Boss直聘',
  hosts: ['zhipin.com'],
  example: 'https://www.zhipin.com/job_detail/0a1b2c3d4e5f6g7h.html',
  description: [
    '.job-detail-section .job-sec-text', // /job_detail/<id>.html: the 职位描述 block
    '.job-sec-text', // older detail pages
    '.job-sec .text', // detail pages before 2020: <div class="job-sec"><h3>职位描述</h3><div class="text">
    // /web/geek/job?query=… side panel: its text (p.desc), without the tag chips above it
    // (.job-label-list: "接受无经验", "零售/百货") that the body also holds.
    '.job-detail-box .job-detail-body .desc',
    '.job-detail-box .job-detail-body',
    '.job-detail-body',
  ],
  title: [
    '.job-banner .name h1', // detail page banner
    '.info-primary .name h1',
    '.job-detail-box .job-name', // side panel header
    '.job-name',
  ],
  company: [
    '.sider-company .company-info a[ka="job-detail-company_custompage"]', // sidebar company card
    '.sider-company .company-info a',
    '.job-detail-box .company-name', // side panel
    '.company-info .name',
    '.info-company h3 a', // detail pages before 2020
  ],
  location: [
    '.job-banner .text-city', // detail banner: the city
    '.job-detail-box .job-detail-info .tag-list li:first-child', // side panel: first tag is the city
    '.job-location .location-address', // the full street address
  ],
  salary: ['.job-banner .salary', '.info-primary .salary', '.job-detail-box .job-salary', '.salary'],
  tags: ['.job-banner .text-desc', '.job-banner p', '.job-detail-box .job-detail-info', '.info-primary p'],
  notJob: (doc, url) => {
    if (/\/web\/(user\/safe|passport\/zp)\/verify|verify-slider/.test(url.pathname)) return 'captcha';
    // 职业百科 (/baike/<category>/<id>.html: "X岗位职责" written for the job, not an ad), company
    // pages (/gongsi/<id>.html) and salary pages describe jobs without being one.
    if (/^\/(baike|gongsi|salaryxc|salary)\//.test(url.pathname)) return 'not-job';
    // The search page without an open side panel: cards only.
    if (/^\/web\/geek\/jobs?\b/.test(url.pathname) && doc.querySelector('.job-card-wrapper, .job-card-box')) return 'search-list';
    return null;
  },
};
