import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { domToLines } from '@/lib/extract/dom-lines';
import { extractFromText, extractPostings } from '@/lib/extract/index';
import { jobLike } from '@/lib/extract/job-words';
import { pageSignals } from '@/lib/extract/page-signals';
import { gridBlocks } from '@/lib/extract/grid-posts';
import { cleanItem } from '@/lib/text/items';

/**
 * Layouts met on real saved pages held out from development (stop 25's blind check, round 7):
 * HTML pasted from MS Word, a template's code in <title>, list items after a heading with no list
 * around them and an application form after, an ad written as one paragraph. Every ad here is
 * written for the test.
 */
const page = (body: string, head = '<title>Careers</title>') => parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);

describe('a careers page pasted from MS Word', () => {
  // Word's list markup: the number in its own bold run inside <!--[if !supportLists]-->, the
  // heading in the next bold run; items whose text is cut into many <span>s.
  const head = (n: string, label: string) =>
    `<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><!--[if !supportLists]--><b><span lang="EN-US">${n}</span></b><!--[endif]--><b>${label}<span lang="EN-US"><o:p></o:p></span></b></p>`;
  const item = (n: number, text: string) =>
    `<p class="MsoListParagraph" style="mso-list:l5 level1 lfo2"><!--[if !supportLists]--><span lang="EN-US">${n}、<span style="font-size:7pt">&nbsp; </span></span><!--[endif]-->${text}<span lang="EN-US"><o:p></o:p></span></p>`;
  const bold = (text: string) => `<p class="MsoNormal"><b>${text}<o:p></o:p></b></p>`;
  const html = `<p class="MsoNormal">福利：双休，年度体检</p><p class="MsoNormal"><b>在招岗位：</b></p>
    <h2>前端开发</h2>${head('一、', '工作职责：')}${item(1, '负责<span lang="EN-US">H5</span>活动页的开发；')}${item(2, '优化页面加载速度；')}
    ${head('二、', '任职要求：')}${item(1, '熟悉<span lang="EN-US">Vue</span>或<span lang="EN-US">React</span>；')}${item(2, '两年以上前端经验；')}
    <h2>行政专员</h2>${bold('一、岗位职责：')}${bold('1、办公用品的采购与登记；')}${bold('2、会议室与访客接待；')}
    ${bold('二、任职要求：')}${bold('1、大专以上学历；')}${bold('2、细心，有耐心；')}${bold('三、加分加薪项：')}${bold('a、有出纳工作经验；')}${bold('b、会驾驶；')}`;

  test('a section number in its own bold run stays on the line of the heading after it', () => {
    const lines = domToLines(page(html).documentElement).map((l) => l.text);
    expect(lines).toContain('一、工作职责：');
    expect(lines).not.toContain('一、');
  });

  test('each <h2> is a posting with its own sections', () => {
    const ps = extractPostings(page(html), 'https://www.example.com/job.htm').postings;
    expect(ps.map((p) => p.title)).toEqual(['前端开发', '行政专员']);
    expect(ps[0]!.duties).toEqual(['负责H5活动页的开发', '优化页面加载速度']);
    expect(ps[0]!.requirements).toEqual(['熟悉Vue或React', '两年以上前端经验']);
    expect(ps[1]!.requirements).toEqual(['大专以上学历', '细心，有耐心']);
  });

  test('a numbered label of five characters ("三、加分加薪项：") heads its section; "a、" items lose their letter', () => {
    const ps = extractPostings(page(html), 'https://www.example.com/job.htm').postings;
    expect(ps[1]!.preferred).toEqual(['有出纳工作经验', '会驾驶']);
    expect(cleanItem('b、会驾驶；')).toBe('会驾驶');
  });
});

describe('a work label whose value names the post', () => {
  test('"一、职位职能：数据工程师" is a fact of the post, not its first duty; "工作内容：店铺运营" is a duty', () => {
    const p = extractFromText('一、职位职能：数据工程师\n二、工作职责：\n1、搭建数据仓库；\n2、维护ETL任务。\n三、职位要求：\n1、本科以上学历；\n2、熟悉SQL。', { title: '数据开发' }).postings[0]!;
    expect(p.duties).toEqual(['搭建数据仓库', '维护ETL任务。']);
    const q = extractFromText('工作内容：店铺运营\n任职要求：\n1、两年以上经验；\n2、熟悉淘宝后台。', { title: '运营' }).postings[0]!;
    expect(q.duties).toEqual(['店铺运营']);
  });
});

