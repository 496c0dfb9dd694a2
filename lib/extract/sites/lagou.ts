import type { SiteAdapter } from './adapter';

/** 拉勾. Shows a slider or a login wall to frequent visitors. */
export const lagou: SiteAdapter = {
  id: 'lagou',
  name: '拉勾',
  hosts: ['lagou.com'],
  example: 'https://www.lagou.com/jobs/12345678.html',
  description: [
    'dd.job_bt .job-detail', // /jobs/<id>.html
    'dd.job_bt',
    '.job-detail', // newer wn/ pages
    '[class*="job-detail_"]',
  ],
  title: ['.job-name .name', '.position-head-wrap-name', '.job-name', 'h1'],
  company: ['.job_company .fl em', '.job_company_content .fl em', '.company'],
  location: ['.work_addr', '.job_request .work-addr'],
  salary: ['.job_request .salary', '.salary'],
  tags: ['.job_request p', '.job_request'],
  notJob: (_doc, url) => {
    if (/\/utrack\/(verify|trackMid)|\/wn\/verify/.test(url.pathname)) return 'captcha';
    if (/^passport\.lagou\.com$/.test(url.hostname)) return 'login-wall';
    if (/^\/(wn\/)?(jobs\/list_|zhaopin\/)/.test(url.pathname)) return 'search-list';
    return null;
  },
};
