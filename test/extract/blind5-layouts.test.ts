import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractPostings, extractPostingsWith } from '@/lib/extract/index';
import { mostlyLinks } from '@/lib/extract/link-share';
import { withoutTemplateCode } from '@/lib/extract/template-code';
import { cleanTitle } from '@/lib/extract/title';

/**
 * Layouts met on real saved pages held out from development (stop 23's blind check, round 5):
 * careers pages whose postings are <li> cards in two columns, a jobs page served from its site's
 * JSP source, a search engine's results for a job title. Every ad here is written for the test.
 */
const page = (body: string, title = 'Careers') => parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('postings laid out as <li> cards', () => {
  // One <li> per posting: a title link with a category tag and an apply link, then two columns of
  // numbered <p> lines under 职位描述 / 任职要求; the second tab (hidden) says 岗位职责 instead.
  const card = (title: string, tag: string, work: string[], needs: string[], open = '职位描述：', ask = '任职要求：') =>
    `<li><div class="head"><a class="job">${title}<span class="tag">${tag}</span></a> <a href="mailto:hr@example.com">投递简历</a></div>
     <div class="body"><div class="left"><p class="h">${open}</p>${work.map((w, i) => `<p>${i + 1}、${w}</p>`).join('')}</div>
     <div class="right"><p class="h">${ask}</p>${needs.map((w, i) => `<p>${i + 1}、${w}</p>`).join('')}</div></div></li>`;
  const html = `<ul class="jobs">
    ${card('招商专员', '商务', ['开拓区域内的加盟商', '跟进合同签约与续约'], ['大专及以上学历', '有招商工作经验者优先'])}
    ${card('网络营销', '市场推广', ['策划线上推广活动并跟踪效果', '维护论坛与社群内容'], ['熟悉各类网络推广渠道', '对数据敏感'])}
    ${card('仓储主管', '物流', ['管理仓库日常收发货', '组织月度盘点'], ['三年以上仓储管理经验', '熟练使用办公软件'])}
    </ul><ul class="jobs" style="display:none">
    ${card('客服助理', '客服', ['接听客户来电并记录需求', '回访已成交客户'], ['普通话标准', '性格耐心细致'], '岗位职责：', '任职资格：')}
    </ul>`;
  const r = extractPostings(page(html), 'https://www.example.com/joinus');

  test('each card is a posting, hidden tab included', () => {
    expect(r.postings.map((p) => p.title)).toEqual(['招商专员商务', '网络营销市场推广', '仓储主管物流', '客服助理客服']);
  });
  test("a card's numbered lines stay separate items under their own column", () => {
    const p = r.postings[0]!;
    expect(p.duties).toEqual(['开拓区域内的加盟商', '跟进合同签约与续约']);
    expect([...p.requirements, ...p.preferred]).toEqual(['大专及以上学历', '有招商工作经验者优先']);
  });
  test('the apply link is not part of a title', () => {
    expect(r.postings.some((p) => p.title.includes('投递简历'))).toBe(false);
    expect(cleanTitle('Data Analyst Apply now')).toBe('Data Analyst');
  });
});

describe('server-template code left in the text', () => {
  test('JSP, FreeMarker, EL and Mustache code is dropped, the words stay', () => {
    expect(withoutTemplateCode('负责<%=site.getName()%>的新闻策划')).toBe('负责 的新闻策划');
    expect(withoutTemplateCode('<#include "/common/header.ftl">诚聘英才')).toBe('诚聘英才');
    expect(withoutTemplateCode('为${company}开拓渠道')).toBe('为 开拓渠道');
    expect(withoutTemplateCode('岗位：{{ job.name }}')).toBe('岗位：');
    expect(withoutTemplateCode('熟悉C++ <和> Java')).toBe('熟悉C++ <和> Java');
  });
  test("a duty with a JSP expression in it keeps its words, not the code; a 'back to top' link is not in a title", () => {
    const post = (t: string, d: string) =>
      `<div class="job"><h3><span><a href="#">返回顶部</a></span><a id="x"></a>${t}</h3><h4>工作职责：</h4><ol><li>${d}</li><li>跟进合作项目的执行</li></ol>
       <h4>任职要求：</h4><ol><li>两年以上相关经验</li></ol><div>简历请投至：<%=cfg.getMail()%></div></div>`;
    const r = extractPostings(page(post('商务拓展', '负责与<%=cfg.getSiteName()%>的合作伙伴谈判') + post('媒体公关', '负责<%=cfg.getSiteName()%>的新闻策划')), 'https://www.example.com/jobs');
    expect(r.postings.map((p) => p.title)).toEqual(['商务拓展', '媒体公关']);
    expect(r.postings[0]!.duties[0]).toBe('负责与 的合作伙伴谈判');
    expect(JSON.stringify(r.postings)).not.toContain('getSiteName');
  });
});

