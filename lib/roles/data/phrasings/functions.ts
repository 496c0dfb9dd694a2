import type { DutyPhrasings } from './types';

// Phrasings of the back-office duties: finance, HR and technology.

export const functionsPhrasings: DutyPhrasings = {
  'finance.bookkeeping': [
    '记账|记帐|做账|做帐|账务|帐务|凭证|账簿|入账|总账|明细账',
    '单据 + 审核|录入|整理|处理|核对',
    'bookkeeping|journal entries|vouchers',
  ],
  'finance.statements': [
    '报表|财务报告|资产负债表|利润表|现金流量表|财务分析|经营分析|月结|年结 + !审计',
    'financial statements|month-end close',
  ],
  'finance.reconciliation': [
    '对账|对帐|往来核对|往来账|应收|应付|回款|结算款|平台结算',
    '核对 + 账款|往来|结算|订单|平台|支付宝|账目|款项|账务 + !存货|库存|盘点|固定资产',
    'reconcile|receivable|payable',
  ],
  'finance.cashier': [
    '出纳|现金日记账|银行日记账|资金收付|银行账户|网银|收付款',
    '资金|现金|银行 + 管理|办理|账户|收支|结算|调拨',
    'cashier|cash management|bank account',
  ],
  'finance.payroll': [
    '工资|薪资|薪酬|提成|奖金|社保|公积金|个税 + 核算|计算|发放|缴纳|申报',
    'payroll',
  ],
  'finance.tax': [
    '纳税|报税|税务|开票|发票|增值税|所得税|税费|汇算|税收',
    'tax|invoice',
  ],
  'finance.budget': [
    '预算',
    '成本|费用 + 核算|编制|控制|分析|管控|计划|归集',
    'budget|cost accounting',
  ],
  'finance.platform-fees': [
    '扣点|佣金|推广费|商品利润|利润核算|利润分析|毛利',
    '平台 + 费用|收费|结算',
    'platform fees|commission|margin',
  ],
  'finance.inventory': [
    '存货|进销存|库存成本',
    '盘点|库存 + 核对|账|核算|配合',
    'inventory accounting|stocktake',
  ],
  'finance.controls': [
    '内控|内部控制|财务制度|财务风险|资金风险|风险防范|风控',
    '报销 + 审核|流程|制度',
    '费用 + 审核|审批',
    '制度|流程 + 建立|制定|完善|健全|执行|监督 + 财务|报销|内部|资金',
    'internal control|expense policy',
  ],

  'hr.recruiting': [
    '招聘 + !渠道|网站|平台',
    '招募|招人|人员配置|人才引进|引进人才|选拔|甄选|面试|简历|候选人|录用|offer|人才寻访|人才储备|储备人才|用人需求|招聘与配置',
    'recruit|hiring|interview|candidate',
  ],
  'hr.channels': [
    '招聘渠道|招聘网站|招聘平台|招聘途径|校园招聘|校招|内推|猎头|招聘会|雇主品牌',
    '渠道 + 招聘|人才|简历',
    'job board|campus|referral|headhunt',
  ],
  'hr.onboarding': [
    '入职 + !培训',
    '离职|转正|调岗|调动|异动|入离职|试用期',
    'onboarding|offboarding',
  ],
  'hr.training': [
    '培训|课程|课件|教材|讲师|授课|带教',
    '培养|发展 + 人才|员工|新人|管培|能力|职业',
    'training|learning|course',
  ],
  'hr.performance': [
    '绩效|考核|kpi|okr',
    'performance|appraisal',
  ],
  'hr.pay': [
    '薪酬|薪资|工资|奖金|调薪|个税|薪金 + 核算|计算|发放|管理|审核|统计|制作|办理|体系 + !调研|调查|市场|竞争力|匹配|激励效果',
    '社保|社会保险|公积金|五险',
    '薪资福利|薪酬福利|工资福利|福利待遇 + !调研|调查|市场|竞争力|水平|分析|跟踪|激励',
    '福利|保险|待遇 + 员工|办理|缴纳|核算|购买|发放|增减|申报 + !调研|调查|市场|竞争力|分析',
    'payroll|compensation|benefits',
  ],
  'hr.relations': [
    '员工关系|劳动关系|劳资|劳动合同|劳动纠纷|劳动争议|劳动仲裁|用工风险',
    '合同 + 员工|劳动|签订|续签',
    '纠纷|争议|仲裁 + 劳动|员工|劳资|人事',
    'employee relations|labor contract',
  ],
  'hr.records': [
    '档案|花名册|人事资料|人事信息|人事报表|人力报表|人事数据|人力数据|人事系统',
    '台账 + 人员|员工|人事',
    'personnel files|hr records|roster',
  ],
  'hr.planning': [
    '人力资源规划|人力规划|人员规划|人才规划|人力资源战略|人才战略|定岗定编|定编|编制管理',
    '人员|人力|人头 + 预算|编制|规划',
    '组织架构|组织结构 + 设计|优化|调整|搭建|规划|梳理',
    'headcount|workforce planning',
  ],
  'hr.culture': [
    '企业文化|公司文化|团队文化|文化建设|价值观|员工活动|团建|年会|员工关怀|凝聚力|归属感',
    '组织|策划|开展 + 活动 + 员工|团队|文体|节日|娱乐|文娱 + !代言人|直播|营销|推广|促销',
    'culture|team building|engagement',
  ],

  'tech.storefront': [
    '商城|网站|小程序|h5|官网|电商平台|移动端|app + 开发|维护|搭建|建设|上线',
    'website|mini program|online store',
  ],
  'tech.frontend': [
    '前端|设计稿|浏览器|兼容性|vue|react|angular|javascript|typescript|css|html|web页面',
    '页面|网页|交互 + 开发|实现|重构|性能',
    'front-end|frontend',
  ],
  'tech.backend': [
    '后台|后端|服务端|服务器端|接口开发|api|java|php|python|golang|c++|spring|微服务|业务系统|软件开发|系统开发|功能开发|编码|代码编写',
    '系统|软件|模块|功能|服务 + 开发|编码|实现|研发',
    '代码 + 实现|编写|开发|审核|评审|review|重构',
    'back-end|backend|server-side|code review',
  ],
  'tech.mobile': [
    'android|安卓|ios|客户端|鸿蒙|flutter|react native',
    'app + 开发|发布|上架|研发',
    'mobile app',
  ],
  'tech.integration': [
    '对接|集成|打通|同步 + 平台|erp|wms|oms|支付|第三方|系统|接口|数据',
    'integration|third-party',
  ],
  'tech.operations': [
    '运维|机房|服务器|网络设备|数据库维护|系统维护',
    '系统|网络|数据库|服务 + 维护|稳定|运行|监控|故障 + !开发',
    '故障|排障|宕机|运行监控|日常监控',
    'operations|server|sysadmin|incident|outage',
  ],
  'tech.devops': [
    '持续集成|持续交付|ci/cd|docker|k8s|kubernetes|容器|自动化部署|监控告警|jenkins|devops|发布流程',
    'devops|deployment pipeline',
  ],
  'tech.security': [
    '安全|漏洞|渗透|攻防|加固|应急响应|等保|防火墙',
    'security|vulnerability',
  ],
  'tech.quality': [
    '测试|用例|缺陷|bug|质量保障|qa',
    'testing|test case',
  ],
  'tech.architecture': [
    '架构|技术选型|选型|技术方案|设计方案|系统设计|系统分析|模块设计|开发规范|代码规范|技术规范|技术调研|高可用|高并发|可扩展',
    '瓶颈|性能优化|技术难题|技术难点|攻关|新技术|技术实现方案|技术架构|详细设计|概要设计',
    'architecture|system design',
  ],
  'tech.data-platform': [
    '大数据|数据仓库|数仓|数据平台|hadoop|spark|hive|flink|kafka|etl|数据采集|数据清洗|数据计算|数据开发',
    'data platform|data warehouse|big data',
  ],
  'tech.algorithms': [
    '算法|机器学习|深度学习|推荐系统|搜索引擎|风控模型|nlp|计算机视觉|图像识别|自然语言|大模型|llm',
    '模型 + 训练|算法|推荐|预测|识别|机器学习',
    'algorithm|machine learning|model',
  ],
  'tech.projects': [
    '项目管理|项目进度|项目计划|项目交付|项目风险|时间评估|风险评估|排期',
    '项目 + 管理|计划|进度|风险|交付|协调|评估|推进',
    '进度管理|风险管理|项目运作|项目节奏',
    'project management|delivery',
  ],
  'tech.support': [
    '技术支持|上线支持|实施|部署|用户支持|运维支持|答疑|技术培训',
    '支持 + 技术|上线|用户|业务|系统',
    '售前技术|技术咨询|客户支持|技术交流|解决方案|故障处理',
    'technical support|implementation',
  ],
  'tech.lead': [
    '需求 + 梳理|确认|评审|调研|对接',
    '带领|管理|指导 + 团队|开发|技术|成员|工程师',
    '进度|质量 + 把控|控制|保证|确保',
    'tech lead|requirements',
  ],
};
