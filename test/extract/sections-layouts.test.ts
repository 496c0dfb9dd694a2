import { describe, expect, test } from 'vitest';
import { itemScore, STRONG } from '../../lib/extract/classify';
import { splitSections } from '../../lib/extract/sections';

/**
 * Real-ad layouts known unhandled after issue 10 (found over the dev ads with
 * scripts/extract-diff.ts). Each fixture is written here, modelled on the layout, anonymised.
 */
const split = (lines: string[]) => {
  const s = splitSections(lines.join('\n'));
  return { duties: s.duties, requirements: s.requirements, preferred: s.preferred };
};

describe('unnumbered sub-headings with an ordinal (职责一 … 职责四)', () => {
  test('each part of the duties keeps its items; the part names are not items', () => {
    const s = split([
      '职责一 市场调研',
      '定期分析店铺存量客户与竞品信息，提出新品方向',
      '协助新品部完成上新。',
      '职责二 预算管理',
      '月度分析平台毛利，协助制定产品矩阵',
      '对接财务，监控费用进度。',
      '职责三：活动管理',
      '制作促销日历并安排执行',
      '职责四 其他',
      '与公司其他部门紧密合作，确保运营工作顺利开展。',
    ]);
    expect(s.duties).toEqual([
      '定期分析店铺存量客户与竞品信息，提出新品方向',
      '协助新品部完成上新。',
      '月度分析平台毛利，协助制定产品矩阵',
      '对接财务，监控费用进度。',
      '制作促销日历并安排执行',
      '与公司其他部门紧密合作，确保运营工作顺利开展。',
    ]);
    expect(s.requirements).toEqual([]);
  });

  test('要求一 … 要求二 open requirement parts; an item after the ordinal is kept', () => {
    const s = split(['岗位职责：', '1、负责直播间日常运营', '要求一：熟悉抖音、快手等平台的直播规则和玩法，有运营经验', '要求二 学历', '大专及以上学历']);
    expect(s.duties).toEqual(['负责直播间日常运营']);
    expect(s.requirements).toEqual(['熟悉抖音、快手等平台的直播规则和玩法，有运营经验', '大专及以上学历']);
  });

  test('"要求一定…" and a run-on "要求1、…" are no ordinal headings', () => {
    const s = split(['岗位职责：', '1、负责客服接待', '任职要求：', '1、要求一定要有服务意识', '2、两年以上经验']);
    expect(s.requirements).toEqual(['要求一定要有服务意识', '两年以上经验']);
    const runOn = split(['岗位职责：负责客服接待', '要求1、大专以上学历 2、一年以上经验']);
    expect(runOn.requirements).toEqual(['大专以上学历', '一年以上经验']);
  });
});

describe('a section read by what its items say', () => {
  test('a duty written before a 具体岗位职责 list of qualities: the list is the requirements', () => {
    const s = split([
      '1、负责门店配件的收发与登记，确保流程顺畅',
      '具体岗位职责：',
      '1.具备良好的沟通能力和服务意识',
      '2.熟练使用办公软件，如Excel',
      '3.对工作充满热情，具有团队合作精神',
      '4.有责任心，能遵守公司管理规定',
    ]);
    expect(s.duties).toEqual(['负责门店配件的收发与登记，确保流程顺畅']);
    expect(s.requirements).toEqual(['具备良好的沟通能力和服务意识', '熟练使用办公软件，如Excel', '对工作充满热情，具有团队合作精神', '有责任心，能遵守公司管理规定']);
  });

  test('a duties heading over real duties with one requirement-like item is not moved', () => {
    const s = split(['工作职责：', '1、负责店铺上新', '2、熟悉平台规则，处理违规申诉', '3、负责数据日报', '任职要求：', '1、大专以上']);
    expect(s.duties).toEqual(['负责店铺上新', '熟悉平台规则，处理违规申诉', '负责数据日报']);
  });

  test('a verb with 过 opens experience asked for, not a duty', () => {
    expect(itemScore('主导开发过大型项目')).toBeGreaterThan(-1);
    expect(itemScore('主导开发过大型项目')).toBeLessThan(STRONG);
    expect(itemScore('做过直播运营')).toBeLessThanOrEqual(-STRONG);
    expect(itemScore('通过网络回访客户')).toBeGreaterThanOrEqual(STRONG);
    expect(itemScore('负责过程管理')).toBeGreaterThanOrEqual(STRONG);
    const s = split(['技术要求：', '1. 主导开发过大型项目', '2. 熟悉后台框架，有至少4年后台开发经验', '3. 熟练掌握Python']);
    expect(s.duties).toEqual([]);
    expect(s.requirements).toEqual(['主导开发过大型项目', '熟悉后台框架，有至少4年后台开发经验', '熟练掌握Python']);
  });
});

