import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { chooseCompany } from '@/lib/extract/company';
import { siteOfAddress, slugOfAddress, spelledIn } from '@/lib/extract/company-address';
import { extractPostings } from '@/lib/extract/index';
import type { Line } from '@/lib/extract/lines';
import { NO_SIGNALS, type PageSignals } from '@/lib/extract/page-signals';

/** The employer's name from a page's evidence (company.ts, company-address.ts). Pages and names are made up. */
const signals = (s: Partial<PageSignals>): PageSignals => ({ ...NO_SIGNALS, ...s });
const lines = (...texts: string[]): Line[] => texts.map((text) => ({ text, heading: 0, li: 0 }));

describe('the address', () => {
  test.each([
    ['https://acme.wd3.myworkdayjobs.com/de-DE/Jobs/job/Analyst_R1', 'acme'],
    ['https://jobs.ashbyhq.com/paper-kite/2f01bd23', 'paperkite'],
    ['https://boards.greenhouse.io/northwind/jobs/123', 'northwind'],
    ['https://jobs.lever.co/bluefin/abc', 'bluefin'],
    ['https://foo.bamboohr.com/careers/12', 'foo'],
    ['https://www.example.com/jobs/1', null],
    ['https://jobs.lever.co/jobs', null],
  ])('a tracking system names the employer: %s', (url, slug) => expect(slugOfAddress(url)).toBe(slug));

  test.each([
    ['https://quillstone.com/jobs/ml-engineer/', 'quillstone'],
    ['https://careers.harbourline.co.uk/en/jobs/42', 'harbourline'],
    ['https://www.shanhe.com.cn/join/zhaopin.html', 'shanhe'],
    ['https://river-lab.github.io/vacancies', 'riverlab'],
    ['http://10.0.0.2/jobs', null],
    ['', null],
  ])("the site's own name: %s", (url, site) => expect(siteOfAddress(url)).toBe(site));

  test('a slug is named as the page writes it, capitals over lower case', () => {
    expect(spelledIn('paperkite', ['paperkite.png', 'Made by Paper Kite Studio'])).toBe('Paper Kite');
    expect(spelledIn('northwind', ['apply at northwind today'])).toBe('northwind');
    expect(spelledIn('northwind', ['North winds blow'])).toBeNull();
  });
});

describe('chooseCompany', () => {
  test.each([
    // The site's own title: "X官网", "X欢迎您", "X Website".
    [{ docTitle: '山河科技官网_招贤纳士' }, '', '山河科技'],
    [{ docTitle: '青禾农业欢迎您' }, '', '青禾农业'],
    [{ docTitle: 'Quillstone Website' }, 'Data Engineer', 'Quillstone'],
    // og:title repeating the <title> is one source, and "… Job in <place>" / "Remote" name no one.
    [{ docTitle: 'Data Engineer | Hybrid | New Zealand Job in Auckland - SEEK', og: 'Data Engineer | Hybrid | New Zealand Job in Auckland - SEEK' }, 'Data Engineer', ''],
  ])('%j', (s, title, company) => expect(chooseCompany(signals(s), [], title)).toBe(company));

  test('a notice headline "X公司招聘启事" names the recruiter on a page whose title names no one', () => {
    const page = lines('人才招聘', '南湖鲜果贸易有限公司招聘启示', '果品采购员（2名）', '岗位要求：两年以上采购经验');
    expect(chooseCompany(signals({ docTitle: '人才招聘-联系我们' }), page, '果品采购员')).toBe('南湖鲜果贸易有限公司');
  });

  test('the copyright holder written before 版权所有, agreeing with the title', () => {
    const page = lines('园林绿化工程师', '负责施工现场管理', '青山农庄 版权所有 © 2012-2018');
    expect(chooseCompany(signals({ docTitle: '青山农庄' }), page, '园林绿化工程师')).toBe('青山农庄');
  });

  test('"© Copyright 2014 X有限公司" wins over a careers title that names no one', () => {
    const page = lines('交易员', '负责日常交易', '© copyright 2017 远帆投资管理有限公司 | ICP备案0000000号');
    expect(chooseCompany(signals({ docTitle: '人才招聘', og: '人才招聘' }), page, '交易员')).toBe('远帆投资管理有限公司');
  });

  test('a part beside careers words is likely the owner, not surely: a registered name wins over a site section', () => {
    const page = lines('产品经理', '版权所有 © 2016 远山科技集团股份有限公司');
    expect(chooseCompany(signals({ docTitle: '骑友圈-招聘' }), page, '产品经理')).toBe('远山科技集团股份有限公司');
    expect(chooseCompany(signals({ docTitle: 'River Lab - Vacancies' }), lines('PhD position', '© 2023 River Lab. All content CC-BY'), 'PhD position')).toBe('River Lab');
    // Alone, it is not enough.
    expect(chooseCompany(signals({ docTitle: '招贤纳士 - 橙舟' }), [], '运营助理')).toBe('');
  });

  test("the logo's alt text and the site's address agree; either alone is not enough", () => {
    const s = { docTitle: 'Machine learning engineer', logos: ['Quillstone'], alts: ['Quillstone'], url: 'https://quillstone.com/jobs/ml/' };
    expect(chooseCompany(signals(s), [], 'Machine learning engineer')).toBe('Quillstone');
    expect(chooseCompany(signals({ ...s, url: 'https://example.org/jobs/ml/' }), [], 'Machine learning engineer')).toBe('');
    expect(chooseCompany(signals({ ...s, logos: [], alts: [] }), [], 'Machine learning engineer')).toBe('');
  });

  test('a tracking address spelled by the page names the employer on its own', () => {
    const s = { docTitle: '', description: 'At Paper Kite you will build tools for print shops.', url: 'https://jobs.ashbyhq.com/paperkite/1' };
    expect(chooseCompany(signals(s), [], 'Agent engineer')).toBe('Paper Kite');
  });
});

describe('on a page', () => {
  test("a Workday JobPosting's legal entity gives way to the employer its address and text name", () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Financial Analyst',
      hiringOrganization: { '@type': 'Organization', name: 'XY12 - Example Services PL' },
      description: '<p>At Brightwell you will shape our plans.</p><ul><li>Build the monthly forecast</li><li>Review spending with each team</li></ul>',
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Financial Analyst</h1></body></html>`;
    const at = (url: string) => extractPostings(parseDocument(html), url).postings[0]!.company;
    expect(at('https://brightwell.wd5.myworkdayjobs.com/fr-FR/Global/job/Financial-Analyst_R1')).toBe('Brightwell');
    // Elsewhere the JobPosting's own name stands.
    expect(at('https://www.example.com/jobs/1')).toBe('XY12 - Example Services PL');
  });

  test('"所属公司：X" in the ad names the employer', () => {
    const html = `<html><head><title>加入我们</title></head><body><h2>金融产品研究员</h2><p>所属公司：青岚金控</p><p>所属部门：产品部</p>
      <h3>岗位职责</h3><ol><li>研究市场上的金融产品</li><li>撰写产品分析报告</li></ol><h3>任职要求</h3><ol><li>金融相关专业本科以上</li><li>三年以上研究经验</li></ol></body></html>`;
    expect(extractPostings(parseDocument(html), 'http://www.example.com/join').postings[0]!.company).toBe('青岚金控');
  });
});