describe("a template's code in the page's <title> and meta", () => {
  test('is dropped, as it is in the body: no company or title is read from it', () => {
    const head = '<title><%=Constants.SITE_NAME %>-人才招聘</title><meta name="description" content="<%=Constants.SITE_DESC %>">';
    const s = pageSignals(page('<p>x</p>', head));
    expect(s.docTitle).toBe('-人才招聘');
    expect(s.description).toBe('');
  });
});

describe('a clinic job page: list items without a list, an application form after', () => {
  const form = `<form enctype="multipart/form-data" method="post"><div class="title">Online Submission</div>
    <div><label for="fn">First Name *</label><input id="fn" type="text" name="firstname"></div>
    <div><label for="cv">Résumé *</label><input type="file" name="resume" id="cv"><small>Only PDF or DOCX files up to 5 MB.</small></div>
    <input type="submit" value="Submit"></form>`;

  test("the form's labels are not the last requirement's", () => {
    const html = `<h5>Open Positions</h5><h6>Dental Assistant - Springfield</h6><p>Our clinic is looking to hire a Dental Assistant.</p>
      <h2>Duties:</h2><li>Prepare patients and rooms for treatment.</li><li>Sterilise instruments after each visit.</li>
      <h2>Requirements:</h2><li>Certificate in dental assisting required.</li>${form}`;
    const p = extractPostings(page(html), 'https://clinic.example.org/careers/job_3.php').postings[0]!;
    expect(p.requirements).toEqual(['Certificate in dental assisting required.']);
    expect(JSON.stringify(p)).not.toContain('First Name');
  });

  test('a form that wraps the whole page (ASP.NET) is read', () => {
    const html = `<form method="post"><input type="text" name="q"><h1>Store Clerk</h1><h2>Duties</h2><ul><li>Stock the shelves every morning.</li><li>Serve customers at the till.</li></ul></form>`;
    expect(extractPostings(page(html), 'https://shop.example.com/jobs/1').postings[0]!.duties).toHaveLength(2);
  });

  const prose =
    '<p>Our health centre runs a behavioural health programme across three rural sites, where counsellors, nurses and doctors work side by side with every patient who walks in. ' +
    'The programme has doubled in five years and now needs another member. The ideal candidate for this position will enjoy working in a team that serves families far from a city hospital.</p>';

  test('an ad written as one paragraph, under a heading that names the job, with a résumé form: one posting', () => {
    const r = extractPostings(page(`<h5>Open Positions</h5><h6>Psychologist - Lakeside</h6>${prose}${form}`), 'https://clinic.example.org/careers/job_4.php');
    expect(r.notJob).toBeNull();
    expect(r.postings).toHaveLength(1);
    expect(r.postings[0]!.title).toContain('Psychologist');
  });

  test("the job's heading is found on the page when the main article leaves it out", () => {
    const html = `<header><nav><a href="/">Home</a> <a href="/careers">Careers</a></nav></header><h1>Pharmacist</h1><article><div class="body">${prose}${prose.replace('<p>Our', '<p>Each of our')}</div></article>${form}`;
    const r = extractPostings(page(html), 'https://clinic.example.org/careers/job_5.php');
    expect(r.postings.map((p) => p.title)).toEqual(['Pharmacist']);
  });

  test('the same paragraph without a résumé form, or under a heading that names no job, is no ad', () => {
    expect(extractPostings(page(`<h6>Psychologist - Lakeside</h6>${prose}`), 'https://clinic.example.org/about.php').notJob).toBe('not-job');
    expect(extractPostings(page(`<h6>Our programme</h6>${prose}${form}`), 'https://clinic.example.org/about.php').notJob).toBe('not-job');
  });

  test('professions named by their ending read as jobs', () => {
    for (const t of ['Psychologist', 'Physiotherapist', 'Pharmacist', 'Dentist', 'Receptionist', 'Dental Hygienist']) expect(jobLike(t)).toBe(true);
    for (const t of ['Checklist', 'Our history', 'Playlist']) expect(jobLike(t)).toBe(false);
  });
});

