import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { domToLines } from '@/lib/extract/dom-lines';
import { extractPostings } from '@/lib/extract/index';
import { jobLike } from '@/lib/extract/job-words';
import { pageSignals } from '@/lib/extract/page-signals';
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

  test('the same paragraph without a résumé form, or under a heading that names no job, is no ad', () => {
    expect(extractPostings(page(`<h6>Psychologist - Lakeside</h6>${prose}`), 'https://clinic.example.org/about.php').notJob).toBe('not-job');
    expect(extractPostings(page(`<h6>Our programme</h6>${prose}${form}`), 'https://clinic.example.org/about.php').notJob).toBe('not-job');
  });

  test('professions named by their ending read as jobs', () => {
    for (const t of ['Psychologist', 'Physiotherapist', 'Pharmacist', 'Dentist', 'Receptionist', 'Dental Hygienist']) expect(jobLike(t)).toBe(true);
    for (const t of ['Checklist', 'Our history', 'Playlist']) expect(jobLike(t)).toBe(false);
  });
});
