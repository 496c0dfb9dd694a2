import { describe, expect, test } from 'vitest';
import { extractFromText } from '@/lib/extract';
import { titleFromDocTitle } from '@/lib/extract/title';

const after = '\n岗位职责：\n1、负责店铺日常运营\n2、负责活动报名\n任职要求：\n1、一年以上经验';

describe('the title of plain text', () => {
  test.each([
    ['售后客服', '售后客服'],
    ['1、淘宝美工（急招）', '淘宝美工'],
    ['Senior E-commerce Operations Manager', 'Senior E-commerce Operations Manager'],
  ])('a first line "%s" names the job', (first, title) => {
    expect(extractFromText(first + after).postings[0]?.title).toBe(title);
  });

  test.each([
    ['我们是一家专注家居用品的电商公司，欢迎你加入！'],
    ['加入我们'],
    ['工作地点：宁波'],
    ['2026年春季招聘'],
  ])('a first line "%s" does not', (first) => {
    expect(extractFromText(first + after).postings[0]?.title).toBe('');
  });

  test.each([
    ['诚聘淘宝售后客服2名，底薪3500+提成，包吃包住', '淘宝售后客服'],
    ['【急招】抖音带货主播 底薪8K+提成', '抖音带货主播'],
    ['本店招聘美工一名，会PS，月薪6000-8000', '美工'],
    ['招聘仓库打包员若干名', '仓库打包员'],
  ])('a hiring message "%s" names its post after the call', (first, title) => {
    expect(extractFromText(first + after).postings[0]?.title).toBe(title);
  });

  test.each([
    ["We're hiring a Customer Service Representative! $18/hr, full-time, benefits included.", 'Customer Service Representative'],
    ['Now hiring: Warehouse Associate (night shift). Pay $19/hour.', 'Warehouse Associate'],
    ['Hiring Amazon PPC Specialist - remote, $25-35/hr. Must have 2+ years of Sponsored Products.', 'Amazon PPC Specialist'],
  ])('an English hiring message "%s" names its post, and is an ad without a list', (message, title) => {
    const r = extractFromText(message);
    expect(r.notJob).toBeNull();
    expect(r.postings[0]?.title).toBe(title);
    expect(r.postings[0]?.salary).toMatchObject({ currency: 'USD', period: 'hour' });
  });

  test.each([
    ['招聘：淘宝客服2名、美工1名、仓管3名，包吃住', '淘宝客服/美工/仓管'],
    ['招聘美工和客服各一名，月薪5000起', '美工/客服'],
    ['新开大仓库，大量招聘：分拣员，打包员，拣货员 28元/小时', '分拣员/打包员/拣货员'],
  ])('a message calling for several posts "%s" names them all', (message, title) => {
    expect(extractFromText(message).postings[0]?.title).toBe(title);
  });

  test('a call inside a duty or the message\'s own words name no post', () => {
    expect(extractFromText('负责招聘工作，筛选简历' + after).postings[0]?.title).toBe('');
    expect(extractFromText('招聘信息：本店长期招人' + after).postings[0]?.title).toBe('');
  });

  test('a board\'s ad copied whole: its 职位描述 label over the job\'s name and its tags', () => {
    // Written for the test in the shape of a detail page selected from its label down.
    const p = extractFromText('职位描述\n电商运营\n15-25K·13薪\n上海 3-5年 本科' + after).postings[0]!;
    expect(p.title).toBe('电商运营');
    expect(p.salary).toMatchObject({ min: 15000, max: 25000, months: 13 });
    // A label over a sentence names nothing.
    expect(extractFromText('职位描述\n我们正在寻找一位热爱电商的伙伴。' + after).postings[0]?.title).toBe('');
  });

  test('an English ad that opens with "About the job" names its post in its prose', () => {
    const en = 'About the job\nAcme Outdoors is growing and we\'re looking for an Amazon Marketplace Manager to own our storefront.\n\nWhat you\'ll do\nOwn the P&L of our Amazon stores\nPlan and run Sponsored Products campaigns\n\nWhat you\'ll bring\n3+ years managing Seller Central accounts';
    expect(extractFromText(en).postings[0]?.title).toBe('Amazon Marketplace Manager');
    expect(extractFromText('About the job\nWhat you\'ll do\nOwn the P&L of our Amazon stores\nPlan and run campaigns').postings[0]?.title).toBe('');
  });

  test('text that starts with its sections has no title; a given title wins', () => {
    expect(extractFromText(after.trim()).postings[0]?.title).toBe('');
    expect(extractFromText('售后客服' + after, { title: '客服专员' }).postings[0]?.title).toBe('客服专员');
  });

  test.each([
    ['淘宝运营专员 - 杭州某服饰有限公司招聘', '淘宝运营专员'],
    ['【电商美工_宁波招聘】_某某优品-BOSS直聘', '电商美工'],
    ['「直播运营招聘」_某某优品招聘-BOSS直聘', '直播运营'],
    ['『仓库主管』-某某物流-前程无忧', '仓库主管'],
  ])('a page title "%s" names "%s"', (doc, title) => {
    expect(titleFromDocTitle(doc)).toBe(title);
  });
});
