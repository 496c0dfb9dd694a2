import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractPostings } from '@/lib/extract/index';
import { splitSections } from '@/lib/extract/sections';
import { withoutTemplateCode } from '@/lib/extract/template-code';
import { cleanTitle, titleFromDocTitle } from '@/lib/extract/title';

/**
 * Layouts met on real saved pages held out from development (stop 24's blind check, round 6):
 * careers pages whose posts share placeholder text, posts in a field table of label/value cells,
 * labels the lexicon did not know. Every ad here is written for the test.
 */
const page = (body: string, title = 'Careers') => parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('posts that share the same placeholder text', () => {
  // An accordion: <h4>title<span>+</span></h4> over the post's sections; every post carries the
  // same items (the site was launched with one text copied into each).
  const post = (title: string) =>
    `<li><h4>${title}<span class="toggle">+</span></h4><div class="content"><h5>${title}</h5>
     <h6>岗位职责：</h6><p>1. 负责门店日常运营</p><p>2. 跟进会员活动执行</p>
     <h6>任职要求：</h6><p>1、大专及以上学历</p><p>2、两年以上零售经验</p></div></li>`;
  const r = extractPostings(page(`<ul class="jobs">${post('店长')}${post('店员')}${post('收银员')}</ul>`), 'https://www.example.com/join');

  test('each post is a posting, though their items are the same', () => {
    expect(r.postings.map((p) => p.title)).toEqual(['店长', '店员', '收银员']);
  });
  test("the accordion's toggle sign is not part of a title; a name's own plus stays", () => {
    expect(cleanTitle('文案编辑+')).toBe('文案编辑');
    expect(cleanTitle('C++')).toBe('C++');
    expect(cleanTitle('高级C++')).toBe('高级C++');
  });
  test('a hidden copy of one post (same title, same items) is still one posting', () => {
    const one = `<div class="job">${post('店长')}</div><div class="dialog" style="display:none">${post('店长')}</div>`;
    const again = extractPostings(page(`<ul>${one}${post('店员')}</ul>`), 'https://www.example.com/join');
    expect(again.postings.map((p) => p.title)).toEqual(['店长', '店员']);
  });
});

describe('责任 for 职责', () => {
  // Posts written as bare lines cut by <br>: "职位责任：…；" and "职位要求：1、…；2、…；".
  const post = (title: string) =>
    `<li><h3><a href="#">${title}</a></h3>招聘人数：2名；<br/>职位责任：负责区域客户的开发与维护；<br/>职位要求：1、大专以上学历；2、两年以上销售经验；<br/></li>`;
  const r = extractPostings(page(`<h2>人才招聘</h2><ul class="list">${post('华东销售代表')}${post('华南销售代表')}</ul>`), 'https://www.example.com/jobs');

  test('职位责任 opens the duties, and its label is not part of the duty', () => {
    const p = r.postings[0]!;
    expect(r.postings).toHaveLength(2);
    expect(p.duties).toEqual(['负责区域客户的开发与维护']);
    expect(p.requirements).toEqual(['大专以上学历', '两年以上销售经验']);
  });
});

