import { describe, expect, test } from 'vitest';
import { isHard, noiseKind } from '@/lib/extract/noise';
import { endOfList } from '@/lib/extract/section-ends';

/** What is not an ad's item, by content, in Chinese and English; and where a list ends because of it. */
describe('noiseKind', () => {
  test.each([
    ['五险一金，周末双休', 'benefit'],
    ['带薪年假、节日礼品、年度体检', 'benefit'],
    ['Medical, dental and vision insurance', 'benefit'],
    ['Comprehensive health care coverage for you and your family', 'benefit'],
    ['Unlimited PTO and a $1,000 learning stipend', 'benefit'],
    ['We are an equal opportunity employer and do not discriminate on the basis of race or religion.', 'eeo'],
    ['简历请发送至：[email]，标题注明应聘岗位', 'apply'],
    ['有意者请将简历投至人事部邮箱', 'apply'],
    ['To apply, please send your CV and a short cover letter.', 'apply'],
    ['温馨提示：凡收取押金、报名费的均属诈骗，请提高警惕', 'site'],
    ['登录查看完整职位描述', 'site'],
    ['Beware of fraudulent job offers asking for payment', 'site'],
    ['下一个职位：平面设计师', 'nav'],
    ['Similar jobs in Austin', 'nav'],
    ['相关推荐职位', 'nav'],
    ['The above statements are intended to describe the general nature of the work.', 'disclaimer'],
    ['本公司成立于2008年，是一家专注宠物用品的电商企业', 'company'],
    ['Acme is a leading provider of warehouse software.', 'company'],
    ['欢迎优秀的你加入我们！', 'pitch'],
    ['收起', 'furniture'],
    ['#LI-Remote', 'furniture'],
    // A careers page's closing line about every post above it, and an invitation that closes an ad.
    ['各分店同时招聘上述岗位，上班地点可以就近安排。', 'apply'],
    ['If the work sounds right, we warmly invite candidates to apply.', 'apply'],
    ["We're not hiring for the night shift at present.", 'apply'],
    ['本公司其他分店暂不招聘。', 'apply'],
  ])('%s -> %s', (text, kind) => expect(noiseKind(text)).toBe(kind));

  test.each([
    ['负责员工薪酬福利核算与发放'], // an HR duty that names benefits
    ['Administer payroll and employee benefits programs'],
    ['熟悉社保公积金政策'], // an HR requirement
    ['处理客户投诉和退换货'],
    ['认同公司价值观，有责任心'],
    ['Experience with health insurance claims'],
    ['在拉勾、猎聘等平台发布职位'],
    ['无违法犯罪记录'],
    ['电商运营相关岗位2年以上工作经验'], // 相关岗位 here asks for experience, it links no other job
    ['担任店长及以上职位三年'], // a level asked for, not the posts above
    ['Liaise with vendors, distributors and health care professionals'], // people, not a benefit
  ])('%s is an item', (text) => expect(noiseKind(text)).toBeNull());
});

describe('endOfList', () => {
  const items = (...texts: string[]) => texts.map((text) => ({ text, marked: true, colon: false }));
  test('a hard notice ends the list wherever it stands', () => {
    const out = endOfList(items('负责店铺运营', '温馨提示：谨防诈骗', '策划活动'));
    expect(out.map((i) => i.text)).toEqual(['负责店铺运营']);
  });
  test('a trailing run of benefits ends it; one benefit-like duty among duties does not', () => {
    expect(endOfList(items('熟悉直通车', '一年以上经验', '五险一金', '带薪年假')).map((i) => i.text)).toEqual(['熟悉直通车', '一年以上经验']);
    expect(endOfList(items('负责招聘', '薪酬福利核算', '员工关系维护', '组织培训')).map((i) => i.text)).toHaveLength(4);
  });
  test("a heading's own list is never emptied by its words alone", () => {
    expect(endOfList(items('社保公积金', '年假考勤')).map((i) => i.text)).toHaveLength(2);
  });
  test('furniture is dropped where it stands, unmarked prose among a numbered list is not an item', () => {
    const out = endOfList([
      ...items('Own the roadmap.', 'Ship weekly.'),
      { text: "But, you know, you don't need to be a unicorn that knows every one of them.", marked: false, colon: false },
      ...items('Show more', 'Mentor engineers.'),
    ]);
    expect(out.map((i) => i.text)).toEqual(['Own the roadmap.', 'Ship weekly.', 'Mentor engineers.']);
  });
  test("a numbered label's unmarked lines are its content, however weak the last one reads", () => {
    const out = endOfList([
      ...items('库存管理：'),
      { text: '负责每周盘点仓库库存并出具差异报告', marked: false, colon: false },
      ...items('跨部门协作：'),
      { text: '和各部门紧密配合，使仓储节奏与整体计划一致，并在新品上架等项目中给出仓储方面的意见。', marked: false, colon: false },
    ]);
    expect(out).toHaveLength(4);
  });
  test("the employer speaking of itself between an English list's items is dropped; a Chinese requirement with 人生 is kept", () => {
    const out = endOfList(
      items(
        'Prepare monthly sales reports for the leadership team.',
        'At Acme, we bring bold ideas forward to put customers first.',
        'We’re working at least 4 days a week onsite as part of our culture.',
        'Join a diverse team of makers who bring their experiences to work every day.',
        'Review rebate accruals with the finance team.',
      ),
    );
    expect(out.map((i) => i.text)).toEqual(['Prepare monthly sales reports for the leadership team.', 'Review rebate accruals with the finance team.']);
    expect(endOfList(items('熟悉C++和Lua', '以开发优秀的游戏为自己的人生目标', '本科以上学历')).map((i) => i.text)).toHaveLength(3);
  });

  test('lively duties that end with "！" are not a pitch run', () => {
    const out = endOfList(items('负责直播间实时答疑、引导下单！', '私信秒回：评论、售后一条不漏！', '话术打磨：跟热点写有趣的回复！'));
    expect(out).toHaveLength(3);
    expect(endOfList(items('负责直播间实时答疑', '冲呀，未来可期！', '一起出发吧！')).map((i) => i.text)).toEqual(['负责直播间实时答疑']);
  });
  test('hard and soft kinds', () => {
    expect(isHard('eeo')).toBe(true);
    expect(isHard('benefit')).toBe(false);
  });
});