describe('a page that is mostly links', () => {
  const result = (title: string, snippet: string, i: number) =>
    `<div class="result"><h2><a href="https://search.example/l/?u=${i}">${title}</a></h2><a class="url" href="https://search.example/l/?u=${i}">site${i}.example/jobs</a>
     <a class="snippet" href="https://search.example/l/?u=${i}">${snippet}</a></div>`;
  const serp = [
    result('Widgetco Jobs &amp; Careers - 120 Open Positions', 'Search job openings at Widgetco, with salaries and reviews.', 1),
    result('Widgetco Tech Stack &amp; Job Postings', 'Explore the technologies and job postings of Widgetco.', 2),
    result('Widgetco hiring Solutions Engineer', 'We are seeking a Solutions Engineer. Responsibilities include owning tooling and supporting customers ...', 3),
    result('Requirements for Widgetco engineers', 'Requirements: three years of experience with cloud platforms.', 4),
    result('Widgetco Careers', 'Lead internal platforms, driving efficiency and product development.', 5),
    result('Widgetco Jobs in Berlin', 'Today’s top Widgetco jobs in Berlin. New jobs added daily.', 6),
  ].join('');
  const doc = page(`<form><input name="q" value="widgetco solutions engineer"></form><div id="links">${serp}</div>`, 'widgetco solutions engineer at SearchExample');

  test('search results are mostly link text; an ad with a menu is not', () => {
    expect(mostlyLinks(doc.body)).toBe(true);
    const ad = page(`<nav>${['Home', 'Jobs', 'About', 'Blog', 'Contact'].map((n) => `<a href="/${n}">${n}</a>`).join(' ')}</nav>
      <h1>Support Engineer</h1><h2>Responsibilities</h2><ul><li>Answer customer tickets within a day</li><li>Write help articles for common questions</li></ul>
      <h2>Requirements</h2><ul><li>Two years in a support role</li><li>Clear written English</li></ul>`);
    expect(mostlyLinks(ad.body)).toBe(false);
    expect(extractPostingsWith(ad, 'https://jobs.example.com/support', {}, () => null).postings).toHaveLength(1);
  });
  test('a results page without an article is not read as one ad', () => {
    const r = extractPostingsWith(doc, 'https://search.example/html/?q=widgetco', {}, () => null);
    expect(r.postings).toEqual([]);
    expect(r.notJob).toBeTruthy();
  });
});

describe('posts given as a heading over one list, without section headings', () => {
  const post = (t: string, items: string[]) => `<h4>${t}</h4><ul>${items.map((i) => `<li> ◇ ${i}；</li>`).join('')}</ul><hr/>`;
  const html = `<p>我们是一支年轻的团队，欢迎加入。</p><hr/>
    ${post('插画设计师', ['负责公众号与活动海报的插画绘制', '配合运营完成节日视觉', '两年以上插画相关工作经验', '熟练使用PS与AI'])}
    ${post('新媒体编辑', ['负责公众号选题与撰写', '三年以上新媒体写作经验', '文字功底扎实'])}
    简历投至邮箱，邮件主题请标明应聘岗位。`;

  test('each heading and its list is a posting; the intro and the closing line stay out', () => {
    const r = extractPostings(page(html), 'https://studio.example.com/join');
    expect(r.postings.map((p) => p.title)).toEqual(['插画设计师', '新媒体编辑']);
    expect(r.postings[0]!.duties).toContain('负责公众号与活动海报的插画绘制');
    expect(r.postings[0]!.requirements).toContain('两年以上插画相关工作经验');
    expect(JSON.stringify(r.postings)).not.toMatch(/年轻的团队|邮件主题/);
  });
  test("a product's feature lists under its names are not posts", () => {
    const features = `<h4>智能音箱</h4><ul><li>蓝牙5.0连接</li><li>续航十二小时</li></ul><h4>降噪耳机</h4><ul><li>主动降噪</li><li>三种佩戴尺寸</li></ul>`;
    expect(extractPostings(page(features), 'https://shop.example.com/products').postings).toEqual([]);
  });
});

describe('one ad whose sub-headings name its job', () => {
  test('stays one posting', () => {
    const html = `<h1>Product Manager</h1><h3>What the Product Manager will do</h3><ul><li>Own the roadmap for the checkout team</li><li>Write clear specs with engineers</li></ul>
      <h3>What the Product Manager brings</h3><ul><li>Three years of product experience</li><li>Strong written communication skills</li></ul>`;
    const r = extractPostings(page(html), 'https://jobs.example.com/pm');
    expect(r.postings).toHaveLength(1);
  });
});
