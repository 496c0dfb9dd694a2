import { describe, expect, test } from 'vitest';
import { abilityClause, basisClause, goalClause, noiseReason, skillClause, withoutBasis } from '@/lib/roles/noise';

describe('noise items', () => {
  test.each([
    ['_x000d_', 'empty'],
    ['  ', 'empty'],
    ['任职要求：', 'heading'],
    ['岗位职责（有经验者优先）', 'heading'],
    ['薪资待遇：底薪4000+提成', 'pay'],
    ['五险一金，双休，包吃住', 'pay'],
    ['月薪8-12K，年终奖', 'pay'],
    ['统招本科及以上学历，财会相关专业', 'requirement'],
    ['3年以上电商客服经验优先', 'requirement'],
    ['完成上级交办的其他工作', 'assigned'],
    ['其他相关工作。', 'assigned'],
    ['平面设计师', 'heading'],
    ['电商运营专员：', 'heading'],
    ['服从领导安排，积极完成领导分发的任务', 'assigned'],
  ])('%s -> %s', (item, reason) => {
    expect(noiseReason(item)).toBe(reason);
  });

  test.each([
    '负责员工五险一金的办理和缴纳',
    '核算员工工资和提成',
    '负责公司年会场地的布置',
    '负责公司活动安排',
    '负责店铺日常运营',
    '带领并培训客服专员',
    '协助店长管理店员',
  ])('a duty is never noise: %s', (item) => {
    expect(noiseReason(item)).toBeNull();
  });
});

describe('skill and goal clauses', () => {
  test('knowing something is not doing it', () => {
    expect(skillClause('熟悉平台规则')).toBe(true);
    expect(skillClause('熟知广告投放及流量分配规则')).toBe(true);
    // A long list of what the candidate knows still opens with 对 and closes with 熟悉.
    expect(skillClause('对抖音短视频、小红书的平台规则、玩法和推广方式都熟悉')).toBe(true);
    expect(skillClause('具备良好的沟通能力')).toBe(true);
    expect(skillClause('维护平台规则')).toBe(false);
  });

  test('finding out what changes is work, knowing the rules is a skill', () => {
    expect(skillClause('了解平台规则和操作流程')).toBe(true);
    expect(skillClause('了解客户的购买需求')).toBe(false);
    expect(skillClause('了解同类店铺的促销动态')).toBe(false);
  });

  test('experience one has is a requirement, not work to do', () => {
    expect(skillClause('有搜索广告关键词优化经验')).toBe(true);
    expect(skillClause('有海外账户开户经验者优先')).toBe(true);
    expect(skillClause('有效提升店铺转化率')).toBe(false);
    expect(skillClause('负责积累和沉淀运营经验')).toBe(false);
    expect(skillClause('有时尚行业专业知识和敏感度')).toBe(true);
    expect(skillClause('有效整合资源并沉淀行业知识')).toBe(false);
  });

  test('an ability is read as a skill only after a skill clause (cover.ts); alone it is not', () => {
    expect(abilityClause('能独立完成海报设计')).toBe(true);
    expect(skillClause('能独立完成海报设计')).toBe(false);
  });

  test('the rules the work follows are not the work', () => {
    expect(basisClause('依据国家法规和公司财务制度')).toBe(true);
    expect(basisClause('按照公司有关规定')).toBe(true);
    expect(basisClause('建立健全公司财务制度')).toBe(false);
    expect(basisClause('根据销售数据调整备货计划')).toBe(false);
    // Inside a clause the rules are blanked, keeping every other position.
    const blanked = withoutBasis('并按项目管理规范编写技术文档');
    expect(blanked).toHaveLength('并按项目管理规范编写技术文档'.length);
    expect(blanked).not.toContain('项目管理');
    expect(blanked.endsWith('编写技术文档')).toBe(true);
    // What a clause leaves out is blanked the same way.
    expect(withoutBasis('策划除图文内容外的线下活动')).not.toContain('图文内容');
    expect(withoutBasis('策划除图文内容外的线下活动').endsWith('的线下活动')).toBe(true);
  });

  test('a result to reach is not an activity', () => {
    expect(goalClause('提升品牌知名度')).toBe(true);
    expect(goalClause('确保库存准确')).toBe(true);
    expect(goalClause('对店铺销售额负责')).toBe(true);
    expect(goalClause('降低采购成本')).toBe(false);
    expect(goalClause('负责优化商品标题')).toBe(false);
  });
});
