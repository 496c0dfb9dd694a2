import { NOT_HIRING } from '@/lib/extract/notjob';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractPostings } from '@/lib/extract/index';
import { noiseKind } from '@/lib/extract/noise';

/**
 * Layouts of single-job careers pages (company and university-lab sites) met on real saved pages
 * held out from development (stop 21's blind check, round 3): section headings the lexicon does not
 * know, numbered or written as a list of names or as a sentence; duties written as paragraphs; a
 * benefits list or table inside the ad. Every ad here is written for the test.
 */
const page = (body: string) => parseDocument(`<html><head><title>Careers</title></head><body>${body}</body></html>`);
const read = (body: string) => extractPostings(page(body), 'https://careers.example.com/jobs/one');
const items = (p: { duties: string[]; requirements: string[]; preferred: string[] }) => [...p.duties, ...p.requirements, ...p.preferred].join('\n');

describe('a careers page of one job', () => {
  // Numbered <h2> sections under a job title that is an <h2> too.
  const numbered = `<h2>Lab Technician</h2><h2>1. About Us</h2><p>We are a small materials company spun out of a university.</p>
    <h2>2. Role &amp; Responsibilities</h2><p>This post keeps the lab running day to day.</p>
    <h3>What You’ll Gain</h3><ul><li>Work alongside senior scientists on new materials</li><li>Build a broad base of lab experience</li></ul>
    <h2>3. Key Responsibilities</h2><ul><li>Prepare samples and reagents for experiments</li><li>Maintain the lab's instruments</li></ul>
    <h2>4. Requirements, Skills &amp; Experience</h2><h3>Required</h3><ul><li>Hands-on lab work in chemistry or biology</li><li>Basic spreadsheet skills</li></ul>
    <h3>Preferred</h3><ul><li>Experience with particle sizing instruments</li></ul>`;

  test('its section headings do not split it into postings titled by a section', () => {
    const r = read(numbered);
    expect(r.postings).toHaveLength(1);
    expect(r.postings[0]!.title).toBe('Lab Technician');
    expect(r.postings[0]!.requirements).toContain('Hands-on lab work in chemistry or biology');
  });

  test("what the job offers (What You'll Gain) is not a duty", () => {
    const p = read(`<h1>Lab Technician</h1><h2>Role and Responsibilities</h2><p>This post keeps the lab running day to day.</p>
      <h3>What You’ll Gain</h3><ul><li>Work with senior scientists on new materials</li><li>Develop skills across many kinds of experiment</li></ul>
      <h2>Key Responsibilities</h2><ul><li>Prepare samples and reagents for experiments</li><li>Maintain the lab's instruments</li></ul>
      <h2>Requirements</h2><ul><li>Lab experience in chemistry</li></ul>`).postings[0]!;
    expect(p.duties).toContain('Prepare samples and reagents for experiments');
    expect(items(p)).not.toMatch(/senior scientists|many kinds of experiment/);
  });

  test('a table of benefits is facts, not a requirements section opened by a label ("… Tools")', () => {
    const p = read(`<h1>Lab Technician</h1><h2>Responsibilities</h2><ul><li>Prepare samples for experiments</li><li>Maintain the instruments</li></ul>
      <h2>Requirements</h2><ul><li>Lab experience in chemistry</li></ul>
      <h2>Benefits</h2><table><tr><td>Item</td><td>Details</td></tr><tr><td>Laptop &amp; Tools</td><td>A laptop and the software you need</td></tr>
      <tr><td>Housing</td><td>Company flats near the lab</td></tr></table>`).postings[0]!;
    expect(p.requirements).toEqual(['Lab experience in chemistry']);
  });

  test('a numbered section heading is read by its words', () => {
    const p = read(`<h1>Systems Administrator</h1><h2>1. Responsibilities</h2><ul><li>Run the cluster's daily operations</li><li>Patch servers</li></ul>
      <h2>2. Technical Skills</h2><ul><li>Linux systems</li><li>Shell scripting</li><li>Networking basics</li></ul>`).postings[0]!;
    expect(p.requirements).toEqual(['Linux systems', 'Shell scripting', 'Networking basics']);
  });

  test('a heading that lists names with commas is read by its words', () => {
    const p = read(`<h1>Research Software Engineer</h1><h2>Main Duties</h2><ul><li>Develop the lab's storage library</li><li>Fix bugs</li></ul>
      <h2>Minimum Requirements</h2><ul><li>A degree in computer science</li><li>Experience with C++</li></ul>
      <h2>Preferred Tools, Methods, and Habits</h2><ul><li>Parallel file systems</li><li>Build tooling such as Meson or Bazel</li></ul>`).postings[0]!;
    expect(p.preferred).toEqual(['Parallel file systems', 'Build tooling such as Meson or Bazel']);
  });

  test('a sentence set as a heading over a list is read by its last clause', () => {
    const p = read(`<h1>Senior Graphics Engineer</h1><p>Help us bring 3D rendering to small devices.</p>
      <h5>Required expertise:</h5><ul><li>Very good C++</li><li>Experience with GPU programming</li></ul>
      <h5>As we are spread over many countries, these count as must-haves too:</h5><ul><li>You write clear English</li><li>You keep your team informed every day</li></ul>`).postings[0]!;
    expect(p.requirements).toContain('You write clear English');
    expect(p.requirements).toContain('You keep your team informed every day');
  });
});

