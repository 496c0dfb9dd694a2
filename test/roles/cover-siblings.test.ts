import { describe, expect, test } from 'vitest';
import { dutiesOf } from './duties-of';

// Sibling duties of one role (data/phrasings/edits.ts, v6 "sibling duties"): a clause that names one
// duty's activity is not taken by a sibling's pattern that shares a word with it. Sentences written
// for these tests.

describe('sibling duties', () => {
  test('keeping order in the live room is room control, not setting up the room', () => {
    const got = dutiesOf('live-streamer', '开播时维护直播间秩序');
    expect(got).toContain('live-streamer.room-control');
    expect(got).not.toContain('live-streamer.setup');
    expect(dutiesOf('live-streamer', '负责直播间灯光和设备的调试维护')).toContain('live-streamer.setup');
  });

  test('training or liaising with the host is not hosting; a named other task under 负责直播 is that task', () => {
    expect(dutiesOf('live-streamer', '负责新主播的培训')).not.toContain('live-streamer.host');
    expect(dutiesOf('live-streamer', '与主播对接每日排期')).not.toContain('live-streamer.host');
    expect(dutiesOf('live-streamer', '负责直播间商品上下架')).not.toContain('live-streamer.host');
    expect(dutiesOf('live-streamer', '作为主播讲解店铺新品')).toContain('live-streamer.host');
  });

  test('front-end work in a back-end pattern, and front-end trends, go to their own duties', () => {
    expect(dutiesOf('tech', '负责管理系统的前端开发')).not.toContain('tech.backend');
    expect(dutiesOf('tech', '关注前端技术趋势并引入新技术')).not.toContain('tech.frontend');
    expect(dutiesOf('tech', '负责订单模块的开发')).toContain('tech.backend');
  });

  test('after-sale questions and revisit calls are not pre-sale answers; a satisfaction survey is not a service metric', () => {
    expect(dutiesOf('customer-service', '解答老客户的退款咨询')).not.toContain('customer-service.pre-sale');
    expect(dutiesOf('customer-service', '每天打回访电话联系老客户')).not.toContain('customer-service.pre-sale');
    expect(dutiesOf('customer-service', '开展客户满意度调查')).not.toContain('customer-service.metrics');
    expect(dutiesOf('customer-service', '提升客户满意度和响应速度')).toContain('customer-service.metrics');
  });

  test('following an order through to delivery is production follow-up, not placing the order', () => {
    const got = dutiesOf('merchandiser', '跟踪采购订单的执行和到货');
    expect(got).toContain('merchandiser.production');
    expect(dutiesOf('merchandiser', '跟进订单执行情况')).not.toContain('merchandiser.ordering');
  });

  test('paying out wages is the cashier’s; social insurance in full words is payroll', () => {
    expect(dutiesOf('finance', '每月按时发放员工工资')).toContain('finance.cashier');
    expect(dutiesOf('finance', '办理员工社会保险的缴纳')).toContain('finance.payroll');
  });

  test('running the platform day to day is the whole job, not the shop back office', () => {
    expect(dutiesOf('operations-specialist', '负责平台日常运营和推广')).not.toContain('operations-specialist.back-office');
    expect(dutiesOf('operations-specialist', '负责店铺后台的日常维护')).toContain('operations-specialist.back-office');
  });

  test('a search engine’s ranking is an off-site channel; planning a platform’s content is running the account', () => {
    expect(dutiesOf('promotion-specialist', '负责官网在搜索引擎的收录和排名工作')).toContain('promotion-specialist.off-site');
    expect(dutiesOf('new-media-operator', '负责公司小红书和微博的内容规划')).toContain('new-media-operator.accounts');
    expect(dutiesOf('new-media-operator', '运营品牌的社会化媒体账号')).toContain('new-media-operator.accounts');
    expect(dutiesOf('new-media-operator', '每周推送两篇图文')).toContain('new-media-operator.content');
  });

  test('standardising the data is preparing it, not building a dashboard; analysing data assets is not', () => {
    expect(dutiesOf('data-analyst', '负责各部门报表的标准化')).toContain('data-analyst.data-prep');
    expect(dutiesOf('data-analyst', '沉淀会员数据资产')).toContain('data-analyst.data-prep');
    expect(dutiesOf('data-analyst', '分析品牌的数据资产变化')).not.toContain('data-analyst.data-prep');
  });

  test('delivering materials to the production line is not shipping orders', () => {
    expect(dutiesOf('warehouse-logistics', '把物料配送到各生产车间')).not.toContain('warehouse-logistics.dispatch');
    expect(dutiesOf('warehouse-logistics', '安排订单的配送')).toContain('warehouse-logistics.dispatch');
  });

  test('brand exposure or a brand’s promotion copy is not its voice or its story', () => {
    expect(dutiesOf('new-media-operator', '通过短视频增加品牌曝光')).not.toContain('new-media-operator.brand-voice');
    expect(dutiesOf('new-media-operator', '维护品牌在社交平台上的口碑')).toContain('new-media-operator.brand-voice');
    expect(dutiesOf('copywriter', '撰写品牌的推广软文')).not.toContain('copywriter.brand-story');
    expect(dutiesOf('copywriter', '撰写品牌故事和企业介绍')).toContain('copywriter.brand-story');
  });
});
