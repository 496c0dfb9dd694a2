import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractFromText, extractPostings } from '@/lib/extract/index';
import { cutItems } from '@/lib/extract/flat';
import { noiseKind } from '@/lib/extract/noise';
import { itemScore, STRONG } from '@/lib/extract/classify';

/**
 * Layouts met on real saved pages held out from development (stop 20's blind check): what follows
 * an ad's lists (an interview line, an employer's closing paragraphs, position facts, the tech
 * stack), a recruiter's tag inside flattened text, and job titles given only by markup or with the
 * page's words for the ad after them. Every ad here is written for the test.
 */
const all = (p: { duties: string[]; requirements: string[]; preferred: string[] }) => [...p.duties, ...p.requirements, ...p.preferred].join('\n');

describe('what follows the lists is not an item', () => {
  test('an interview line labelled inline (面试流程：…) ends the requirements', () => {
    const ad = '岗位职责：\n1、负责遥感影像的算法研发\n2、编写技术文档\n任职要求：\n1、硕士及以上学历\n2、熟悉遥感处理软件\n面试流程：两轮，线下面试\n薪酬预算：面议';
    const p = extractFromText(ad, { title: '遥感算法工程师' }).postings[0]!;
    expect(p.requirements).toEqual(['硕士及以上学历', '熟悉遥感处理软件']);
    expect(all(p)).not.toContain('两轮');
  });

  const html = (tail: string) =>
    parseDocument(`<html><head><title>Delivery Manager</title></head><body><h1>Delivery Manager</h1>
      <h2>Responsibilities</h2><ul><li>Define the engineering plan for each project</li><li>Manage the delivery of system designs</li></ul>
      <h2>Requirements</h2><ul><li>Years spent on rail signalling projects</li><li>Ability to work with many stakeholders</li></ul>${tail}</body></html>`);

  test("an employer's closing paragraphs (careers pitch, inclusion statement, call to apply) are not requirements", () => {
    const doc = html(`<p>At Acme, we offer a place to grow for the long run.</p><p>With Acme employing 9,000 employees in 30 countries, you can move.</p>
      <p>Acme is committed to providing a fair and barrier-free hiring process to every applicant.</p><p>Your next chapter begins here, apply today!</p>`);
    const p = extractPostings(doc, 'https://careers.acme.example/job/1').postings[0]!;
    expect(p.requirements).toEqual(['Years spent on rail signalling projects', 'Ability to work with many stakeholders']);
  });

  test('position facts under their own heading, and the tech stack, are not requirements', () => {
    const doc = html(`<h3>Position details</h3><ul><li><strong>Anticipated start date</strong>: 1 March</li><li><strong>Duration</strong>: six months</li></ul>
      <h3>Technology</h3><p>Our frontend is built with React and our backend with Python.</p>`);
    const p = extractPostings(doc, 'https://careers.acme.example/job/2').postings[0]!;
    expect(all(p)).not.toMatch(/start date|six months|React/);
  });

  test('position facts written as label and value are facts, not items', () => {
    expect(noiseKind('Anticipated start date: 01 March 2026')).toBe('facts');
    expect(noiseKind('Duration: six (6) months')).toBe('facts');
    expect(noiseKind('Experience with duration analysis of bonds')).toBeNull();
  });

  test('a call to apply is noise even where "apply" scores as a requirement', () => {
    expect(noiseKind('Your next chapter begins here, apply today!')).toBe('apply');
    expect(noiseKind('Ability to apply statistical methods')).toBeNull();
  });
});

describe("a recruiter's tag inside flattened text", () => {
  test('#LI-XX ends the item before it; the hiring-process sentence after it is noise', () => {
    const items = cutItems('Experience with vendor audits Note - this role is open to local applicants only #LI-XY2 Before an offer, candidates will be asked to provide a recent utility bill.');
    expect(items[0]).toBe('Experience with vendor audits Note - this role is open to local applicants only');
    expect(items.slice(1).join(' ')).toContain('candidates will be asked');
    expect(noiseKind(items[1]!)).toBe('apply');
  });
});

