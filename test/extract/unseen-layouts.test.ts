import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractFromText, extractPostings } from '@/lib/extract/index';
import { cutItems } from '@/lib/extract/flat';
import { noiseKind } from '@/lib/extract/noise';

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
      <h2>Requirements</h2><ul><li>Experience of systems engineering life cycles</li><li>Ability to work with many stakeholders</li></ul>${tail}</body></html>`);

  test("an employer's closing paragraphs (careers pitch, inclusion statement, call to apply) are not requirements", () => {
    const doc = html(`<p>At Acme we provide careers and not only jobs.</p><p>With Acme employing 9,000 employees in 30 countries, you can move.</p>
      <p>Acme UK is committed to providing an inclusive and barrier-free recruitment process.</p><p>Great adventures start here, apply now!</p>`);
    const p = extractPostings(doc, 'https://careers.acme.example/job/1').postings[0]!;
    expect(p.requirements).toEqual(['Experience of systems engineering life cycles', 'Ability to work with many stakeholders']);
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
    expect(noiseKind('Great journeys start here, apply now!')).toBe('apply');
    expect(noiseKind('Ability to apply statistical methods')).toBeNull();
  });
});

describe("a recruiter's tag inside flattened text", () => {
  test('#LI-XX ends the item before it; the hiring-process sentence after it is noise', () => {
    const items = cutItems('Experience with trade studies Note - we require UK nationals only #LI-AB1 In line with our security rules, candidates will be asked to provide evidence of identity.');
    expect(items[0]).toBe('Experience with trade studies Note - we require UK nationals only');
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
