import type { DutyPhrasings } from './types';

// Phrasings of the service and supply duties: customer service, data, buying and the warehouse.

export const servicePhrasings: DutyPhrasings = {
  'customer-service.pre-sale': [
    '售前|在线客服|客户服务|客服服务|客服工作|导购|询单',
    '咨询|接待|答疑|解答|回答|回复|秒回 + 客户|顾客|用户|买家|消费者|问题|咨询|在线|消息|私信 + !投诉|差评|纠纷|售后',
    '介绍|推荐|讲解 + 产品|商品',
    '引导下单|促成下单|促成交易|促成成交|促单',
    '促成 + 订单|成交|转化|交易|下单',
    '接听|来电|热线|电话 + 客户|咨询|来电|接待|沟通|顾客',
    '解决|处理|解答 + 客户|顾客|用户|买家 + 疑问|疑难|咨询 + !投诉|差评|纠纷|售后|订单',
    '解决|解答 + 客户|顾客|用户|买家 + 问题|困难 + !投诉|差评|纠纷|售后|订单|退',
    '了解|挖掘|发掘 + 客户|顾客|客人|买家 + 需求|要求',
    '在线 + 客服|问答|解答|咨询|沟通',
    '沟通 + 客户|顾客|买家 + !投诉|纠纷',
    'pre-sale|customer inquiries|answer questions',
  ],
  'customer-service.orders': [
    '订单 + 跟进|处理|核对|审核|修改|跟踪|备注|核实',
    '催付|未付款|催单|收货地址|修改地址|发货方式',
    'order + follow up|check',
  ],
  'customer-service.after-sale': [
    '售后|退换货|退货|换货|退款|补发|退换|理赔|返修',
    'after-sales|refund|return',
  ],
  'customer-service.complaints': [
    '投诉|纠纷|差评|中差评|争议|客诉|安抚|维权|好评',
    'complaint|dispute|negative review',
  ],
  'customer-service.tracking': [
    '物流|快递|包裹|问题件|异常件|丢件|查件|催件|派送',
    'tracking|shipment|delivery',
  ],
  'customer-service.revisits': [
    '回访|复购|老客户|老客|召回|唤醒|二次营销',
    'follow-up call|repeat purchase',
  ],
  'customer-service.feedback': [
    '反馈|整理|汇总|收集|记录|同步 + 问题|意见|建议|需求|痛点|常见问题|反馈',
    'feedback',
  ],
  'customer-service.metrics': [
    '询单转化|转化率|响应时间|响应速度|响应率|回复率|满意度|服务指标|销售指标|dsr',
    'response time|satisfaction',
  ],
  'customer-service.training': [
    '话术|带教|质检|排班|服务规范|服务标准|客服团队|客服管理',
    '培训|考核 + 客服|新人|人员|团队',
    'train agents|service standard',
  ],
  'customer-service.crm': [
    '会员|客户关系|客户资料|客户信息|客户档案|客户维护|crm|vip|客户分层|会员分层|关怀|客情|客户忠诚|顾客关系|顾客忠诚',
    '客户|顾客 + 信息|资料|档案 + 录入|更新|维护|管理|建立',
    'crm|membership|customer relationship',
  ],

  'data-analyst.dashboard': [
    '看板|仪表盘|dashboard|指标体系|报表体系|数据体系|bi|tableau|power bi|powerbi|可视化|监控体系|数据平台',
    '指标 + 体系|定义|搭建|确定|口径|框架',
    '预警体系|监控体系|业务监控',
    'dashboard|kpi framework',
  ],
  'data-analyst.reports': [
    '报表|报告|日报|周报|月报 + 制作|输出|出具|撰写|编制|维护|提交|整理|编写|完成|产出|做出|准备|生成|开发',
    '数据|业绩|指标 + 追踪|跟踪|复盘',
    'report',
  ],
  'data-analyst.deep-dives': [
    '专题分析|深入分析|深度分析|归因|ab测试|实验',
    '分析 + 原因|异常|问题|效果|深入|深度|专题',
        '洞见|诊断|剖析|专项分析',
    'root cause|ad hoc analysis|insight',
  ],
  'data-analyst.channels': [
    '渠道|推广|投放|广告|流量|活动|营销 + 效果|roi|投产|投入产出|acos + 评估|分析|监控|跟踪|统计',
    'channel|campaign + performance|roi',
  ],
  'data-analyst.users': [
    '用户画像|人群画像|用户行为|购买行为|消费行为|用户分析|客户分析|会员分析|用户研究|rfm|用户分层|画像',
    'user behaviour|customer segment|persona',
  ],
  'data-analyst.products': [
    '动销|库存分析|商品分析|产品分析|品类分析|sku分析|销售分析|选品|补货',
    '销售|销量|动销|库存|售罄 + 商品|产品|sku|品类|单品|货品 + 分析|数据|监控|跟踪',
    '货品分析|毛利分析|产品毛利|商品毛利|销售结构',
    'product performance|inventory analysis',
  ],
  'data-analyst.market': [
    '市场|行业|竞品|竞争对手|竞对|对手 + 数据|分析|调研|研究|收集|趋势|动态|洞察|关注|行情|态势 + !推广|营销活动',
    '竞争态势|竞争格局|市场行情',
    'market|competitor',
  ],
  'data-analyst.data-prep': [
    '采集|清洗|抓取|爬取|埋点|etl|数据仓库|数仓|口径|数据治理|数据质量|sql|取数|提数|数据提取|数据处理|数据源',
    '主数据|数据匹配|数据验证|数据清理|数据归档',
    'data cleaning|etl|data collection|data quality|master data|data governance',
  ],
  'data-analyst.forecast': [
    '预测|预估|预判',
    'forecast',
  ],

  'merchandiser.selection': [
    '选品|选款|挑款|货品结构|商品结构|产品结构|品类规划|商品规划|货品规划|产品开发|新品开发|开发新品|开发产品|找货|货源',
    '市场|销售 + 趋势|调研',
    'product selection|assortment',
  ],
  'merchandiser.ordering': [
    '下单|订货|补货|备货|请购',
    '采购 + 订单|计划|下单|执行|申请 + !策略',
    '订单|po + 下发|下达|执行|跟进|回顾 + !售后|问题',
    'purchase order|replenish',
  ],
  'merchandiser.suppliers': [
    '供应商|供货商|厂家|工厂|货源 + 开发|评估|管理|维护|考核|档案|资料|寻找|拓展|筛选|对接|开拓|建立|选择',
    '供应商管理|供应商开发|开发新供应商|新供应商|寻源|供应商库|定点',
    'supplier|vendor',
  ],
  'merchandiser.negotiation': [
    '谈判|议价|比价|询价|砍价|洽谈|接洽|商务条款',
    '合同|协议 + 签订|签署|谈|拟定|起草|审核',
    '交期|交量|价格 + 沟通|协调|谈',
    'negotiate|contract',
  ],
  'merchandiser.production': [
    '跟单|打样|生产进度|交期|交货期|交货周期|供货进度|排产|大货|货期',
    '生产|工厂|出货|到货|供货|样品 + 跟进|跟踪|把控|追踪|确认|对接|安排|进度',
    '生产指令|下达生产',
    '交付|交货 + 跟进|回顾|跟踪|确认|催',
    'production|sample|lead time',
  ],
  'merchandiser.receiving': [
    '验货|验收|质检|品检|收货|来料|次品|不良品|退货|退换|质量问题',
    '质量 + 控制|把控|检查|检验|跟踪|监控',
    'quality check|inspection',
  ],
  'merchandiser.pricing': [
    '定价|核价|调价|促销价',
    '价格 + 制定|确定|调整|策略|体系',
    'pricing',
  ],
  'merchandiser.sell-through': [
    '动销|滞销|库存周转|周转率|清仓|尾货|售罄',
    '库存 + 分析|优化|周转|消化|处理|控制|监控',
    'sell-through|stock turnover|clearance',
  ],
  'merchandiser.new-season': [
    '上新计划|新品上市|季度上新|换季|新款上市',
    '上新|新品 + 计划|规划|上市|上线|企划',
    'new season|new arrivals',
  ],
  'merchandiser.cost': [
    '采购成本|采购费用|降本|降低成本',
    '成本|费用 + 控制|降低|优化|核算|管控|节约',
    'cost',
  ],

  'warehouse-logistics.inbound': [
    '入库|验收|收货|验货|登记|上架|来货|到货|入仓|清点|收发',
    '记录|登记 + 库存|出入|变动|台账',
    '核对 + 数量|品种|货品|单据|物料',
    'receiv|inbound|put away|goods received',
  ],
  'warehouse-logistics.picking': [
    '拣货|分拣|配货|捡货|拣选',
    'picking',
  ],
  'warehouse-logistics.packing': [
    '打包|称重|贴单|面单|装箱|封箱',
    '包装 + 商品|货物|发货|快递|订单|产品 + !设计|材料|成本',
    'packing|packaging orders',
  ],
  'warehouse-logistics.dispatch': [
    '发货|出库|审单|打单|快递单|发件|出货|寄件|收发|分拨',
    '配送 + 物料|订单|商品|货物',
    'dispatch|shipping orders|outbound|deliver',
  ],
  'warehouse-logistics.stocktake': [
    '盘点|盘库|报损|报废|临期|过期|效期',
    '库存 + 盘点|核对|清点|检查|统计|对账',
    '账实相符|账物相符|账实一致|账物一致|存货精确',
    '检查 + 货物|商品|库存 + 定期',
    'stocktake|cycle count|inventory accuracy|inventory count',
  ],
  'warehouse-logistics.layout': [
    '库位|货架|货位|分区|码放|摆放|堆放|存放|存储|储存|保管|整洁|卫生|5s|6s|消防|巡查|巡检|仓容|秩序',
    '仓库|仓内|仓储 + 安全|整理|环境|布局|设计',
    '库位|货区|储位|仓位|货位 + 规划|调整|优化|整理|维护|管理',
    '先进先出',
    'layout|housekeeping|safety',
  ],
  'warehouse-logistics.carriers': [
    '承运商|物流商|快递公司|货代|运费|物流时效|快递时效',
    '快递|物流|运输 + 对接|合作|选择|谈判|维护|管理|协调|比价|时效|洽谈',
    'carrier|freight',
  ],
  'warehouse-logistics.exceptions': [
    '异常|丢件|破损|延误|退货|退换货|退款|售后|拒收|理赔|问题件|退件',
    'exception|return',
  ],
  'warehouse-logistics.stock-sync': [
    '库存 + 同步|反馈|报告|提醒|预警|汇报|共享|支持|提供',
    '补货',
    '配合|协助 + 采购|运营|客服 + 库存|补货',
    'stock level|replenishment',
  ],
  'warehouse-logistics.cost': [
    '包装材料|耗材|包材',
    '成本|费用|运费 + 控制|降低|节约|核算|管控 + !库存|采购',
    'cost',
  ],
};
