import { describe, expect, test } from 'vitest';
import { extractFromText } from '@/lib/extract/index';
import { cleanItem, hasItemMarker, withoutEmoji } from '@/lib/text/items';

// Messages written for these tests in the shape of WeChat group 招聘 posts (issue 12: "pastes a
// WeChat 招聘 message, often with no title at all"): emoji for bullets, keycaps for numbers, the
// call and the post decorated with emoji, labelled lines with their value after the colon.

describe('a chat message pasted as an ad', () => {
  test('emoji-bulleted labelled lines are its sections; the decorated call gives the title', () => {
    const message = ['🔥急招淘宝客服🔥', '✅工作内容：回复顾客在线咨询，处理退换货和售后问题', '✅要求：打字快，会用电脑，18-35岁', '💰薪资：底薪3500+提成', '📍地址：杭州'].join('\n');
    const p = extractFromText(message).postings[0]!;
    expect(p.title).toBe('淘宝客服');
    expect(p.duties).toEqual(['回复顾客在线咨询，处理退换货和售后问题']);
    expect(p.requirements).toEqual(['打字快，会用电脑，18-35岁']);
  });

  test('a plain bullet before a label does not hide it either', () => {
    const p = extractFromText('◆工作内容：整理仓库货架，按单拣货打包\n◆要求：吃苦耐劳，能适应夜班').postings[0];
    expect(p?.duties).toEqual(['整理仓库货架，按单拣货打包']);
    expect(p?.requirements).toEqual(['吃苦耐劳，能适应夜班']);
  });

  test('keycap numbers are item markers', () => {
    const message = ['【招聘】抖音带货主播', '👉岗位职责：', '1️⃣负责抖音直播带货，讲解产品', '2⃣️配合运营完成直播脚本', '👉任职要求：', '1️⃣普通话标准，有镜头感'].join('\n');
    const p = extractFromText(message).postings[0]!;
    expect(p.title).toBe('抖音带货主播');
    expect(p.duties).toEqual(['负责抖音直播带货，讲解产品', '配合运营完成直播脚本']);
    expect(p.requirements).toEqual(['普通话标准，有镜头感']);
  });

  test('a call on a line of its own: the post is the next line, and the call is no item', () => {
    const p = extractFromText('🌟🌟诚聘🌟🌟\n💥淘宝美工 2名\n✅岗位职责：负责店铺首页和详情页设计').postings[0]!;
    expect(p.title).toBe('淘宝美工');
    expect(p.duties).toEqual(['负责店铺首页和详情页设计']);
    const bare = extractFromText('招聘\n负责店铺首页和详情页设计；\n负责商品主图的拍摄和修图；').postings[0]!;
    expect(bare.duties).toEqual(['负责店铺首页和详情页设计', '负责商品主图的拍摄和修图']);
    expect(bare.title).not.toBe('招聘');
  });

  test('a call over a numbered list of posts names them all; a call over duties names none of them', () => {
    // Written for the test, in the shape of short group-chat notices.
    const posts = extractFromText('宁波某家居网店招聘\n1、天猫店铺运营 2名\n2、淘宝美工\n3、仓库打包\n有意者请私聊');
    expect(posts.notJob).toBeNull();
    expect(posts.postings[0]?.title).toBe('天猫店铺运营/淘宝美工/仓库打包');
    expect(posts.postings[0]?.duties).toEqual([]);
    // A numbered list under a call that holds tasks is the ad's duties, and no task is its title.
    const duties = extractFromText('招聘\n1、负责店铺日常运营\n2、负责商品上架\n3、处理售后问题').postings[0]!;
    expect(duties.title).toBe('');
    expect(duties.duties).toHaveLength(3);
    // A numbered list that names no post under a call is no list of posts.
    expect(extractFromText('我们公司招聘\n1、今天开会\n2、明天放假').notJob).toBe('not-job');
  });

  test('facts run on one line after labels in brackets are read apart', () => {
    const p = extractFromText('【岗位】直播场控【薪资】6-8k【要求】有直播间场控经验，熟悉抖音规则').postings[0]!;
    expect(p.title).toBe('直播场控');
    expect(p.salary).toMatchObject({ min: 6000, max: 8000 });
    expect(p.requirements).toEqual(['有直播间场控经验，熟悉抖音规则']);
    // Brackets that are content are not labels: the item stays whole.
    expect(extractFromText('任职要求：\n1、熟悉【淘宝】【京东】后台操作；\n2、有耐心').postings[0]?.requirements).toEqual(['熟悉【淘宝】【京东】后台操作', '有耐心']);
  });

  test('a call line is no item: 招人啦, and an English "We\'re hiring"', () => {
    const zh = extractFromText('📢📢招人啦📢📢\n招：仓库打包员3名\n要求：18-45岁，手脚麻利').postings[0]!;
    expect(zh.title).toBe('仓库打包员');
    const en = extractFromText("🚀 We're hiring: Customer Support Specialist!\n✅ Answer customer emails and chats\n✅ Handle returns and refunds\n✅ 2+ years in e-commerce support\n💵 $20-24/hour, remote").postings[0]!;
    expect(en.title).toBe('Customer Support Specialist');
    expect(en.duties).toEqual(['Answer customer emails and chats', 'Handle returns and refunds']);
  });

  test('facts after a bullet are facts; base pay before a stated range gives way to the range', () => {
    const p = extractFromText('🔥急招淘宝客服🔥\n✅工作内容：回复顾客在线咨询\n💰薪资：底薪3500+提成，月入5000-8000\n📍地址：杭州余杭区').postings[0]!;
    expect(p.location).toBe('杭州余杭区');
    expect(p.salary).toMatchObject({ min: 5000, max: 8000 });
    // Base pay alone, or with a bonus's single figure, stays the base.
    expect(extractFromText('岗位：淘宝客服\n薪资：底薪3500+提成，年终奖2万\n要求：打字快，有耐心').postings[0]!.salary).toMatchObject({ min: 3500, max: null });
    expect(extractFromText('岗位：仓库打包员\n工资：保底6600，计件8000~15000\n要求：手脚麻利').postings[0]!.salary).toMatchObject({ min: 8000, max: 15000, raw: '计件8000~15000' });
  });

  test('© ® ™ are not bullets, and emoji leave a title whole', () => {
    expect(hasItemMarker('©2024 某公司')).toBe(false);
    expect(cleanItem('✅ 负责客服')).toBe('负责客服');
    expect(withoutEmoji('🔥急招淘宝客服🔥')).toBe('急招淘宝客服');
  });
});