describe('lists and headings styled otherwise', () => {
  test('list items styled as headings (<li><h4>…</h4></li>) are items', () => {
    const p = read(`<h1>Smart Contract Engineer</h1><p>Help us make open finance safe.</p>
      <h3>Requirements</h3><ul><li><h4>A degree in computer science</h4></li><li><h4>Knowledge of Solidity or Vyper</h4></li><li><h4>Curiosity about cryptography</h4></li></ul>
      <h3>Preferred qualifications</h3><ul><li><h4>Work on peer-to-peer networks</h4></li></ul><h3>Apply</h3><p>Write to us.</p>`).postings[0]!;
    expect(p.requirements).toEqual(['A degree in computer science', 'Knowledge of Solidity or Vyper', 'Curiosity about cryptography']);
    expect(p.preferred).toEqual(['Work on peer-to-peer networks']);
  });

  test('a heading over a list nested in the same item stays a heading', () => {
    const p = read(`<h1>Site Engineer</h1><h2>Responsibilities</h2><ul><li><h4>Operations</h4><ul><li>Run the nightly builds</li><li>Watch the alerts</li></ul></li></ul>
      <h2>Requirements</h2><ul><li>Linux experience</li></ul>`).postings[0]!;
    expect(p.duties).toEqual(['Run the nightly builds', 'Watch the alerts']);
  });

  test("the job's own heading over the opening text does not make it a section", () => {
    const p = read(`<h1>Research Software Engineer</h1><p>You are curious and careful, and you finish what you start.</p>
      <p>The work spans storage software for large computers.</p><h2>Responsibilities</h2><ul><li>Develop the storage library</li><li>Write documentation</li></ul>
      <h2>Requirements</h2><ul><li>A degree in computer science</li><li>Experience with C++</li></ul>`).postings[0]!;
    expect(items(p)).not.toMatch(/curious and careful|storage software for/);
  });

  test("a table of contents repeating the page's section headings is not read as sections", () => {
    const p = read(`<h1>Data Engineer</h1><h2>Key Duties</h2><ul><li>Build the data pipelines</li><li>Keep the warehouse tidy</li></ul>
      <h2>Minimum Requirements</h2><ul><li>A degree in a technical field</li><li>Experience with SQL</li></ul>
      <h2>Tools, Methods, and Habits</h2><ul><li>Clear writing</li><li>Care for data quality</li></ul>
      <h2>Perks and Benefits</h2><ul><li>Health cover and a pension</li></ul><a href="#">Apply</a>
      <nav><ul><li><a href="#d">Key Duties</a></li><li><a href="#r">Minimum Requirements</a></li><li><a href="#k">Tools, Methods, and Habits</a></li>
      <li><a href="#b">Perks and Benefits</a></li></ul></nav>`).postings[0]!;
    expect(p.requirements).toEqual(['A degree in a technical field', 'Experience with SQL', 'Clear writing', 'Care for data quality']);
    expect(items(p)).not.toMatch(/Perks|Key Duties|Knowledge, Skills/);
  });
});

