import { describe, expect, test } from 'vitest';
import { chooseCompany } from '@/lib/extract/company';
import type { Line } from '@/lib/extract/lines';
import { NO_SIGNALS, type PageSignals } from '@/lib/extract/page-signals';
import { cleanTitle, titleFromText } from '@/lib/extract/title';
import { chooseTitle } from '@/lib/extract/title-choice';

/** Title and company from the page's evidence together. */
const signals = (s: Partial<PageSignals>): PageSignals => ({ ...NO_SIGNALS, ...s });
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
    // A hiring notice's headline: the job is what comes before its notice words.
    ['抖店客服岗招聘启事', '抖店客服岗'],
    ['仓管员招聘公告', '仓管员'],
    ['直播运营岗位招聘', '直播运营岗位'],
    // Without a notice word, 招聘 may be the job itself.
    ['人事招聘', '人事招聘'],
    ['招聘专员', '招聘专员'],
  ])('cleanTitle(%s)', (raw, clean) => expect(cleanTitle(raw)).toBe(clean));
});

describe('titleFromText', () => {
  const first = (text: string) => titleFromText(text.split('\n').map((t) => ({ text: t, heading: 0, li: 0 })));
  test.each([
    ['售后客服\n岗位职责：\n1、处理售后问题', '售后客服'],
    ['京东运营岗招聘启事\n岗位职责\n1. 负责店铺日常运营', '京东运营岗'],
    // A duty or a requirement on the first line, even without punctuation, is not the job's name.
    ['负责协助维护公司微博账号\n完成每周推文', ''],
    ['有外贸行业背景\n熟悉Java', ''],
    ['三年以上经验\n熟悉Java', ''],
    // A platform or a job whose name starts like a verb phrase is still a name.
    ['有赞商城运营\n岗位职责：负责店铺运营', '有赞商城运营'],
    ['需求分析师\n岗位职责：梳理业务需求', '需求分析师'],
    // No name on the first line: the job named in the first section's heading.
    ['电商主管岗位职责：\n1、负责店铺运营', '电商主管'],
    ['售后专员（天猫）工作内容：\n1、负责退换货处理', '售后专员'],
    ['出纳的主要工作职责\n1、负责现金收付', '出纳'],
    ['有三年以上经验优先\n直播运营岗位职责：\n1、负责直播间运营', '直播运营'],
    // A label that names no job gives no title.
    ['岗位职责：\n1、负责店铺运营', ''],
    ['本岗位职责：\n1、负责店铺运营', ''],
    ['一、岗位职责\n1、负责店铺运营', ''],
    ['任职岗位要求\n1、大专以上', ''],
  ])('%j', (text, title) => expect(first(text)).toBe(title));
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
