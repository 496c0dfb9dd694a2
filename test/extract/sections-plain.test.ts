import { describe, expect, test } from 'vitest';
import { splitSections } from '../../lib/extract/sections';

/**
 * Plain-text ad layouts the real-page work cost (issue 10 follow-up, found by
 * scripts/extract-diff.ts over the dev ads): each fixture is written here, modelled on the layout.
 */
const split = (text: string) => {
  const s = splitSections(text);
  return { duties: s.duties, requirements: s.requirements };
};

describe('plain-text layouts keep their lists', () => {
  test('a team blurb run into its label under 职位描述 is one paragraph, the numbered duties after it stay duties', () => {
    const s = split(
      [
        '职位描述：',
        '团队介绍：我们是一家跨境电商平台的增长团队，业务覆盖多个国家和地区，在这里你可以接触到从零到一的新业务，也能参与成熟产品的持续优化与增长。',
        '1、负责店铺商品数据的分析与日报；',
        '2、与运营团队配合推进活动方案落地；',
        '职位要求：',
        '1、本科及以上学历；',
        '2、两年以上数据分析经验。',
      ].join('\n'),
    );
    expect(s.duties).toEqual(['负责店铺商品数据的分析与日报', '与运营团队配合推进活动方案落地']);
    expect(s.requirements).toEqual(['本科及以上学历', '两年以上数据分析经验。']);
  });

  test('a title line over the opening list is no heading: the list is the ad, read by its items', () => {
    // The ad's title came with it (knownJob), as the CLI and the popup pass it.
    const s = splitSections(['产品经理-母婴类', '', '1.负责母婴产品线的规划', '2.熟悉母婴行业，爱好育儿话题优先', '3.做过大促活动的产品优先', '4.创新能力强，沟通能力强', '5.能输出高质量文档'].join('\n'), { knownJob: true });
    expect(s.duties).toEqual(['负责母婴产品线的规划']);
    expect(s.requirements).toEqual(['熟悉母婴行业，爱好育儿话题优先', '做过大促活动的产品优先', '创新能力强，沟通能力强', '能输出高质量文档']);
  });

  test('a title line over unlabelled duties before 岗位要求 keeps them as duties', () => {
    const s = split(
      ['某品牌招聘【产品经理】岗位', '1、输出清晰的产品定位', '2、搜集用户反馈并推动问题修复', '3、关注行业动态，发现需求空白点', '4、撰写产品需求文档', '5、关注上线后的数据表现', '【岗位要求】：', '1、本科以上学历'].join('\n'),
    );
    expect(s.duties).toEqual(['输出清晰的产品定位', '搜集用户反馈并推动问题修复', '关注行业动态，发现需求空白点', '撰写产品需求文档', '关注上线后的数据表现']);
    expect(s.requirements).toEqual(['本科以上学历']);
  });

  test('neutral items before the first strong requirement are not pulled into the requirements', () => {
    const s = split(['1、商品画像：基于店铺交易数据刻画商品生命周期', '2、熟悉SQL和Excel', '3、本科及以上学历'].join('\n'));
    expect(s.duties).toEqual(['商品画像：基于店铺交易数据刻画商品生命周期']);
    expect(s.requirements).toEqual(['熟悉SQL和Excel', '本科及以上学历']);
  });

  test('积极 before a verb opens a duty (积极拓展), before a trait a requirement (积极主动)', () => {
    const s = split(['1、积极拓展门店客户，完成营销目标', '2、从事地面推广工作，发现潜在客户', '3、熟练掌握产品知识', '任职资格：', '1、积极主动，沟通能力强'].join('\n'));
    expect(s.duties).toEqual(['积极拓展门店客户，完成营销目标', '从事地面推广工作，发现潜在客户']);
    expect(s.requirements).toEqual(['熟练掌握产品知识', '积极主动，沟通能力强']);
  });

  test('a numbered list under a garbled heading after a company blurb is filed by its items, not dropped', () => {
    const s = split(
      ['公司简介：', '我们是一家做家居用品的跨境电商公司，团队氛围好。', '岗位职麦：', '1、熟知亚马逊平台规则', '2、负麦店铺日常运营维护', '3、按照公司要求上架新品', '4、负责分析竞品数据', '5、完成上级交代的其他任务', '任职要求：', '1、大专及以上学历'].join('\n'),
    );
    expect(s.duties).toEqual(['熟知亚马逊平台规则', '负麦店铺日常运营维护', '按照公司要求上架新品', '负责分析竞品数据', '完成上级交代的其他任务']);
    expect(s.requirements).toEqual(['大专及以上学历']);
  });

  test('a company-advantages list under an unknown heading stays out', () => {
    const s = split(['我们的优势', '1. 我们这边可以接触到完整的电商链路', '2. 团队年轻，氛围开放', '岗位职责：', '1. 负责店铺运营', '任职要求：', '1. 两年以上经验'].join('\n'));
    expect(s.duties).toEqual(['负责店铺运营']);
  });

  test('an unnamed heading over a list that reads as requirements stays a list of its own, before 工作职责', () => {
    const s = split(['职位需求', '1. 计算机相关专业本科及以上学历', '2. 拥有3年以上后台开发经验', '3. 熟悉数据库设计', '', '工作职责：', '1. 负责计费系统的设计与开发'].join('\n'));
    expect(s.requirements).toEqual(['计算机相关专业本科及以上学历', '拥有3年以上后台开发经验', '熟悉数据库设计']);
    expect(s.duties).toEqual(['负责计费系统的设计与开发']);
  });

  test('"我们期望你" after a company intro and "我们的优势": its numbered duties are filed as duties', () => {
    const s = split(
      ['我们事业部主要有两大业务方向：', '1.商品中台', '2.交易链路', '', '我们的优势', '1.可以接触完整的电商链路', '2.团队氛围开放', '', '我们期望你', '1) 进行交易系统的研发与上线', '2) 解决系统稳定性问题', '3) 深入理解业务，做好技术规划', '4) 带领小组完成技术目标'].join('\n'),
    );
    expect(s.duties).toEqual(['进行交易系统的研发与上线', '解决系统稳定性问题', '深入理解业务，做好技术规划', '带领小组完成技术目标']);
  });
});