describe('posts over a table of label/value cells', () => {
  // A mobile careers page: each <li> holds the job's name in a <div>, a table of <th>label</th>
  // <td>value</td> pairs four to a row, then label/text divs. The first post lists only its
  // requirements; the others open with a description.
  const facts = (pay: string, n: string) =>
    `<table><tr><th>性别要求</th><td>不限</td><th>年龄要求</th><td>20-35</td></tr>
     <tr><th>薪金待遇</th><td>${pay}</td><th>招聘人数</th><td>${n}</td></tr>
     <tr><th>工作地点</th><td>杭州</td><th>学历要求</th><td>大专</td></tr><tr><th>详细要求</th><td colspan="3"></td></tr>
     <tr><td colspan="4">`;
  const post = (name: string, pay: string, about: string, needs: string[]) =>
    `<li><div class="name">${name}</div>${facts(pay, '3')}
     ${about ? `<div class="l"><strong>职位说明：</strong></div><div class="m">${about}</div>` : ''}
     <div class="l">职位要求：</div><div class="m">${needs.map((w, i) => `${i + 1}、${w}；`).join('<br />')}</div></td></tr></table></li>`;
  const html = `<ul class="list">${post('仓库管理员', '面议', '', ['熟悉仓库进出货流程', '会使用办公软件'])}
    ${post('客服专员', '4000-6000/月', '负责在线接待客户咨询，处理售后问题', ['普通话标准', '打字速度快'])}
    ${post('美工', '5000-8000/月', '负责店铺页面设计与商品图片处理', ['熟练使用Photoshop', '有电商美工经验'])}</ul>
    <div class="copyright">某某公司 版权所有</div>`;
  const r = extractPostings(page(html), 'https://m.example.com/job.html');

  test('each <li> is a posting, though the first has no description', () => {
    expect(r.postings.map((p) => p.title)).toEqual(['仓库管理员', '客服专员', '美工']);
  });
  test("the table's cells are the post's facts: read as fields, never items", () => {
    const p = r.postings[1]!;
    expect(p.salary?.min).toBe(4000);
    expect(p.location).toBe('杭州');
    expect(p.education).toBe('associate');
    expect(p.duties).toEqual(['负责在线接待客户咨询，处理售后问题']);
    expect(p.requirements).toEqual(['普通话标准', '打字速度快']);
    expect(JSON.stringify(r.postings.map((q) => [q.duties, q.requirements, q.preferred]))).not.toMatch(/性别|年龄|详细要求/);
  });
  test("a grid whose header row is all <th> is still read cell by cell", () => {
    const grid = `<h2>招聘岗位</h2><table><tr><th>岗位</th><th>人数</th><th>学历</th><th>专业要求</th></tr>
      <tr><td>会计</td><td>1</td><td>本科</td><td>财务管理相关专业，三年以上工作经验</td></tr>
      <tr><td>出纳</td><td>2</td><td>大专</td><td>会计相关专业，熟练使用财务软件</td></tr></table>`;
    const lines = JSON.stringify(extractPostings(page(grid), 'https://www.example.com/jobs'));
    expect(lines).not.toContain('岗位：人数');
  });
});

describe('a description flattened into one paragraph (ATS JSON-LD)', () => {
  // The employer's pitch under "A Day in the Life", then the sentence that announces the duties
  // run on after a web address with no stop, duties glued without stops, and a name defined by its
  // acronym ("… Adverse Event Reports (AER) data …") in the middle of a duty.
  const flat =
    'Example Health builds devices for clinics. A Day in the Life We are proud of what we make. Our people are at the heart of everything. We hire people who care. We offer programs that reward you. To learn more, visit www.example.com Responsibilities may include the following and other duties may be assigned: ' +
    'Monitor the complaint handling program and its reporting. Ensure accurate records of Medical Device Reports (MDRs), Adverse Event Reports (AER) data as regulators require. ' +
    'Provide leadership to a team that handles complaints Provide governance of the team Liaise with distributors and health care professionals Perform quality checks on closed files. ' +
    'Required Knowledge and Experience: Bachelor degree in engineering 10+ years of quality experience Strong written communication skills';
  const s = splitSections(flat);

  test('the lead-in opens the duties; the pitch before it is no duty', () => {
    expect(s.duties[0]).toBe('Monitor the complaint handling program and its reporting.');
    expect(s.duties.join(' ')).not.toMatch(/proud|heart of|who care|programs that reward|example\.com|may include/);
  });
  test('a name with its acronym is no heading: its duty stays whole, and the duties after it stay duties', () => {
    expect(s.duties).toContain('Ensure accurate records of Medical Device Reports (MDRs), Adverse Event Reports (AER) data as regulators require.');
    expect(s.duties).toContain('Liaise with distributors and health care professionals');
    expect(s.duties).toContain('Perform quality checks on closed files.');
    expect(s.requirements).toContain('10+ years of quality experience');
  });
  test('a section of real duties before the announced list stays duties', () => {
    const tasks = splitSections(
      'A Day in the Life • Prepare safety update reports for regulators. • Mentor junior engineers on quality practice. Responsibilities may include the following and other duties may be assigned: Collaborate with teams to analyse field data. Review every deliverable before release. Required Knowledge and Experience: Degree in engineering 4+ years of experience',
    );
    expect(tasks.duties).toContain('Prepare safety update reports for regulators.');
    expect(tasks.duties).toContain('Review every deliverable before release.');
  });
});

