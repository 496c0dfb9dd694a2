import type { DutyPhrasings } from './types';

// Phrasings of the operations duties (lib/roles/phrasings.ts explains the pattern syntax). Written
// for this library from the vocabulary that scripts/mine-phrasings.ts lists for these roles' ads:
// patterns name an activity with its object, never a goal alone (提升流量, 完成目标 are goals).

export const operationsPhrasings: DutyPhrasings = {
  'operations-director.strategy': [
    '运营战略|经营战略|业务战略|发展战略|战略规划|战略目标|经营目标|经营计划|业务规划|运营规划|整体规划|运营方向|发展方向|年度规划|年度经营',
    '制定|规划|确定|把控|统筹|输出 + 运营策略|运营方案|运营计划|业务目标|年度目标|季度目标|整体运营|运营思路',
    '制定|制订 + 阶段性目标|经营计划|营销目标|年度计划|销售目标',
    '整体运营 + 负责|统筹|规划|把控',
    'business strategy|operating strategy|annual plan',
  ],
  'operations-director.target-breakdown': [
    '目标|指标|kpi|gmv|销售额|业绩 + 拆解|拆分|分解|落实到|下达',
    '拆解目标|目标拆解|目标分解',
    'break down + target|goal',
  ],
  'operations-director.team': [
    '团队|小组|队伍|梯队|部门 + 组建|搭建|建设|带领|管理|培养|打造|建立|领导|统筹',
    '带领|管理|培养|指导|考核|激励|培训 + 员工|下属|成员|组员|人才|团队',
    '人才梯队|梯队建设|分工|工作分配|任务分配|人员配置',
    'build|lead|manage + team',
  ],
  'operations-director.resources': [
    '协调|对接|整合|联动|沟通|协作|协同|配合 + 部门|资源|供应链|财务|市场|技术|产品|开发|仓储|物流|供应商|合作伙伴|团队',
    '跨部门|资源整合|整合资源|争取资源|资源协调',
    'coordinate|liaise + department|team|supply',
  ],
  'operations-director.channels': [
    '渠道 + 拓展|开拓|开发|布局|规划|建设|管理|搭建|政策|运营|统筹',
    '多平台|全平台|全渠道|全网|各平台|各渠道|各大平台|多渠道|新平台|新渠道|分销',
    '开拓|拓展|入驻|开设|布局 + 平台|店铺|渠道|市场|站点|流量入口',
    'channel|marketplace + expand|plan|develop',
  ],
  'operations-director.budget': [
    '预算',
    '利润|毛利|成本|费用|roi|投产比|投入产出 + 控制|把控|管控|核算|优化|降低|规划',
    'budget',
  ],
  'operations-director.review': [
    '数据|指标|业绩|销售 + 监控|分析|跟踪|复盘|统计|监测',
    '复盘|运营分析|经营分析|销售分析|分析报告|运营报告',
    '汇报|报告 + 管理层|上级|公司|运营|经营|工作',
    'review|report + performance|figures|data',
  ],
  'operations-director.big-sales': [
    '大促|双11|双十一|双12|618|年货节|黑五|prime day|会员日',
    '活动|促销|营销活动|销售活动 + 策划|方案|规划|主导|组织|执行|统筹|落地',
    'campaign|promotion + plan|lead|run',
  ],
  'operations-director.risk': [
    '风险|预警|应急|违规|合规|侵权|规则变化|政策变化|危机|预案',
    '竞争对手|竞品|竞争 + 分析|调研|研究|关注|跟踪|收集|监控',
    '市场 + 调研|变化|动态|趋势',
    'risk|compliance',
  ],
  'operations-director.process': [
    '流程|制度|规范|标准|sop|体系|机制 + 建立|制定|完善|优化|搭建|规范|梳理|健全',
    'process|policy + establish|set up|define',
  ],
  'operations-director.brand': [
    '品牌 + 规划|定位|建设|形象|运营|打造|发展|推广|塑造|升级|策略|孵化 + !知名度|美誉度|影响力|曝光',
    'brand + position|strategy|build',
  ],

  'store-manager.daily': [
    '店铺|网店|店面|账号|账户 + 日常|维护|管理',
    '日常运营|日常维护|后台操作',
    '上下架|上架|下架|上新|产品上传|价格调整|调价|改价|listing',
    '详情页|首页|店铺页面|产品页面|商品页面 + 优化|更新|维护|完善',
    'day-to-day|listing',
  ],
  'store-manager.targets': [
    '目标|指标|任务|kpi|gmv|业绩|销售额|营业额 + 完成|达成|分解|拆解|拆分|实现',
    '流量|转化率|客单价 + 负责',
    'sales target|revenue target',
  ],
  'store-manager.campaigns': [
    '活动|促销|大促|营销活动|店铺活动 + 策划|执行|组织|方案|规划|主导|报名|落地|开展|实施|设计|玩法',
    '双11|双十一|618|大促|年货节|聚划算|秒杀|满减|优惠券|会员日',
    'campaign|promotion + plan|run',
  ],
  'store-manager.coordination': [
    '协调|配合|沟通|对接|协作|协同 + 推广|美工|设计|客服|仓储|仓库|物流|部门|团队|岗位|供应商|合作伙伴',
    '带领|管理|指导|督促|分配|统筹 + 团队|工作|下属|组员|成员|人员',
    '工作分配|任务分配|排班|分工',
    'coordinate|supervise + team|staff',
  ],
  'store-manager.competitors': [
    '竞品|竞争对手|同行|竞店|对手|竞争店铺 + 分析|调研|跟踪|关注|研究|监控|调查|收集',
    '市场 + 调研|调查|分析|动态|趋势',
    'competitor',
  ],
  'store-manager.score': [
    '评分|dsr|好评率|差评|中差评|信用度|信誉|违规|扣分|申诉|账号安全|账户安全|账号健康|店铺健康|服务指标',
    'rating|account health',
  ],
  'store-manager.diagnosis': [
    '数据 + 分析|监控|查看|跟踪|诊断|统计|汇总|复盘',
    '诊断|复盘|周报|日报|月报|运营报告|分析报告',
    '汇报|报告 + 上级|领导|运营|工作|情况',
    'report|analyse + data|figures',
  ],
  'store-manager.hero-products': [
    '爆款|爆品|主推款|主推产品|引流款|利润款|选品|产品规划|产品结构|货品结构|产品线|款式规划|新品规划',
    '打造 + 产品|单品|款',
    'best seller|hero product',
  ],
  'store-manager.rules': [
    '制度|流程|规范|sop|岗位职责|标准|方法 + 建立|制定|完善|优化|梳理|搭建|编写',
    'process|rules + write|establish',
  ],
  'store-manager.people': [
    '绩效|考核 + 员工|团队|下属|个人|制定|管理',
    '招聘|招人|培训|培养|带教|辅导|选拔|留人',
    '人员需求|人员配置|人才|梯队 + 培养|招聘|考核|管理|规划|配置',
    'hire|train|appraise',
  ],

  'operations-specialist.listings': [
    '上架|下架|上新|上下架|listing',
    '上传|上线|发布|编辑|更新|维护|完善|录入 + 商品|产品|宝贝|链接|sku|新品|标题|属性|价格|库存',
    'list|upload + product',
  ],
  'operations-specialist.back-office': [
    '店铺|后台|账号|网店 + 日常|维护|管理',
    '平台 + 日常|维护',
    '订单 + 处理|跟进|审核|管理',
    '评价|售后|客诉|售前 + 处理|回复',
    '好评|差评|晒图|评价 + 处理|回复|管理|整理|维护',
    '日常运营|日常维护|后台维护|后台操作',
    'back office|order handling',
  ],
  'operations-specialist.campaign-signup': [
    '报名|提报|申报 + 活动',
    '官方活动|平台活动|聚划算|淘抢购|天天特价|百亿补贴|秒杀活动|站内活动',
    'sign up + campaign|promotion|deal',
  ],
  'operations-specialist.pages': [
    '首页|活动页|详情页|页面|主图|图片|视觉 + 更新|优化|检查|制作|修改|配合|维护|装修',
    '店铺装修',
    'product page|store page',
  ],
  'operations-specialist.traffic': [
    '关键词|关键字|标题|搜索排名|排名|seo|商品结构 + 优化|调整|提升|设置|推广',
    '店铺推广|引流',
    '推广 + 店铺|产品|商品',
    '流量 + 提升|获取|引入|优化',
    'keyword|traffic',
  ],
  'operations-specialist.reports': [
    '数据|报表|报告|周报|日报|月报 + 统计|汇总|整理|分析|制作|提交|监控|撰写|输出',
    'report + data|sales|weekly|monthly',
  ],
  'operations-specialist.market-watch': [
    '竞品|竞争对手|同行|对手|行业|市场 + 关注|调研|分析|了解|收集|跟踪|监控|研究|动态|信息',
    'competitor|market research',
  ],
  'operations-specialist.coordination': [
    '对接|配合|协调|沟通|跟进 + 客服|仓库|仓储|设计|美工|物流|发货|售后|库存|供应商|部门',
    '发货|售后|库存|物流|退换货 + 跟进|处理|协调|对接',
    '协同|拉通 + 部门|设计|仓储|客服|市场',
    'follow up + shipping|after-sales|stock',
  ],
  'operations-specialist.erp': [
    'erp|进销存|商品编码|sku编码',
    '库存 + 维护|同步|更新|核对|录入',
  ],
  'operations-specialist.promo-tools': [
    '优惠券|满减|折扣|促销工具|营销工具|限时折扣|拼团|满赠|店铺优惠|会员价|秒杀价',
    'coupon|discount',
  ],

  'promotion-specialist.paid-ads': [
    '直通车|引力魔方|钻展|超级推荐|万相台|品销宝|千川|随心推|dou+|快车|京准通|全站推|多多搜索|多多场景|信息流|竞价|sem|广点通|巨量|磁力金牛|投流',
    '广告|付费|推广 + 投放|计划|账户|搭建 + !竞品|竞争对手|对手|同行',
    '账户 + 搭建|管理|操作|优化|布局|定位',
    'ppc|paid ads|ad campaign|google ads|facebook ads',
  ],
  'promotion-specialist.keywords': [
    '关键词|关键字|出价|竞价词|否词|选词|拓词|匹配方式 + !网站|seo|收录|站点|自然',
    '定向|人群包|人群标签|精准人群|目标人群|人群 + 定向|圈选|优化|投放|精准',
    'keyword|bidding|targeting',
  ],
  'promotion-specialist.roi': [
    'roi|投产比|投入产出|acos|消耗|花费|ppc|cpc|cpa|cpm|ctr|点击率|转化率|成本|效果 + 监控|控制|分析|调整|降低|跟踪|评估 + !竞品|竞争对手|对手|同行',
    '投放|账户|出价|预算 + 调整|监控 + !竞品|竞争对手|对手|同行',
    'roi|acos|cost per click',
  ],
  'promotion-specialist.creatives': [
    '创意|素材|推广图|广告图|落地页|创意图|视频素材 + 制作|优化|测试|策划|沟通|匹配|设计|撰写|输出|提供',
    '广告创意|素材创意',
    'creative|ad copy',
  ],
  'promotion-specialist.search-ranking': [
    'seo|搜索引擎优化|自然搜索|搜索排名|收录|网站优化|站内优化|关键词排名|搜索权重',
    '排名 + 提升|优化|推进|提高',
    '网站|网页|站点 + 结构|收录|seo|排名',
    '网站优化|站点优化',
    '关键字|关键词 + 网站|seo|搜索引擎|自然',
    'seo|organic search',
  ],
  'promotion-specialist.off-site': [
    '站外|淘宝客|淘客|外链|友链|cps|联盟',
    '论坛|社区|社群|自媒体|新媒体|抖音|小红书|知乎|微博|微信|公众号|信息流|达人|红人|kol|网红|头条|b站|社交媒体|facebook|tiktok|youtube|百度|搜索引擎|360|搜狗 + 推广|引流|投放|营销|宣传|合作|优化|维护 + !竞品|竞争对手|对手|同行',
    'off-site|affiliate|social media',
  ],
  'promotion-specialist.plan': [
    '推广计划|投放计划|推广方案|投放方案|推广预算|投放预算',
    '推广|投放|营销|广告 + 计划|方案|策略|预算 + 制定|规划|分配|输出|设计',
    'media plan|ad budget',
  ],
  'promotion-specialist.reports': [
    '报表|报告 + 制作|输出|出具|撰写|提供|提交|整理|分析|提取|导出|生成',
    '推广|投放|广告|渠道 + 数据|效果 + 分析|统计|跟踪',
    'report',
  ],
  'promotion-specialist.competitors': [
    '竞品|竞争对手|竞对|同行|竞店|对手 + 分析|研究|监控|调研|关注|跟踪|了解|收集',
    'competitor',
  ],
};