describe('job titles on pages without a job heading', () => {
  test('an element marked up as the job title beats a site-name <title>', () => {
    const doc = parseDocument(`<html><head><title>Lab Website</title></head><body><div class="title-job">Postdoctoral Researcher</div>
      <div class="job-desc"><b>Responsibilities:</b><ul><li>Develop imaging analysis methods</li><li>Publish research papers</li></ul>
      <b>Qualifications:</b><ul><li>PhD in a related field</li><li>Experience with Python</li></ul></div></body></html>`);
    expect(extractPostings(doc, 'https://lab.example.edu/jobs').postings[0]!.title).toBe('Postdoctoral Researcher');
  });

  test("a heading that names the job before the page's words for the ad gives the job's name", () => {
    const doc = parseDocument(`<html><head><title>bioinformatician Job</title></head><body><h1>Example Lab</h1><h2>Bioinformatician Job Description</h2>
      <p><b>Responsibilities</b></p><ul><li>Analyse sequencing data</li><li>Maintain analysis pipelines</li></ul>
      <p><b>Requirements</b></p><ul><li>Degree in bioinformatics</li><li>Experience with R</li></ul></body></html>`);
    expect(extractPostings(doc, 'https://lab.example.org/jobs').postings[0]!.title).toBe('Bioinformatician');
  });
});

describe('a careers page of tabs', () => {
  // Tab labels in named groups (运营类, 技术类: no list entries) above the panes; each pane a <div> whose section labels are
  // inline <strong>s, written its own way (岗位职责/任职要求, 职位描述/岗位要求, 工作内容和职责).
  const pane = (id: number, body: string) => `<div class="pane" id="tab${id}">${body}</div>`;
  const page = `<html><head><title>加入我们</title></head><body>
    <div class="tabs"><p class="group">运营类</p>
      <ul><li><a href="#tab1">用户运营专员</a></li><li><a href="#tab2">活动策划</a></li></ul>
      <p class="group">技术类</p>
      <ul><li><a href="#tab3">测试工程师</a></li><li><a href="#tab4">安卓开发工程师</a></li></ul></div>
    <div class="panes">
      ${pane(1, '<strong>【岗位职责】</strong><div>负责社群用户的拉新与留存</div><div>策划线上用户活动</div><strong>【任职要求】</strong><div>大专及以上学历</div><div>有社群运营经验</div>')}
      ${pane(2, '<strong>【职位描述】</strong><div>1、策划品牌线上线下活动</div><div>2、跟踪活动效果并复盘</div><strong>【岗位要求】</strong><div>1、两年以上活动策划经验</div>')}
      ${pane(3, '<strong>工作内容和职责：</strong><div>1、编写测试用例并执行测试</div><div>2、跟踪缺陷直至关闭</div><strong>任职要求：</strong><div>1、熟悉自动化测试工具</div>')}
      ${pane(4, '<strong>岗位职责：</strong><div>负责安卓客户端开发</div><div>优化应用性能</div><strong>任职要求：</strong><div>熟悉Kotlin</div><div>三年以上开发经验</div>')}
    </div></body></html>`;

  test('every pane is a posting, titled by its own tab', () => {
    const r = extractPostings(parseDocument(page), 'https://careers.example.cn/join');
    expect(r.postings.map((p) => p.title)).toEqual(['用户运营专员', '活动策划', '测试工程师', '安卓开发工程师']);
    expect(r.postings[2]!.duties).toContain('编写测试用例并执行测试');
    expect(r.postings[3]!.requirements).toContain('熟悉Kotlin');
  });

  test('one ad whose section headings sit beside their lists stays one posting', () => {
    const one = `<html><body><h1>测试工程师</h1><div class="ad"><h3>岗位职责</h3><ul><li>编写测试用例</li><li>执行回归测试</li></ul>
      <h3>任职要求</h3><ul><li>熟悉测试工具</li><li>本科学历</li></ul><h3>加分项</h3><ul><li>有自动化经验</li></ul>
      <h3>工作地点</h3><p>上海</p></div></body></html>`;
    expect(extractPostings(parseDocument(one), 'https://careers.example.cn/job/1').postings).toHaveLength(1);
  });
});

