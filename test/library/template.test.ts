import { describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { buildTemplate, basicsLine } from '@/lib/library/template';
import { addItem, addSection, editItem, moveItem, moveSection, removeItem, removeSection, renameSection, restoreItem, setSalary } from '@/lib/library/template-edit';
import { escapeMarkdown, toMarkdown, toPlainText } from '@/lib/library/template-export';
import { toDocx } from '@/lib/library/template-docx';
import { roleStats } from '@/lib/library/stats';
import { compareDouble } from './compare-double';
import { posting, role } from './helpers';

const designer = role();
// Six saved ads: home/detail design in 5, posters in 3, retouching in none; two extras recur.
const saved = [
  ['负责店铺首页和详情页的设计与装修', '制作商品主图、海报和活动页面', '拍摄产品照片'],
  ['1、負責店鋪首頁和詳情頁的設計與裝修；', '拍摄产品照片并修图', '负责短视频剪辑'],
  ['负责店铺首页和详情页的设计与装修', '制作商品主图、海报、活动页面', '负责短视频的剪辑'],
  ['负责店铺首页和详情页的设计与装修', '制作商品主图、海报和活动页面'],
  ['负责店铺首页和详情页的设计与装修', '负责直播间搭建'],
  ['拍摄产品照片'],
].map((duties, i) => posting({ id: `s${i}`, roleId: 'designer', duties, requirements: i < 2 ? ['熟练使用Photoshop、C4D等设计软件', '会剪映'] : ['会剪映'] }));
const stats = roleStats(designer, saved, compareDouble);

describe('buildTemplate', () => {
  const t = buildTemplate(designer, stats, { minShare: 0.3 });

  test('duties: canonical duties with their frequencies, then frequent extras of saved ads', () => {
    const duties = t.sections[0]!;
    expect(duties.title).toBe('岗位职责');
    expect(duties.items.map((i) => [i.text, i.origin, i.frequency?.count])).toEqual([
      ['负责店铺首页和详情页的设计与装修', 'role', 5],
      ['制作商品主图、海报和活动页面', 'role', 3],
      ['负责产品图片的后期修图', 'role', 0],
      ['拍摄产品照片', 'saved', 3],
      ['负责短视频剪辑', 'saved', 2],
    ]);
    expect(duties.items[0]!.frequency).toEqual({ count: 5, total: 6 });
    expect(duties.items[0]!.sourceId).toBe('d-home');
    expect(new Set(t.sections.flatMap((s) => s.items.map((i) => i.id))).size).toBe(t.sections.flatMap((s) => s.items).length);
  });

  test('requirements: the basics line from typical values, role items, frequent extras', () => {
    const reqs = t.sections[1]!;
    expect(reqs.items.map((i) => [i.text, i.origin, i.frequency?.count ?? null])).toEqual([
      ['大专及以上学历，1年以上相关工作经验', 'role', null],
      ['熟练使用Photoshop、C4D等设计软件', 'role', 2],
      ['能提供个人作品集', 'role', 0],
      ['会剪映', 'saved', 6],
    ]);
  });

  test('an extra below the share threshold is left out (负责直播间搭建: 1 of 6)', () => {
    expect(t.sections[0]!.items.some((i) => i.text.includes('直播间'))).toBe(false);
    const all = roleStats(designer, saved, compareDouble, { minExtraCount: 1 });
    const lower = buildTemplate(designer, all, { minShare: 0.1 });
    expect(lower.sections[0]!.items.some((i) => i.text.includes('直播间'))).toBe(true);
  });

  test('English template uses the English texts; no saved ads gives no frequencies', () => {
    const en = buildTemplate(designer, null, { locale: 'en' });
    expect(en.title).toBe('Designer');
    expect(en.sections.map((s) => s.title)).toEqual(['Responsibilities', 'Requirements']);
    expect(en.sections[0]!.items[0]!.text).toBe('Design the store home and detail pages');
    expect(en.sections[0]!.items.every((i) => i.frequency === null)).toBe(true);
    expect(en.sections[1]!.items[0]!.text).toBe('Associate degree or above; 1+ years of relevant experience');
  });

  test.each<[string, Parameters<typeof role>[0], string]>([
    ['graduates', { requirements: { ...designer.requirements, experienceYears: { min: 0, max: 0 }, education: 'bachelor' } }, '本科及以上学历，接受应届毕业生'],
    ['nothing typical', { requirements: { ...designer.requirements, experienceYears: null, education: null } }, ''],
  ])('basics line: %s', (_, over, expected) => expect(basicsLine(role(over), 'zh_CN')).toBe(expected));
});

describe('editing', () => {
  const t = buildTemplate(designer, stats, { minShare: 0.3 });
  test('add, edit, restore, remove and reorder items', () => {
    let e = addItem(t, 'duties', '负责品牌视觉规范');
    const added = e.sections[0]!.items.at(-1)!;
    expect(added).toMatchObject({ origin: 'user', frequency: null, originalText: null });
    e = addItem(e, 'duties', '第二条', 0);
    expect(e.sections[0]!.items[0]!.text).toBe('第二条');
    expect(e.sections[0]!.items[0]!.id).not.toBe(added.id);
    e = editItem(e, 'duties', 'duty:d-home', '负责首页设计');
    expect(e.sections[0]!.items[1]!.text).toBe('负责首页设计');
    e = restoreItem(e, 'duties', 'duty:d-home');
    expect(e.sections[0]!.items[1]!.text).toBe('负责店铺首页和详情页的设计与装修');
    e = moveItem(e, { sectionId: 'duties', itemId: 'duty:d-main' }, { sectionId: 'duties', index: 0 });
    expect(e.sections[0]!.items[0]!.id).toBe('duty:d-main');
    e = moveItem(e, { sectionId: 'duties', itemId: added.id }, { sectionId: 'requirements', index: 99 });
    expect(e.sections[1]!.items.at(-1)!.id).toBe(added.id);
    e = removeItem(e, 'requirements', added.id);
    expect(e.sections.flatMap((s) => s.items).some((i) => i.id === added.id)).toBe(false);
    expect(t.sections[0]!.items[0]!.text).toBe('负责店铺首页和详情页的设计与装修'); // input untouched
  });

  test('sections: add, rename, move, remove', () => {
    let e = addSection(t, '', 'preferred');
    expect(e.sections.at(-1)).toMatchObject({ id: 'preferred', title: '加分项' });
    e = addSection(e, '公司福利');
    e = addItem(e, e.sections.at(-1)!.id, '五险一金');
    e = renameSection(e, 'duties', '工作内容');
    e = moveSection(e, 'preferred', 0);
    expect(e.sections.map((s) => s.title)).toEqual(['加分项', '工作内容', '任职要求', '公司福利']);
    e = removeSection(e, 'preferred');
    expect(e.sections).toHaveLength(3);
  });

  test('unknown ids leave the template as it was (same object)', () => {
    expect(editItem(t, 'duties', 'nope', 'x')).toBe(t);
    expect(removeItem(t, 'nope', 'duty:d-home')).toBe(t);
    expect(moveItem(t, { sectionId: 'duties', itemId: 'nope' }, { sectionId: 'duties', index: 0 })).toBe(t);
    expect(restoreItem(addItem(t, 'duties', 'x'), 'duties', 'user:1').sections[0]!.items.at(-1)!.text).toBe('x');
  });
});

describe('exports', () => {
  let t = buildTemplate(designer, null, { minShare: 0.3 });
  t = setSalary(t, '8-12K·13薪');
  t = addItem(t, 'duties', '   '); // blank items are not printed
  t = addItem(t, 'requirements', '*熟悉* C4D\n与 [AE]');
  t = addSection(t, '空的部分');

  test('Markdown: heading, salary, numbered items, markup in text escaped', () => {
    expect(toMarkdown(t)).toBe(
      [
        '# 美工', '', '**薪资**: 8-12K·13薪', '', '## 岗位职责', '',
        '1. 负责店铺首页和详情页的设计与装修', '2. 制作商品主图、海报和活动页面', '3. 负责产品图片的后期修图', '',
        '## 任职要求', '',
        '1. 大专及以上学历，1年以上相关工作经验', '2. 熟练使用Photoshop、C4D等设计软件', '3. 能提供个人作品集', '4. \\*熟悉\\* C4D 与 \\[AE\\]', '',
      ].join('\n'),
    );
  });

  test.each([
    ['1. 开头的数字', '1\\. 开头的数字'],
    ['# 不是标题', '\\# 不是标题'],
    ['- 不是列表', '\\- 不是列表'],
    ['<script>', '\\<script\\>'],
  ])('escapeMarkdown(%s)', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  test('plain text', () => {
    expect(toPlainText(t)).toBe(
      '美工\n\n薪资：8-12K·13薪\n\n岗位职责：\n1. 负责店铺首页和详情页的设计与装修\n2. 制作商品主图、海报和活动页面\n3. 负责产品图片的后期修图\n\n' +
        '任职要求：\n1. 大专及以上学历，1年以上相关工作经验\n2. 熟练使用Photoshop、C4D等设计软件\n3. 能提供个人作品集\n4. *熟悉* C4D 与 [AE]\n',
    );
  });

  test('.docx is a valid zip whose word/document.xml holds the text', async () => {
    const bytes = await toDocx(t);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4"
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
    const xml = strFromU8(files['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    for (const expected of ['美工', '8-12K·13薪', '岗位职责', '1. 负责店铺首页和详情页的设计与装修', '任职要求', '4. *熟悉* C4D 与 [AE]']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('空的部分');
    expect(xml).toContain('w:pStyle w:val="Heading2"');
  });
});
