import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { domToLines } from '@/lib/extract/dom-lines';
import { findBlocks } from '@/lib/extract/blocks';
import { headingRegion } from '@/lib/extract/region';

const body = (html: string) => (parseHTML(`<html><head></head><body>${html}</body></html>`).document as unknown as Document).body;
const texts = (html: string) => domToLines(body(html)).map((l) => l.text);

describe('DOM to structured lines', () => {
  test('blocks, list items and <br> end lines; inline elements do not', () => {
    expect(texts('<div>岗位职责：<br>1、负责<b>店铺</b>运营<br>2、策划活动</div><ul><li>熟悉<a href="#">直通车</a></li><li>会PS</li></ul>')).toEqual([
      '岗位职责：',
      '1、负责店铺运营',
      '2、策划活动',
      '熟悉直通车',
      '会PS',
    ]);
  });

  test('scripts, styles, hidden elements and CSS-hidden classes are skipped', () => {
    const html =
      '<style>.decoy{display:none}</style><p>负责<span class="decoy">kanzhun</span>运营</p><script>var x="岗位职责"</script>' +
      '<p hidden>隐藏</p><p style="display: none">也隐藏</p><noscript>请开启脚本</noscript><p>.x{color:red}</p>';
    expect(texts(html)).toEqual(['负责运营']);
  });

  test('CSS text at the start of a line is cut off, the rest of the line kept', () => {
    expect(texts('<div>.kx{display:none;} #a .b{color:red}【岗位职责】<br>负责运营</div><p>@media (max-width:600px){.x{top:0}}</p>')).toEqual([
      '【岗位职责】',
      '负责运营',
    ]);
  });

  test('headings, whole bold lines and list items are marked', () => {
    const lines = domToLines(body('<h3>Requirements</h3><p><strong>What we offer</strong></p><p><b>Note:</b> text</p><ul><li>a</li></ul>'));
    expect(lines.map((l) => [l.text, l.heading, l.li > 0])).toEqual([
      ['Requirements', 3, false],
      ['What we offer', 7, false],
      ['Note: text', 0, false],
      ['a', 0, true],
    ]);
  });

  test('text laid out by white-space keeps its lines when they are a list', () => {
    expect(texts('<dd>工作职责\n1. 负责选品\n2. 负责定价\n任职资格\n1. 本科</dd>')).toEqual(['工作职责', '1. 负责选品', '2. 负责定价', '任职资格', '1. 本科']);
    expect(texts('<p>This paragraph was\nwrapped by the editor\nof the page source.</p>')).toEqual(['This paragraph was wrapped by the editor of the page source.']);
  });

  test('deep nesting is walked without recursion', () => {
    const deep = `${'<div>'.repeat(5000)}负责运营${'</div>'.repeat(5000)}`;
    expect(texts(deep)).toEqual(['负责运营']);
  });
});

describe('repeated posting blocks', () => {
  const card = (title: string) =>
    `<div class="job"><h3>${title}</h3><p>岗位职责：</p><p>1、负责${title}的日常工作</p><p>任职要求：</p><p>1、一年以上${title}经验</p></div>`;

  test('one block per titled card; the footer after the last card stays out', () => {
    const lines = domToLines(body(`<h2>人才招聘</h2>${card('美工')}${card('客服')}${card('主播')}<div class="foot"><p>地址：某某路1号</p></div>`));
    const blocks = findBlocks(lines);
    expect(blocks.map((b) => b.title)).toEqual(['美工', '客服', '主播']);
    expect(blocks[2]!.lines.map((l) => l.text)).toEqual(['岗位职责：', '1、负责主播的日常工作', '任职要求：', '1、一年以上主播经验']);
  });

  test('a single posting is not a list of blocks', () => {
    expect(findBlocks(domToLines(body(card('美工'))))).toEqual([]);
  });

  test('the region around the headings leaves the sidebar out', () => {
    const lines = domToLines(body(`<aside><p>热门职位</p><p>负责一切</p></aside><main><h1>美工</h1><div class="d">${card('美工')}</div></main>`));
    expect(headingRegion(lines)!.map((l) => l.text)).not.toContain('负责一切');
  });
});