describe('question headings', () => {
  test('questions with no section words, over their lists, are headings read by the items', () => {
    const s = split([
      'What does a typical week look like?',
      'Plan the weekly promotions calendar',
      'Manage the product listings on three marketplaces',
      'Are you our next teammate?',
      'Two years of marketplace experience',
      'Comfortable with spreadsheets',
    ]);
    expect(s.duties).toEqual(['Plan the weekly promotions calendar', 'Manage the product listings on three marketplaces']);
    expect(s.requirements).toEqual(['Two years of marketplace experience', 'Comfortable with spreadsheets']);
  });

  test('"Who are you?" after the duties opens the requirements, never a duty item', () => {
    const s = split(['What will you do?', 'Build the storefront integrations', 'Own the weekly sales report', 'Who are you?', '3+ years of e-commerce experience', 'Fluent in SQL']);
    expect(s.duties).toEqual(['Build the storefront integrations', 'Own the weekly sales report']);
    expect(s.requirements).toEqual(['3+ years of e-commerce experience', 'Fluent in SQL']);
  });

  test('Chinese questions: 你是我们要找的人吗？ opens the requirements; 我们能给你什么？ the benefits', () => {
    const s = split([
      '你每天做什么？',
      '1、负责直播间运营',
      '2、策划直播活动',
      '你是我们要找的人吗？',
      '1、一年以上直播运营经验',
      '2、熟悉抖音平台规则',
      '我们能给你什么？',
      '1、底薪加提成',
      '2、五险一金，带薪年假',
    ]);
    expect(s.duties).toEqual(['负责直播间运营', '策划直播活动']);
    expect(s.requirements).toEqual(['一年以上直播运营经验', '熟悉抖音平台规则']);
  });
});

describe('label lines whose rest is only a value keep the label', () => {
  test('年龄要求：20~35周岁 stays whole, and the fields after it stay in the list', () => {
    const s = split(['工作内容：负责区域市场开发和客户维护。', '年龄要求：20~35周岁。', '学历要求：大专及以上。', '专业要求：市场营销相关专业。', '经验要求：有两年以上销售经验者优先']);
    expect(s.duties).toEqual(['负责区域市场开发和客户维护。']);
    expect(s.requirements).toEqual(['年龄要求：20~35周岁。', '学历要求：大专及以上。', '专业要求：市场营销相关专业。', '经验要求：有两年以上销售经验者优先']);
  });

  test('a label over a sentence still gives the sentence alone', () => {
    const s = split(['岗位职责：', '1、负责客服接待', '技能要求：熟练使用Excel、Word等办公软件，打字速度每分钟60字以上']);
    expect(s.requirements).toEqual(['熟练使用Excel、Word等办公软件，打字速度每分钟60字以上']);
  });
});

describe('pitch lines a site files as duties', () => {
  test('an opening pitch before plain duties is no duty (Chinese and English, unnumbered lists)', () => {
    const zh = split(['岗位职责：', '我们正在寻找热爱电商的你！', '负责天猫店铺的日常运营', '负责活动策划与执行', '任职要求：', '一年以上运营经验']);
    expect(zh.duties).toEqual(['负责天猫店铺的日常运营', '负责活动策划与执行']);
    const en = split(['Responsibilities', 'Join our growing team! We sell outdoor gear.', 'Own the weekly trading plan', 'Manage listings on three marketplaces', 'Requirements', '3+ years of ecommerce experience']);
    expect(en.duties).toEqual(['Own the weekly trading plan', 'Manage listings on three marketplaces']);
  });

  test('with less than two plain items after it, the opening line is kept (too little evidence to cut on)', () => {
    const s = split(['岗位职责：', '我们正在寻找热爱电商的你！', '负责天猫店铺的日常运营', '店铺活动', '任职要求：', '一年以上运营经验']);
    expect(s.duties).toEqual(['我们正在寻找热爱电商的你！', '负责天猫店铺的日常运营', '店铺活动']);
  });
});

describe('labels that add nothing (招纳要求：)', () => {
  test('a section label over a bare value drops the label; a topic label (年龄要求) keeps it', () => {
    const s = split(['招纳要求：两年以上平面设计工作经验；', '熟悉CDR或AI排版；', '年龄要求：25~35周岁；', '工作内容：负责产品包装和海报的设计']);
    expect(s.requirements).toEqual(['两年以上平面设计工作经验', '熟悉CDR或AI排版', '年龄要求：25~35周岁']);
    expect(s.duties).toEqual(['负责产品包装和海报的设计']);
  });

  test('a numbered bare label whose words name a section is a sub-heading, not an item', () => {
    const s = split(['岗位职责：', '1、负责产品画册的设计；', '2、配合市场部完成物料设计；', '3、招纳要求：', '4、一年以上平面设计经验；', '5、熟练使用AI、CDR。']);
    expect(s.duties).toEqual(['负责产品画册的设计', '配合市场部完成物料设计']);
    expect(s.requirements).toEqual(['一年以上平面设计经验', '熟练使用AI、CDR。']);
  });

  test('a numbered label whose words name no duty or requirement section keeps its list (薪酬管理 is an HR duty area)', () => {
    const s = split(['岗位职责：', '1、薪酬管理：', '2、搭建并完善公司薪酬体系；', '3、制定年度调薪方案；', '4、负责每月薪酬核算与发放。']);
    expect(s.duties).toEqual(['薪酬管理：', '搭建并完善公司薪酬体系', '制定年度调薪方案', '负责每月薪酬核算与发放。']);
  });
});
