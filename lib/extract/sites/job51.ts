import type { SiteAdapter } from './adapter';

/** 前程无忧 51job. Older pages are GBK-encoded (the CLI decodes by the page's meta charset). */
export const job51: SiteAdapter = {
  id: 'job51',
  name: '前程无忧',
  hosts: ['51job.com'],
  example: 'https://jobs.51job.com/shanghai-pdxq/123456789.html',
  description: [
    'div.bmsg.job_msg.inbox', // jobs.51job.com/<city>/<id>.html: its <p> children hold the ad
    '.job_msg', // variants without the inbox class
    '.bmsg.job_msg',
  ],
  title: ['.tHeader.tHjob h1', '.cn h1', 'h1'],
  company: ['.tHeader .cname a.catn', '.cname a', '.com_msg .com_name p'],
  salary: ['.tHeader .cn strong', '.cn strong'],
  // "上海-浦东新区 | 3-4年经验 | 本科 | 招2人 | 01-15发布"
  tags: ['.tHeader p.msg.ltype', 'p.msg.ltype', '.ltype'],
  location: ['.tHeader p.msg.ltype', 'p.msg.ltype'],
  notJob: (_doc, url) => (/^(search|we)\.51job\.com$/.test(url.hostname) ? 'search-list' : null),
};
