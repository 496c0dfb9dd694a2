import { describe, expect, test } from 'vitest';
import { chooseCompany } from '@/lib/extract/company';
import type { Line } from '@/lib/extract/lines';
import type { PageSignals } from '@/lib/extract/page-signals';
import { cleanTitle } from '@/lib/extract/title';
import { chooseTitle } from '@/lib/extract/title-choice';

/** Title and company from the page's evidence together. */
const signals = (s: Partial<PageSignals>): PageSignals => ({ h1: [], og: '', docTitle: '', description: '', siteName: '', ...s });
const lines = (...texts: [string, number?][]): Line[] => texts.map(([text, heading = 0]) => ({ text, heading, li: 0 }));

describe('chooseTitle', () => {
  test("a recruiter's name or a recommendations heading never wins; the page's <title> agrees with the job", () => {
    const page = lines(['潘先生', 3], ['招聘经理 · 刚刚活跃'], ['工作内容', 4], ['负责抖音号运营'], ['相关推荐职位', 2]);
    expect(chooseTitle(signals({ docTitle: '抖音运营招聘_某某美妆招聘-某某人才网' }), page, page.slice(2))).toBe('抖音运营');
  });

  test('the line nearest the first section when it reads as a job, over a site-section <title>', () => {
    const page = lines(['查找地区职位'], ['北京'], ['组织发展经理'], ['岗位职责：'], ['1.草拟组织架构方案']);
    expect(chooseTitle(signals({ docTitle: '骑行圈-招聘' }), page, page.slice(3))).toBe('组织发展经理');
  });

  test('an <h1> of two lines (company, job): the one the <title> names', () => {
    expect(chooseTitle(signals({ h1: ['某某科技招聘', '新媒体运营'], docTitle: '新媒体运营-某某科技-拉勾网' }), [], [])).toBe('新媒体运营');
  });

  test('counts, menus and errors are not titles', () => {
    expect(chooseTitle(signals({ h1: ['5,025,000+ Jobs in United States'], og: '5,025,000+ jobs in United States' }), [], [], ['Executive Assistant'])).toBe(
      'Executive Assistant',
    );
    expect(chooseTitle(signals({ h1: ['Oops!'], docTitle: 'BOSS直聘' }), [], [])).toBe('');
  });

  test.each([
    ['岗位（一）：Java开发工程师', 'Java开发工程师'],
    ['研发经理 （4名）', '研发经理'],
    ['运营专员 8-12K·13薪', '运营专员'],
    ['Python/C++/PHP研发工程师 (面议)', 'Python/C++/PHP研发工程师'],
    ['iOS 14 Developer', 'iOS 14 Developer'],
  ])('cleanTitle(%s)', (raw, clean) => expect(cleanTitle(raw)).toBe(clean));
});

describe('chooseCompany', () => {
  test.each([
    [{ docTitle: '产品经理-广州某某-拉勾网-最专业的互联网招聘平台', h1: ['广州某某招聘', '产品经理'] }, '产品经理', '广州某某'],
    [{ docTitle: '「美工招聘」_某某服饰招聘-BOSS直聘' }, '美工', '某某服饰'],
    [{ docTitle: 'Job Application for Data Analyst at Acme Robotics' }, 'Data Analyst', 'Acme Robotics'],
    [{ docTitle: 'Acme hiring Buyer in Austin, TX | LinkedIn' }, 'Buyer', 'Acme'],
    [{ docTitle: '某某集团武汉研发中心招聘' }, 'Java开发工程师', '某某集团武汉研发中心'],
    [{ description: '某某融资租赁(控股)有限公司最近急招Python工程师(1人)，工作地点位于北京' }, 'Python工程师', '某某融资租赁(控股)有限公司'],
  ])('%j', (s, title, company) => expect(chooseCompany(signals(s), [], title)).toBe(company));

  test('the copyright holder and 关于X agree', () => {
    const page = lines(['关于某某'], ['研发经理', 2], ['版权所有 © 2016 某某科技股份有限公司']);
    expect(chooseCompany(signals({ docTitle: '骑行圈-招聘' }), page, '研发经理')).toBe('某某科技股份有限公司');
  });

  test('a job board is never the company; one weak mention is not enough', () => {
    expect(chooseCompany(signals({ docTitle: 'Data Analyst - LinkedIn', siteName: 'LinkedIn' }), [], 'Data Analyst')).toBe('');
    expect(chooseCompany(signals({ docTitle: '运营专员 - 某某' }), [], '运营专员')).toBe('');
  });
});
