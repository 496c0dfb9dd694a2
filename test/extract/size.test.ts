import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractPostings } from '@/lib/extract/index';

/**
 * Size cliffs: a huge page is read by its likely region first, never by cutting its start.
 * An ad without any section heading on a page with more text than Readability is given, and an ad
 * with headings behind a menu longer than the line budget (in its own element or beside the ad's
 * headings in one very wide element), are still found (both DOMs).
 */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<div class="card"><h3>行业资讯 ${i}</h3><p>这是一段与职位无关的资讯正文，用来把页面撑大，第${i}篇。更多内容请点击阅读全文。</p><a href="/news/${i}">阅读全文</a></div>`).join('\n');

const AD_NO_HEADINGS = `<div class="job-detail"><h1>仓储主管</h1><p>某某物流 · 嘉兴 · 8-12K</p>
<ul><li>负责电商仓库的收发货和库存管理</li><li>安排仓库人员排班，控制发货时效</li><li>组织每月盘点，保证账实相符</li>
<li>三年以上仓储管理经验</li><li>熟练使用WMS系统和Excel</li></ul></div>`;

const AD_HEADINGS = `<div class="job-detail"><h1>仓储主管</h1><h3>岗位职责</h3>
<ul><li>负责电商仓库的收发货和库存管理</li><li>安排仓库人员排班，控制发货时效</li></ul>
<h3>任职要求</h3><ul><li>三年以上仓储管理经验</li><li>熟练使用WMS系统和Excel</li></ul></div>`;

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>仓储主管 - 某某物流</title></head><body>${body}</body></html>`;

// Each page with what makes it a cliff: more text than Readability is given, more lines than the budget.
const pages: [string, string, (doc: Document) => boolean][] = [
  [
    'no headings, 200k characters of other text around it',
    page(`${filler(2500)}${AD_NO_HEADINGS}${filler(600)}`),
    (doc) => (doc.body?.textContent ?? '').length > 150_000,
  ],
  [
    'headings, behind a menu of 20,500 links',
    page(`<ul class="menu">${Array.from({ length: 20_500 }, (_, i) => `<li><a href="/c/${i}">类目${i}</a></li>`).join('')}</ul>${AD_HEADINGS}`),
    (doc) => doc.getElementsByTagName('li').length > 20_000,
  ],
  [
    'headings side by side with 25,000 menu <div>s in <body> (no element of their own)',
    page(`${Array.from({ length: 25_000 }, (_, i) => `<div><a href="/c/${i}">类目${i}</a></div>`).join('')}${AD_HEADINGS.replace(/^<div class="job-detail">|<\/div>$/g, '')}`),
    (doc) => (doc.body?.childNodes.length ?? 0) > 25_000,
  ],
];

const window = new Window({ settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
const parsers: [string, (html: string) => Document][] = [
  ['linkedom', parseDocument],
  ['happy-dom', (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document],
];

describe.each(parsers)('size cliffs (%s)', (_name, parse) => {
  test.each(pages)('%s', (_what, html, cliff) => {
    const doc = parse(html);
    expect(cliff(doc)).toBe(true);
    const r = extractPostings(doc, 'https://www.example-wl.cn/job/1.html');
    expect(r.notJob).toBeNull();
    expect(r.postings).toHaveLength(1);
    const p = r.postings[0]!;
    expect(p.title).toBe('仓储主管');
    expect(p.duties).toContain('负责电商仓库的收发货和库存管理');
    expect(p.requirements).toContain('三年以上仓储管理经验');
  });
});
