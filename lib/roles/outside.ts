/**
 * Job families the library does not cover. The matcher scores them next to the roles so that a
 * product manager, a salesperson or a lawyer is recognised as "none of ours" (role: null) instead of
 * being forced onto the closest role. They are never shown as candidates.
 *
 * Written from general knowledge of company org charts; the seeds name most of them as the
 * neighbours of the e-commerce team (001 运营中心组织架构: 市场部, 商务部, 销售部, 公共关系部, 法务代表;
 * 003: 市场部 media and PR work). A user role that claims one of these titles wins over the family
 * (see buildIndex).
 */
export interface OutsideFamily {
  id: string;
  label: string;
  aliases: string[];
  /** Typical duties and requirements, as plain phrases: the family's profile for body scoring. */
  profile: string[];
}

export const OUTSIDE_FAMILIES: readonly OutsideFamily[] = [
  {
    id: 'outside:product',
    label: '产品经理 / Product management',
    aliases: ['产品经理', '产品助理', '产品总监', '产品负责人', '产品专家', '产品设计师', '需求分析师',
      'product manager', 'product owner'],
    profile: ['负责产品规划和需求分析，撰写产品需求文档', '设计产品功能和交互原型，跟进研发迭代上线',
      '调研用户需求和竞品，提升用户体验', '熟练使用axure、墨刀等原型工具', '协调设计、开发、测试推动项目按期上线',
      '产品生命周期管理与版本迭代', 'prd 原型 需求 迭代 用户体验 产品功能'],
  },
  {
    id: 'outside:sales',
    label: '销售 / 商务 / Sales & business development',
    aliases: ['销售', '销售经理', '销售代表', '销售顾问', '销售工程师', '销售总监', '销售专员', '销售助理', '大客户', '客户经理',
      '客户代表', '客户总监', '电话销售', '电销', '渠道销售', '渠道经理', '渠道专员', '区域经理', '区域主管', '区域总监',
      '业务员', '业务经理', '招商', '招商经理', '商务', '商务经理', '商务专员', '商务总监', 'bd', 'bd经理',
      '商务拓展', '商务合作', '商务助理', '置业顾问', '课程顾问', '市场拓展', '市场开发', '渠道开发', '客户开发',
      '业务开发', '店面开发', '门店开发', '物业开发', 'sales', 'account manager',
      'business development'],
    profile: ['开发新客户，拓展销售渠道，完成销售业绩指标', '拜访客户，洽谈合作，签订合同并跟进回款',
      '维护大客户关系，挖掘客户需求', '商务谈判，拓展合作伙伴和渠道资源', '有销售经验，抗压能力强，底薪加提成',
      '客户开发 签单 业绩 回款 提成 拜访 成交 渠道 拓展 代理商'],
  },
  {
    id: 'outside:marketing',
    label: '市场 / 品牌 / 公关 / Marketing, brand & PR',
    aliases: ['市场营销', '市场专员', '市场经理', '市场总监', '市场部', '市场', '营销经理', '营销总监', '品牌',
      '品牌经理', '品牌专员', '品牌策划', '品牌公关', '公关', '公关经理', '媒介', '媒介专员', '媒介经理',
      '政府关系', '市场调研', '活动执行', 'marketing', 'brand manager', 'public relations'],
    profile: ['制定市场营销策略和品牌推广计划', '策划执行线下市场活动、发布会和展会', '维护媒体关系，发布新闻稿，处理公关危机',
      '市场调研和竞争分析，撰写市场报告', '品牌定位与品牌形象建设', '政府关系和行业协会对接',
      '市场 品牌 公关 媒体 发布会 展会 营销策略'],
  },
  {
    id: 'outside:legal',
    label: '法务 / Legal',
    aliases: ['法务', '法务专员', '法务经理', '法务主管', '律师', '法律顾问', '合规', '合规专员', '知识产权',
      'legal', 'lawyer', 'counsel'],
    profile: ['起草审核各类合同，控制法律风险', '处理诉讼和仲裁等法律纠纷', '提供法律咨询，开展合规审查',
      '知识产权申请与保护', '法学专业，通过司法考试', '合同 诉讼 法律 合规 法务 仲裁 律师'],
  },
  {
    id: 'outside:admin',
    label: '行政 / 前台 / 助理 / Administration',
    aliases: ['行政', '行政专员', '行政助理', '行政主管', '行政经理', '前台', '文员', '秘书', '总裁助理', '总经理助理',
      '董事长助理', '经理助理', 'ceo助理', '后勤', '办公室主任', 'receptionist', 'office manager',
      'administrative assistant'],
    profile: ['负责前台接待、来访登记和电话转接', '办公用品采购和固定资产管理', '组织会议，做会议记录，安排差旅',
      '协助领导处理日常事务和文件', '办公环境和后勤保障，快递收发', '行政 前台 接待 办公用品 会议 差旅 文件'],
  },
  {
    id: 'outside:executive',
    label: '总经理 / General management',
    aliases: ['总经理', '副总经理', '总裁', '副总裁', 'ceo', '董事长', '合伙人', '事业部总经理', 'general manager',
      'vice president'],
    profile: ['对公司整体营收和利润负责，制定公司发展战略和年度经营计划', '对接董事会、股东和投资人，主导融资和对外合作',
      '搭建公司组织架构和高管团队', '董事会 股东 投资人 融资 公司战略 集团'],
  },
];