describe('duties grouped in areas', () => {
  // A summary box, a position summary, then the duties in <h3> areas of bold-lead paragraphs and bullets.
  const areas = `<h1>Community Lead</h1><p><b>Main duties</b></p><ul><li>Run the user forum</li><li>Plan our outreach</li></ul>
    <h2>Position summary</h2><p>This job connects the people who use our service with the people who build it, in both directions.</p>
    <p>It asks for a mix of teaching, listening and planning, and some technical sense.</p>
    <h2>What you’ll do</h2><p>The work has three parts, described below.</p>
    <h3>Working with users</h3><p>Most people we serve are scientists, not programmers, and need a hand to start.</p>
    <p><b>Learn what they need.</b> For example:</p><ul><li>Host monthly calls with user groups</li><li>Write short guides for new users</li>
    <li>Maintain the answers on our forum</li><li>Visit partner labs to see their work</li></ul>
    <p><b>Speak for users in team meetings.</b> For example:</p><ul><li>Bring user requests to planning</li><li>Review new features with users</li></ul>
    <h3>Planning</h3><ul><li>Define the goals of each quarter</li><li>Track progress against them</li></ul>
    <h2>Relevant skills</h2><ul><li>Background in running user forums</li><li>Experience with teaching adults</li></ul>
    <h2>A note on the job's scope</h2><p>Few people will cover every part of this from day one, and that is fine.</p>`;

  test('an <h3> area under the duties heading stays in the duties when a quarter of its items plainly are duties', () => {
    const p = read(areas).postings[0]!;
    expect(p.duties).toContain('Host monthly calls with user groups');
    expect(p.duties).toContain('Write short guides for new users');
    expect(p.duties).toContain('Review new features with users');
  });

  test('a line announcing links that are not items ("More on how we work, in these pages:") is no duty', () => {
    const p = read(`<h1>Community Lead</h1><p><b>Main duties</b></p><ul><li>Run the user forum</li><li>Plan our outreach</li></ul>
      <p>More on how we work, in these pages:</p><ul><li><a href="/h">Our team handbook</a></li><li><a href="/v">Our values</a></li></ul>
      <h2>Requirements</h2><ul><li>Background in running user forums</li></ul>`).postings[0]!;
    expect(p.duties).toEqual(['Run the user forum', 'Plan our outreach']);
  });

  test('a note on the scope of the job is not a duty', () => {
    expect(items(read(areas).postings[0]!)).not.toContain('Few people will cover');
  });

  test('a position summary between two duty lists introduces the second: not requirements', () => {
    const p = read(areas).postings[0]!;
    expect(p.requirements).toEqual(['Background in running user forums', 'Experience with teaching adults']);
  });
});

describe('duties written as paragraphs', () => {
  test('paragraphs under a duties question, one leading into a short list of examples, are the duties', () => {
    const p = read(`<h1>Data Scientist</h1><h2>About Us</h2><p>We build software for clinics.</p>
      <h2>What are you going to do?</h2><p>As our first data scientist you will train models that pull diagnoses out of doctors' letters for our search tool.</p>
      <p>With two teammates you will run the data pipeline end to end, from raw exports to models in production.</p>
      <p>Current examples:</p><ul><li>Spotting allergies in nursing notes</li><li>Tagging drug names in medical reports</li></ul>
      <h2>Your profile</h2><ul><li>Experience with machine learning in Python</li><li>You speak German</li></ul>`).postings[0]!;
    expect(p.duties.join('\n')).toContain('pull diagnoses out of doctors');
    expect(p.duties.join('\n')).toContain('run the data pipeline end to end');
    expect(p.duties).toContain('Spotting allergies in nursing notes');
  });

  test('"medical" and "vision" are benefits only as cover, not as the work', () => {
    expect(noiseKind('Tagging drug names in medical reports')).toBeNull();
    expect(noiseKind('Computer vision for robots')).toBeNull();
    expect(noiseKind('Medical, dental & vision cover for you and your family')).toBe('benefit');
    expect(noiseKind('Vision plans for the family')).toBe('benefit');
  });
});