describe("Boss直聘's search page with a job open in the side panel", () => {
  test('the tag chips above the description are not duties', () => {
    const doc = parseDocument(`<html><body><div class="job-list"><div class="job-card-box">店员</div></div>
      <div class="job-detail-box"><div class="job-detail-info"><span class="job-name">超市店员</span></div>
      <div class="job-detail-body"><h3 class="title">职位描述</h3><ul class="job-label-list"><li>不需要倒班</li><li>超市/食品</li><li>接受无经验</li></ul>
      <p class="desc">1、负责收银和现金整理<br>2、商品陈列、盘点、收货<br>3、做好顾客接待</p></div></div></body></html>`);
    const p = extractPostings(doc, 'https://www.zhipin.com/web/geek/jobs?query=店员').postings[0]!;
    expect(p.duties).toEqual(['负责收银和现金整理', '商品陈列、盘点、收货', '做好顾客接待']);
    expect(all(p)).not.toMatch(/倒班|超市\/食品/);
  });
});

describe('an item that opens with what it asks and goes on to a duty', () => {
  test.each([
    ['熟悉门店商品，负责组织店内促销活动', 'duty'],
    ['了解本地市场，并负责新客户的开发', 'duty'],
    ['有大客户销售经验，负责过百万级项目', 'requirement'],
    ['熟悉电商平台，负责店铺运营两年以上', 'requirement'],
    ['具备良好的沟通能力，做事认真负责', 'requirement'],
    ['熟悉办公软件，负责；', 'requirement'],
  ])('%s reads as a %s', (item, kind) => {
    if (kind === 'duty') expect(itemScore(item)).toBeGreaterThanOrEqual(STRONG);
    else expect(itemScore(item)).toBeLessThanOrEqual(-STRONG);
  });

  test("in a board's side panel without headings, such a first item stays with the duties after it", () => {
    const doc = parseDocument(`<html><body><div class="job-list"><div class="job-card-box">导购</div></div>
      <div class="job-detail-box"><div class="job-detail-info"><span class="job-name">商场导购</span></div>
      <div class="job-detail-body"><h3 class="title">职位描述</h3><p class="desc">可接受新手<br>1.熟悉门店商品，负责组织店内促销活动<br>2、负责接待顾客和收银<br>3、商品上架、补货、盘点</p></div></div></body></html>`);
    const p = extractPostings(doc, 'https://www.zhipin.com/web/geek/jobs?query=导购').postings[0]!;
    expect(p.duties).toEqual(['熟悉门店商品，负责组织店内促销活动', '负责接待顾客和收银', '商品上架、补货、盘点']);
    expect(p.requirements).toEqual([]);
  });
});

describe('an ATS ad flattened into one paragraph', () => {
  const ad =
    'Position Description: Senior Analyst for Acme, Inc., based in Denver, CO. Responsible for quarterly budgeting for the Advanced Imaging Solutions (AIS) group. ' +
    'Responsible for building financial models for new initiatives. Minimum Qualifications: Bachelor’s Degree in Finance or a related field and three (3) years of experience as an analyst. ' +
    'Experience with hospital supply chains is required. Salary: $90,000 - $110,000 per year The following benefits are offered to eligible employees: ' +
    'Bonus plans, Paid holidays, Commuter Benefit Program, Deferred Savings Plan Option (subject to limits).';

  test("a Title-Case name inside a sentence is no heading; a label's run ends at its colon; 'Salary: $…' ends the lists", () => {
    const p = extractFromText(ad, { title: 'Senior Analyst' }).postings[0]!;
    expect(p.duties).toContain('Responsible for quarterly budgeting for the Advanced Imaging Solutions (AIS) group.');
    expect(p.requirements[0]).toMatch(/^Bachelor’s Degree in Finance/);
    expect(all(p)).not.toMatch(/Savings Plan|Paid holidays|\$90,000/);
  });
});