describe('posts as the rows of one table', () => {
  const row = (post: string, n: string, need: string) => `<tr><td>\n${post}\n</td><td class="event">${n}</td><td class="event">${need}</td></tr>`;
  const table = (rows: string, head = '<th>招聘职位</th><th>招聘人数</th><th>任职要求</th>') => `<div class="intro"><span>本中心成立八年，培养学员三千余人，现因发展需要，面向社会招聘以下人员：</span></div>
    <table class="timetable"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table><p>应聘电话：[phone] 王老师</p>`;
  const rows = row('课程顾问', '3名', '大专以上学历，善于沟通。') + row('美工', '1名', '熟练使用Photoshop，有审美能力。') + row('前台', '2名', '形象好，做事细心。');

  test('each row is a posting named by its post; the cell under 要求 is its requirement; the blurb and the phone line are not', () => {
    const ps = extractPostings(page(table(rows), '<title>人才招聘-某某培训中心</title>'), 'http://www.example.com/rczp.html').postings;
    expect(ps.map((p) => p.title)).toEqual(['课程顾问', '美工', '前台']);
    expect(ps[1]!.requirements).toEqual(['熟练使用Photoshop，有审美能力。']);
    expect(ps.every((p) => p.duties.length === 0)).toBe(true);
    expect(JSON.stringify(ps.map((p) => [p.requirements, p.duties]))).not.toMatch(/3名|应聘电话|培养学员/);
  });

  test('a duties column gives duties, a headcount column is a fact, never an item', () => {
    const head = '<td>岗位</td><td>人数</td><td>工作内容</td><td>要求</td>';
    const r = (p: string, d: string, q: string) => `<tr><td>${p}</td><td>2</td><td>${d}</td><td>${q}</td></tr>`;
    const ps = gridBlocks(domToLines(page(table(r('仓管员', '负责货品出入库登记', '能吃苦耐劳，会用电脑') + r('打包员', '负责订单的拣货打包', '手脚麻利，做事认真'), head)).documentElement));
    expect(ps.map((b) => b.title)).toEqual(['仓管员', '打包员']);
    const p = extractPostings(page(table(r('仓管员', '负责货品出入库登记', '能吃苦耐劳，会用电脑') + r('打包员', '负责订单的拣货打包', '手脚麻利，做事认真'), head)), 'http://www.example.com/jobs').postings[0]!;
    expect(p.duties).toEqual(['负责货品出入库登记']);
    expect(p.requirements).toEqual(['能吃苦耐劳，会用电脑']);
  });

  test('under a caption row, the header is the second row', () => {
    const caption = '<tr><td colspan="3">2024年招聘计划</td></tr>';
    const ps = gridBlocks(domToLines(page(table(caption + '<tr><td>职位</td><td>人数</td><td>岗位要求</td></tr>' + rows, '')).documentElement));
    expect(ps.map((b) => b.title)).toEqual(['课程顾问', '美工', '前台']);
  });

  test('inside a layout table (an old site built of tables), the grid is read as its own table', () => {
    const layout = `<table class="frame"><tr><td><a href="/">首页</a></td><td><a href="/about">关于我们</a></td><td><a href="/jobs">人才招聘</a></td></tr>
      <tr><td colspan="3">${table(rows)}</td></tr><tr><td>地址：某市某路1号</td><td>电话：[phone]</td><td>版权所有</td></tr></table>`;
    const ps = extractPostings(page(layout), 'http://www.example.com/zp.asp').postings;
    expect(ps.map((p) => p.title)).toEqual(['课程顾问', '美工', '前台']);
    expect(JSON.stringify(ps.map((p) => p.requirements))).not.toMatch(/地址|版权/);
  });

  test("a table of short values (不限, 会计专业) under a notice's own headings is no list of posts", () => {
    const head = '<th>岗位</th><th>职数</th><th>专业要求</th>';
    const lines = domToLines(page(`${table(row('后勤管理岗', '3', '不限') + row('财务岗', '1', '会计专业') + row('司机', '1', '不限'), head)}<p>二、报名条件</p><p>1.本科以上学历；</p><p>2.身体健康。</p>`).documentElement);
    expect(gridBlocks(lines)).toEqual([]);
  });
});

describe('stray tokens pasted into a careers page', () => {
  test('a number before an item\'s own list number or after its full stop, and a bare token between paragraphs, are no text of the list', () => {
    const html = `<p class="title">数据工程师</p><p>岗位描述：<br>1、搭建数据仓库<br>2、维护ETL任务</p>
      <p>任职要求：<br>1、本科以上学历；<br>2、熟悉SQL；<br>503917\n3、熟悉Hadoop生态；<br>4、有责任心。620481\n</p>xkwzt
      <br><p class="title">产品助理</p><p>岗位描述：<br>1、整理需求文档<br>2、跟进版本上线</p><p>任职要求：<br>1、大专以上学历；<br>2、逻辑清楚。</p>`;
    const ps = extractPostings(page(html), 'http://www.example.com/web/jobs').postings;
    expect(ps.map((p) => p.title)).toEqual(['数据工程师', '产品助理']);
    expect(ps[0]!.requirements).toEqual(['本科以上学历', '熟悉SQL', '熟悉Hadoop生态', '有责任心。']);
  });

  test('an unmarked skill line under a numbered label stays', () => {
    const p = extractFromText('数据分析师\n任职要求：\n1、本科以上学历；\n2、熟悉以下工具：\nexcel\npython\n3、有责任心。').postings[0]!;
    expect(p.requirements).toContain('excel');
  });
});