describe('a jobs page with no opening', () => {
  const index = (h1: string) => `<h1>${h1}</h1><h2>Open positions</h2><p>We grow the team when funding allows.</p>
    <p><b>We are not currently hiring. New roles will be posted on this page.</b></p>
    <h2>Skills we ask of everyone on the team</h2><p>These matter in every post here.</p>
    <ul><li>Be clear in writing, since we rarely meet in person</li><li>Be glad to solve problems together</li>
    <li>Be someone who plans their own week</li></ul>
    <h2>Why work at Acme?</h2><p>Our work supports research and teaching in open source.</p>
    <h3>Salaries</h3><p>We aim to pay like the tech industry does.</p>`;

  test('a careers index that says it is not hiring, with skills for anybody working there, is not a job', () => {
    const r = read(index('Jobs at Acme'));
    expect(r.notJob).toBe('not-job');
    expect(r.postings).toHaveLength(0);
  });

  test('"No available positions." under the openings heading, after a pitch of who they look for, is not a job', () => {
    // Written for the test in the shape of a small studio's careers page with no opening.
    const page = `<h1>Join Our Team</h1><p>We build software for small shops.</p><h2>Why Work with Us?</h2><h3>Agility</h3><p>Our small size lets us move fast.</p>
      <h2>Who We Are Looking For</h2><p>We are seeking talented engineers who are eager to learn and ready to take on new challenges.</p>
      <h2>Open Positions</h2><p>No available positions.</p>`;
    expect(read(page).notJob).toBe('not-job');
    // A line that speaks of positions in passing says nothing about hiring.
    expect(NOT_HIRING.test('If you have no open positions in mind, write to us anyway')).toBe(false);
    expect(NOT_HIRING.test('目前没有空缺职位')).toBe(true);
  });

  test('a page that names its job keeps its posting whatever it says about hiring', () => {
    expect(read(index('Infrastructure Engineer')).postings).toHaveLength(1);
  });

  test('so does an ad that lists its duties under a name the job words miss', () => {
    const ad = `<h1>Barista</h1><h2>Responsibilities</h2><ul><li>Prepare coffee and tea drinks</li><li>Keep the bar clean</li></ul>
      <h2>Requirements</h2><ul><li>Experience in a busy cafe</li></ul><p>We are not currently hiring for our other shops.</p>`;
    expect(read(ad).postings).toHaveLength(1);
    // …and the line about hiring is no requirement.
    expect(read(ad).postings[0]!.requirements).toEqual(['Experience in a busy cafe']);
  });
});

describe('duties grouped under short names', () => {
  test('a short name set over its own list heads it, even when it opens with a verb (组织…, 运营…)', () => {
    const p = read(`<p class="name">仓储主管</p><p>职位描述：</p><p>组织入库验收</p><ul><li>核对到货数量与单据</li><li>安排卸货人员</li></ul>
      <p>运营库存盘点</p><ul><li>制定月度盘点计划</li><li>分析盘亏原因</li></ul><p>职位要求：</p><ul><li>三年以上仓库管理经验</li><li>会用表格软件</li></ul>`).postings[0]!;
    expect(p.duties).toEqual(['核对到货数量与单据', '安排卸货人员', '制定月度盘点计划', '分析盘亏原因']);
    expect(p.requirements).toEqual(['三年以上仓库管理经验', '会用表格软件']);
  });

  test('a line in a list stays an item; so does a short line over plain text', () => {
    const p = read(`<h2>仓储主管</h2><h3>岗位职责</h3><ul><li>组织入库验收</li><li>安排卸货人员</li></ul><p>组织库存盘点</p><p>每月一次，跨部门协作。</p>
      <h3>任职要求</h3><ul><li>三年以上仓库管理经验</li></ul>`).postings[0]!;
    expect(p.duties).toContain('组织入库验收');
    expect(p.duties).toContain('组织库存盘点');
  });
});
