import { describe, expect, test } from 'vitest';
import { parseEducation, parseSalary, parseYears } from '@/lib/extract/fields';
import { dollarOf } from '@/lib/extract/salary';
import { DEFAULT_SKILLS, findSkills } from '@/lib/extract/skills';
import { extractFromText } from '@/lib/extract/index';

describe('facts run on one line', () => {
  const ad = (facts: string) => extractFromText(`${facts}\n岗位职责：\n1、负责店铺日常运营\n2、负责商品上架\n任职要求：\n1、有电商经验`).postings[0]!;

  test('each label on the line gives its own fact, whatever separates them', () => {
    expect(ad('经验：1-3年  学历：大专')).toMatchObject({ experienceYears: { min: 1, max: 3 }, education: 'associate' });
    expect(ad('工作经验：3年以上 | 学历要求：本科')).toMatchObject({ experienceYears: { min: 3, max: null }, education: 'bachelor' });
    expect(ad('性别：不限，年龄：18-35岁，学历：高中').education).toBe('secondary');
    const p = ad('职位：抖音小店运营 薪资：5000-8000');
    expect(p.title).toBe('抖音小店运营');
    expect(p.salary).toMatchObject({ min: 5000, max: 8000 });
  });

  test('inside a requirements list, the facts on a line are its asks and the list goes on', () => {
    const p = extractFromText('岗位职责：\n1、负责凭证审核和记账\n2、负责纳税申报\n基本要求：\n学历：本科 年龄：25-40岁 性别：不限\n专业：会计相关专业\n3年以上财务工作经验').postings[0]!;
    expect(p.requirements).toEqual(['学历：本科', '年龄：25-40岁', '性别：不限', '专业：会计相关专业', '3年以上财务工作经验']);
    expect(p.education).toBe('bachelor');
  });

  test('a line that only names a label in passing stays whole', () => {
    const p = extractFromText('任职要求：\n1、学历：大专以上，经验：有淘宝运营经验者优先\n2、会用办公软件').postings[0]!;
    expect(p.requirements[0]).toBe('学历：大专以上，经验：有淘宝运营经验者优先');
  });
});

describe('salary', () => {
  test.each([
    ['15-25K·13薪', 15000, 25000, 'CNY', 'month', 13, false],
    ['8千-1.2万/月', 8000, 12000, 'CNY', 'month', null, false],
    ['20-40万/年', 200000, 400000, 'CNY', 'year', null, false],
    ['150元/天', 150, 150, 'CNY', 'day', null, false],
    ['200-300元/天', 200, 300, 'CNY', 'day', null, false],
    ['25元/小时', 25, 25, 'CNY', 'hour', null, false],
    ['6000-12000元/月', 6000, 12000, 'CNY', 'month', null, false],
    ['1.2万-1.8万', 12000, 18000, 'CNY', 'month', null, false],
    ['10k-15k', 10000, 15000, 'CNY', 'month', null, false],
    ['１５－２５Ｋ', 15000, 25000, 'CNY', 'month', null, false],
    ['面议', null, null, 'CNY', 'month', null, true],
    ['$120,000 - $150,000 a year', 120000, 150000, 'USD', 'year', null, false],
    ['£31,000–£34,000 a year', 31000, 34000, 'GBP', 'year', null, false],
    ['A$75K/yr - A$85K/yr', 75000, 85000, 'AUD', 'year', null, false],
    ['$45 - $55 an hour', 45, 55, 'USD', 'hour', null, false],
    ['€4,000 per month', 4000, 4000, 'EUR', 'month', null, false],
  ])('%s', (text, min, max, currency, period, months, negotiable) => {
    const s = parseSalary(text)!;
    expect(s.min).toBe(min);
    expect(s.max).toBe(max);
    expect(s.currency).toBe(currency);
    expect(s.period).toBe(period);
    expect(s.months).toBe(months);
    expect(s.negotiable).toBe(negotiable);
    expect(s.raw).toBe(text);
  });

  test('base pay is the salary of a message that states no other, never over a stated range', () => {
    expect(extractFromText('诚聘电话客服，底薪3500+提成，包住').postings[0]?.salary).toMatchObject({ min: 3500, max: null, period: 'month' });
    const both = '诚聘电话客服，底薪3000+提成\n薪资：6000-9000元/月\n有意者请联系';
    expect(extractFromText(both).postings[0]?.salary).toMatchObject({ min: 6000, max: 9000 });
    expect(extractFromText('诚聘电话客服，底薪加800绩效，包住').postings[0]?.salary).toBeNull();
  });

  test('a dollar amount per hour is a message\'s pay; a perk\'s amount is not', () => {
    expect(extractFromText('Now hiring a Picker, $18-21/hr, day shift, apply in store').postings[0]?.salary).toMatchObject({ min: 18, max: 21, period: 'hour' });
    expect(extractFromText('Now hiring a Picker, day shift, tuition up to $5,250 a year, apply in store').postings[0]?.salary).toBeNull();
  });

  test('no amount and not negotiable: null', () => {
    expect(parseSalary('五险一金')).toBeNull();
    expect(parseSalary('')).toBeNull();
  });

  test.each([
    ['https://www.seek.com.au/job/1', 'AUD'],
    ['https://au.indeed.com/viewjob?jk=1', 'AUD'],
    ['https://nz.linkedin.com/jobs/view/1', 'NZD'],
    ['https://www.indeed.com/viewjob?jk=1', 'USD'],
    ['', 'USD'],
  ])('"$" on %s is %s', (url, currency) => {
    expect(dollarOf(url)).toBe(currency);
    expect(parseSalary('$80,000 - $90,000', dollarOf(url))!.currency).toBe(currency);
  });
});

