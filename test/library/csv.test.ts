import { describe, expect, test } from 'vitest';
import { CSV_BOM, csvField, parseCsv, postingsToCsv } from '@/lib/library/csv';
import { generatePostings } from '@/lib/library/generate';
import { MAX_TIMESTAMP } from '@/lib/db/schemas';
import { posting } from './helpers';

const p1 = posting({
  id: 'p1',
  title: '淘寶美工',
  company: '杭州某某, "优品" 有限公司',
  roleId: 'designer',
  url: 'https://www.zhipin.com/job_detail/a1.html',
  salary: { min: 8000, max: 12000, currency: 'CNY', period: 'month', months: 13, negotiable: false, raw: '8-12K·13薪' },
  experienceYears: { min: 1, max: 3 },
  education: 'associate',
  skills: ['Photoshop', 'C4D'],
  duties: ['1、负责店铺首页设计，包括"双11"活动页', '2、制作主图'],
  requirements: ['=HYPERLINK("http://evil.example")', '熟练使用PS'],
  tags: ['竞品', '重点'],
  note: '-3 备注',
  clippedAt: Date.UTC(2026, 0, 2, 1, 30),
});
const p2 = posting({ id: 'p2', title: 'Graphic Designer', company: 'Blue Ltd.', experienceYears: { min: 3, max: null }, clippedAt: Date.UTC(2026, 0, 1) });

describe('postingsToCsv', () => {
  const csv = postingsToCsv([p1, p2], { roles: [{ id: 'designer', nameZh: '美工', nameEn: 'Designer' }], utcOffsetMinutes: 480 });

  test('UTF-8 BOM, CRLF records, a header row', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(
      `${CSV_BOM}职位,公司,地点,岗位,岗位ID,薪资,月薪折算(中位),币种,经验(年),学历,技能,岗位职责,任职要求,加分项,标签,备注,来源网站,链接,收藏时间,ID`,
    );
  });

  test('fields read back exactly, with the full item text one per line', () => {
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const row = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      职位: '淘寶美工',
      公司: '杭州某某, "优品" 有限公司',
      岗位: '美工',
      岗位ID: 'designer',
      薪资: '8-12K·13薪',
      '月薪折算(中位)': '10834',
      '经验(年)': '1-3',
      学历: '大专',
      技能: 'Photoshop、C4D',
      岗位职责: '1、负责店铺首页设计，包括"双11"活动页\n2、制作主图',
      标签: '竞品、重点',
      收藏时间: '2026-01-02 09:30',
      ID: 'p1',
    });
    const second = Object.fromEntries(header.map((h, i) => [h, rows[2]![i]]));
    expect(second).toMatchObject({ '经验(年)': '3+', 岗位: '', 薪资: '', '月薪折算(中位)': '' });
  });

  test('cells that Excel would run as formulas are neutralised', () => {
    const row = parseCsv(csv)[1]!;
    expect(row[12]).toBe(`'=HYPERLINK("http://evil.example")\n熟练使用PS`);
    expect(row[15]).toBe("'-3 备注");
  });

  // Excel and WPS read full-width ＝＋－＠ as formula starters too, and skip white space before one.
  test.each([
    ['＝HYPERLINK("http://evil.example")'],
    ['＋1+1'],
    ['－2+3'],
    ['＠SUM(A1)'],
    [' =1+1'],
    ['\u3000=cmd|"/c calc"!A0'],
    ['\u00a0+1'],
    ['\n=1+1'],
  ])('a cell starting with %j is neutralised', (value) => {
    expect(csvField(value).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  test.each([['普通文本'], ['3-5年'], ['a = b'], ['C++ 开发'], ['']])('%j is left as it is', (value) => {
    expect(csvField(value).startsWith("'")).toBe(false);
  });

  test('the latest date a posting may carry still exports as a date, in any time zone', () => {
    const latest = posting({ id: 'late', clippedAt: MAX_TIMESTAMP });
    for (const utcOffsetMinutes of [-720, 0, 840]) {
      const row = parseCsv(postingsToCsv([latest], { utcOffsetMinutes }))[1]!;
      expect(row[18]).toMatch(/^9999-12-3[01] \d\d:\d\d$/);
    }
  });

  test('English headers and labels', () => {
    const en = parseCsv(postingsToCsv([p1], { locale: 'en' }));
    expect(en[0]!.slice(0, 4)).toEqual(['Title', 'Company', 'Location', 'Role']);
    expect(en[1]![3]).toBe('designer'); // no role names given: the id
    expect(en[1]![9]).toBe('Associate');
    expect(en[1]![18]).toBe('2026-01-02 01:30');
  });

  test('10,000 generated postings: every row has every column', () => {
    const all = generatePostings({ count: 10_000, seed: 5 });
    const rows = parseCsv(postingsToCsv(all));
    expect(rows).toHaveLength(10_001);
    expect(rows.every((r) => r.length === 20)).toBe(true);
    expect(rows[1]![11]).toBe(all[0]!.duties.join('\n'));
  });
});

describe('csvField (RFC 4180)', () => {
  test.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['+86 123', "'+86 123"],
    ['@cmd', "'@cmd"],
    [-5, '-5'],
    [10834, '10834'],
    [null, ''],
  ])('%j -> %s', (input, expected) => expect(csvField(input)).toBe(expected));
});
