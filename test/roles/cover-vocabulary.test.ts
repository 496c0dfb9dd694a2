import { describe, expect, test } from 'vitest';
import { dutiesOf } from './duties-of';

// Library v6's phrasings (data/phrasings/edits.ts): a duty said in other words is found, and the
// narrowed patterns no longer take a word in its other sense. Sentences written for these tests.

describe('duty vocabulary of library v6', () => {
  test('a duty in words the v5 patterns lacked is covered', () => {
    expect(dutiesOf('new-media-operator', '定期策划线上互动活动')).toContain('new-media-operator.trends');
    expect(dutiesOf('data-analyst', '负责收集、整理各电商平台的经营数据')).toContain('data-analyst.data-prep');
    expect(dutiesOf('warehouse-logistics', '及时反映仓库库存状况')).toContain('warehouse-logistics.stock-sync');
    expect(dutiesOf('finance', '制订公司内部会计制度和报销流程')).toContain('finance.controls');
    expect(dutiesOf('hr', '负责人力资源数据的统计和分析')).toContain('hr.records');
    expect(dutiesOf('tech', '负责客户现场的安装调试')).toContain('tech.support');
  });

  test('planning the shop’s own promotion is not signing up for the platform’s campaigns', () => {
    // An added v6 pattern (策划/执行 + 活动) took these; the judged sets gave them to other duties.
    expect(dutiesOf('operations-specialist', '负责策划店铺的节日促销活动')).not.toContain('operations-specialist.campaign-signup');
    expect(dutiesOf('operations-specialist', '按规则报名平台官方活动')).toContain('operations-specialist.campaign-signup');
  });

  test('a staff event or a job fair is not a social-media campaign', () => {
    expect(dutiesOf('new-media-operator', '协助组织员工团建活动')).not.toContain('new-media-operator.trends');
    expect(dutiesOf('new-media-operator', '协助开展校园招聘会活动')).not.toContain('new-media-operator.trends');
  });

  test('one word filling two groups is not a match (反馈 … + … 反馈)', () => {
    expect(dutiesOf('customer-service', '对客户来电及时作出反馈')).not.toContain('customer-service.feedback');
    expect(dutiesOf('customer-service', '收集整理顾客的常见问题')).toContain('customer-service.feedback');
  });

  test('logistics as the whole job is not managing carriers', () => {
    expect(dutiesOf('warehouse-logistics', '负责仓储物流的管理工作')).not.toContain('warehouse-logistics.carriers');
    expect(dutiesOf('warehouse-logistics', '负责物流系统的维护和升级')).not.toContain('warehouse-logistics.carriers');
    expect(dutiesOf('warehouse-logistics', '选择快递合作方并洽谈运费')).toContain('warehouse-logistics.carriers');
  });

  test('tidying the stocktake or the files is not the warehouse layout', () => {
    expect(dutiesOf('warehouse-logistics', '做好仓库盘点整理工作')).not.toContain('warehouse-logistics.layout');
    expect(dutiesOf('warehouse-logistics', '仓库单据资料整理归档')).not.toContain('warehouse-logistics.layout');
    expect(dutiesOf('warehouse-logistics', '负责仓库环境和安全的日常检查')).toContain('warehouse-logistics.layout');
  });

  test('产品线上 is a product online, not a product line; carrying out a plan is not deploying a system', () => {
    expect(dutiesOf('store-manager', '负责新产品线上推广的落实')).not.toContain('store-manager.hero-products');
    expect(dutiesOf('store-manager', '规划店铺产品线和主推款')).toContain('store-manager.hero-products');
    expect(dutiesOf('tech', '编写并实施技术方案')).not.toContain('tech.support');
    expect(dutiesOf('tech', '负责ERP系统的实施和上线')).toContain('tech.support');
  });
});