describe('experience years', () => {
  test.each([
    ['3-5年', 3, 5],
    ['3-5年经验', 3, 5],
    ['三年以上工作经验', 3, null],
    ['3年以上电商运营经验', 3, null],
    // The experience word later in the same clause (past the old 16-character window).
    ['具有3-5年互联网产品数据分析或电商数据分析经验', 3, 5],
    ['两年以上相关经验', 2, null],
    ['1年以下', 0, 1],
    ['应届毕业生', 0, 0],
    ['经验不限', 0, null],
    ['不限', 0, null],
    ['3+ years of experience', 3, null],
    ['at least 5 years of experience in retail', 5, null],
    ['2-4 years experience', 2, 4],
    ['1 year of experience in a contact centre', 1, null],
  ])('%s', (text, min, max) => {
    expect(parseYears(text)).toEqual({ min, max });
  });

  test.each([
    ['1+ years in customer support, ideally e-commerce', 1, null],
    ['5 years as a buyer for an online store', 5, null],
    ['3+ years managing Amazon stores', 3, null],
  ])('a span of work in English: %s', (text, min, max) => {
    expect(parseYears(text)).toEqual({ min, max });
  });

  test.each([['2019年毕业'], ['公司成立于2012年'], ['五险一金'], ['入职3年内可晋升为部门主管，薪资面议；有经验者优先'], ['Within 2 years you will lead the team'], ['A 2 year contract with benefits']])('no years in %s', (text) => {
    expect(parseYears(text)).toBeNull();
  });
});

describe('education', () => {
  test.each([
    ['学历不限', 'any'],
    ['高中及以上学历', 'secondary'],
    ['中专以上', 'secondary'],
    ['大专以上学历', 'associate'],
    ['本科及以上学历', 'bachelor'],
    ['统招本科', 'bachelor'],
    ['硕士及以上学历，博士优先', 'master'],
    ['博士学历', 'phd'],
    ["Bachelor's degree in marketing", 'bachelor'],
    ["Master's degree preferred; bachelor's required", 'bachelor'],
    ['PhD in computer science', 'phd'],
    ['High school diploma', 'secondary'],
  ])('%s', (text, level) => {
    expect(parseEducation(text)).toBe(level);
  });

  test('nothing said: null', () => expect(parseEducation('熟悉Excel')).toBeNull());
});

describe('skills dictionary', () => {
  test.each([
    ['熟悉直通车、钻展、万相台等推广工具', ['直通车', '钻展', '万相台']],
    ['会用生意参谋和千牛', ['生意参谋', '千牛']],
    ['熟练使用PS、AI、C4D', ['Photoshop', 'Illustrator', 'C4D']],
    ['熟悉ERP系统和Excel', ['ERP', 'Excel']],
    ['运营抖音和小红书账号', ['抖音', '小红书']],
    ['熟練使用Photoshop', ['Photoshop']],
  ])('%s', (text, skills) => {
    expect(findSkills(text)).toEqual(expect.arrayContaining(skills));
  });

  test('ambiguous short names need their context: AI without design tools is not Illustrator', () => {
    expect(findSkills('了解AI算法和机器学习')).not.toContain('Illustrator');
    expect(findSkills('熟悉PS和AI排版')).toContain('Illustrator');
  });

  test('words containing an alias do not count (淘宝客服 is not 淘宝客)', () => {
    expect(findSkills('一年以上淘宝客服经验')).not.toContain('淘宝客');
  });

  test('the dictionary is editable: callers pass their own', () => {
    const mine = [...DEFAULT_SKILLS, { name: '聚光', aliases: ['聚光平台'] }];
    expect(findSkills('熟悉聚光平台投放', mine)).toContain('聚光');
    const r = extractFromText('任职要求：\n熟悉聚光平台投放', { skills: mine });
    expect(r.postings[0]!.skills).toContain('聚光');
    expect(extractFromText('任职要求：\n熟悉聚光平台投放').postings[0]!.skills).not.toContain('聚光');
  });
});

describe('fields through extractFromText', () => {
  test('header lines and list items feed the fields; a given title is the title', () => {
    const r = extractFromText('薪资：15-25K·13薪\n学历要求：本科\n岗位职责：\n负责天猫店铺运营\n任职要求：\n3-5年运营经验\n熟悉生意参谋', {
      title: '天猫运营',
    });
    const p = r.postings[0]!;
    expect(p.title).toBe('天猫运营');
    expect(p.salary?.min).toBe(15000);
    expect(p.salary?.months).toBe(13);
    expect(p.education).toBe('bachelor');
    expect(p.experienceYears).toEqual({ min: 3, max: 5 });
    expect(p.skills).toEqual(['生意参谋', '天猫']);
    expect(p.source).toBe('text');
  });
});