describe("a board's detail page whose description gives no list", () => {
  // A LinkedIn guest page: top card with the job and the company, the description in a language
  // the splitter reads no headings in (here French), the job-criteria list under it.
  const guest = (description: string) =>
    parseDocument(`<html><head><title>Data-Analyst Junior | Programme 2027 at Exemple SA — Lyon, France | LinkedIn Jobs</title>
      <link rel="canonical" href="https://www.linkedin.com/jobs/view/1234567890"/></head><body>
      <section class="top-card-layout"><h1 class="top-card-layout__title">Data-Analyst Junior | Programme 2027</h1>
      <a class="topcard__org-name-link" href="https://www.linkedin.com/company/exemple">Exemple SA</a></section>
      <section class="description"><div class="description__text description__text--rich"><section class="show-more-less-html">
      <div class="show-more-less-html__markup">${description}</div>
      <button aria-label="Show more" class="show-more-less-html__button">Show more</button></section></div>
      <ul class="description__job-criteria-list"><li><h3>Seniority level</h3><span>Entry level</span></li></ul></section></body></html>`);
  const french =
    "Exemple SA conçoit des outils d'analyse pour les hôpitaux depuis vingt ans.<br/><br/><strong>Ce que vous ferez</strong><ul><li>Préparer les tableaux de bord mensuels</li><li>Nettoyer les données des services</li></ul>" +
    '<strong>Votre profil</strong><ul><li>Diplôme de master en statistique</li><li>Maîtrise de SQL</li></ul><strong>Nous offrons</strong><ul><li>Titres-restaurant et mutuelle</li></ul>';
  const r = extractPostings(guest(french), 'https://www.linkedin.com/jobs/view/1234567890');

  test('it is still the posting the board frames: its title and company, no list read', () => {
    expect(r.notJob).toBeNull();
    expect(r.postings).toHaveLength(1);
    expect(r.postings[0]!.title).toBe('Data-Analyst Junior');
    expect(r.postings[0]!.company).toBe('Exemple SA');
    expect(r.postings[0]!.body).toContain('Préparer les tableaux de bord mensuels');
  });
  test('a board page with a description too short to be an ad stays not-a-job', () => {
    const stub = extractPostings(guest('Voir plus'), 'https://www.linkedin.com/jobs/view/1234567890');
    expect(stub.postings).toHaveLength(0);
  });
});

describe("a document title's parts", () => {
  test.each([
    ['Entry-Level Automation Engineer | 2026 Graduate at Example — Amsterdam | LinkedIn Jobs', 'Entry-Level Automation Engineer'],
    ['Front-End Developer - Example Ltd - Indeed', 'Front-End Developer'],
    ['销售经理-上海-猎聘', '销售经理'],
  ])('%s -> %s', (raw, title) => expect(titleFromDocTitle(raw)).toBe(title));
});

describe('a careers page template without its data', () => {
  test('ThinkPHP/Smarty tags are dropped from the text, the words stay', () => {
    expect(withoutTemplateCode('{$vo.duty}')).toBe('');
    expect(withoutTemplateCode('{$vo.requirement|raw}')).toBe('');
    expect(withoutTemplateCode('<a href="{:url(\'index/jobs\')}">招聘</a>')).toBe('<a href=" ">招聘</a>');
    expect(withoutTemplateCode('{volist name="result" id="vo"}岗位：{$vo.name}{/volist}')).toBe('岗位：');
    expect(withoutTemplateCode('熟悉{A,B}两种格式')).toBe('熟悉{A,B}两种格式');
  });
});

describe('accordion posts over a list of facts', () => {
  // <span>title</span><em>查看详情</em> over a <ul> of "label <em>value</em>" facts, then the duties.
  const post = (title: string, duties: string[]) =>
    `<div class="title"><span>${title}</span><em>查看详情</em></div><div class="content"><div><ul>
      <li>工作地点    <em>苏州</em></li><li>职位月薪    <em>8000-12000元</em></li><li>职位类别    <em></em></li>
      <li>工作经验    <em>3-5年</em></li><li>招聘人数    <em>1人</em></li></ul>
      <div><h1>岗位职责：</h1>${duties.map((d, i) => `<p>（${'一二三'[i]}） ${d}</p>`).join('')}</div></div></div>`;
  const html = `<h1>人才招聘</h1><div class="list">${post('出纳', ['负责日常现金收付', '登记银行日记账'])}${post('行政专员', ['负责办公用品采购', '安排会议室与接待'])}</div>`;
  const r = extractPostings(page(html), 'https://www.example.com/jobs.html');

  test('each post is a posting, titled without its "view details" link', () => {
    expect(r.postings.map((p) => p.title)).toEqual(['出纳', '行政专员']);
    expect(cleanTitle('财务经理 查看详情 >')).toBe('财务经理');
  });
  test('the facts are no duties', () => {
    expect(r.postings[0]!.duties).toEqual(['负责日常现金收付', '登记银行日记账']);
  });
});
