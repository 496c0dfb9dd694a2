/**
 * Phrase pools for the synthetic postings of the bench (generate.ts). Written for this project in
 * the style of Chinese e-commerce job ads (short duty and requirement lines); no real ad's text.
 * Role ids follow the built-in library's ids (issue #4).
 */
export interface RolePool {
  roleId: string;
  titles: string[];
  duties: string[];
  requirements: string[];
  skills: string[];
  /** Monthly salary range in thousands of CNY [low, high] for a mid-level hire. */
  pay: [number, number];
}

export const ROLE_POOLS: RolePool[] = [
  {
    roleId: 'operations-director',
    titles: ['运营总监', '电商运营总监', '电商总监', '运营负责人'],
    duties: ['制定电商平台年度运营策略与销售目标并推动落地', '搭建并管理运营团队，负责人员培训与绩效考核', '统筹店铺运营、推广、客服、仓储各部门协作', '分析行业与竞品动态，调整品类规划与定价策略', '负责年度预算编制与费用控制', '对接平台小二，争取大促资源位', '监控核心经营指标并定期向管理层汇报'],
    requirements: ['8年以上电商运营经验，3年以上团队管理经验', '有年销售额过亿店铺的操盘经验', '数据敏感，具备优秀的商业分析能力', '熟悉天猫、京东、抖音等主流平台规则', '本科及以上学历'],
    skills: ['天猫', '京东', '抖音', '预算管理', '团队管理'],
    pay: [25, 50],
  },
  {
    roleId: 'store-manager',
    titles: ['店长', '天猫店长', '运营经理', '运营主管', '京东店长'],
    duties: ['负责店铺整体运营，完成月度销售目标', '制定店铺营销活动方案并组织执行', '管理店铺运营团队的日常工作', '分析店铺流量、转化率、客单价等数据并优化', '负责店铺产品规划、定价与库存协调', '策划并执行618、双11等大促活动', '维护平台关系，报名参加平台活动'],
    requirements: ['3年以上天猫或京东店铺运营经验', '有带领团队经验，沟通协调能力强', '熟悉直通车、引力魔方等推广工具', '对数据敏感，能独立完成数据分析', '大专及以上学历'],
    skills: ['直通车', '生意参谋', '引力魔方', 'Excel'],
    pay: [12, 25],
  },
  {
    roleId: 'operations-specialist',
    titles: ['运营专员', '淘宝运营', '运营助理', '平台运营', '拼多多运营', '电商运营专员'],
    duties: ['负责店铺商品上下架、标题优化与详情页维护', '报名平台活动并跟进活动执行', '每日统计店铺销售数据并制作报表', '监控竞品价格与活动，及时反馈', '配合美工完成商品图片与页面更新', '处理店铺后台订单异常与售后问题', '维护商品库存与价格信息'],
    requirements: ['1年以上电商运营经验，优秀应届生亦可', '熟悉淘宝或拼多多后台操作', '熟练使用Excel等办公软件', '工作细心，学习能力强', '大专及以上学历'],
    skills: ['Excel', '千牛', '生意参谋'],
    pay: [5, 10],
  },
  {
    roleId: 'promotion-specialist',
    titles: ['推广专员', '直通车推广', '付费推广', 'SEM专员', 'SEO专员', '信息流投放'],
    duties: ['负责直通车、引力魔方等付费推广计划的搭建与优化', '控制推广费用，提升投入产出比', '优化关键词与出价策略，提升点击率', '分析推广数据，输出推广周报', '负责站外引流渠道的投放与效果追踪', '优化商品标题与关键词，提升自然搜索排名'],
    requirements: ['2年以上电商推广经验', '精通直通车、引力魔方、万相台等推广工具', '对数据敏感，熟练使用Excel做数据分析', '有ROI达到3以上的成功案例优先', '大专及以上学历'],
    skills: ['直通车', '引力魔方', '万相台', 'SEO', 'SEM'],
    pay: [7, 15],
  },
  {
    roleId: 'new-media-operator',
    titles: ['新媒体运营', '内容运营', '小红书运营', '抖音运营', '社群运营'],
    duties: ['负责公司微信公众号、小红书等平台的内容策划与发布', '撰写品牌推文与种草笔记，提升粉丝互动', '策划线上话题活动，扩大品牌影响力', '跟踪热点，制定内容选题计划', '分析各平台内容数据并优化运营策略', '维护品牌社群，提升用户活跃度', '对接达人与KOL，推进内容合作'],
    requirements: ['1年以上新媒体运营经验', '文字功底好，有创意', '熟悉小红书、抖音、微博等平台规则', '会使用秀米、剪映等工具', '本科学历优先'],
    skills: ['小红书', '抖音', '秀米', '剪映', '公众号'],
    pay: [6, 12],
  },
  {
    roleId: 'designer',
    titles: ['美工', '淘宝美工', '电商设计师', '视觉设计', '平面设计师'],
    duties: ['负责店铺首页、详情页的设计与装修', '制作商品主图、海报与活动页面', '配合运营完成大促视觉设计', '负责产品图片的后期处理与修图', '设计直通车推广图，提升点击率', '统一品牌视觉风格，维护设计规范'],
    requirements: ['熟练使用Photoshop、Illustrator、C4D等设计软件', '1年以上电商设计经验，能提供作品集', '审美能力强，对色彩和排版有良好把握', '会简单摄影或视频剪辑优先', '大专及以上学历，设计相关专业'],
    skills: ['Photoshop', 'Illustrator', 'C4D', 'PS'],
    pay: [6, 13],
  },
  {
    roleId: 'copywriter',
    titles: ['文案', '电商文案', '文案策划', '编辑', '品牌文案'],
    duties: ['撰写商品详情页文案与卖点提炼', '负责活动宣传文案与推广软文撰写', '配合设计完成海报、主图文案', '撰写短视频脚本与直播话术', '整理品牌故事与产品资料'],
    requirements: ['中文、新闻、广告等相关专业', '1年以上文案工作经验', '文字表达能力强，有较强的创意能力', '熟悉电商平台文案风格', '本科及以上学历'],
    skills: ['Word', '文案写作'],
    pay: [5, 10],
  },
  {
    roleId: 'customer-service',
    titles: ['客服', '淘宝客服', '售前客服', '售后客服', '客服主管', '在线客服'],
    duties: ['通过旺旺、千牛及时回复顾客咨询', '引导顾客下单，提高询单转化率', '处理退换货、投诉等售后问题', '跟踪物流信息，解决配送异常', '记录并反馈顾客意见与常见问题', '维护老客户关系，促进复购'],
    requirements: ['打字速度每分钟50字以上', '有淘宝客服经验者优先', '普通话标准，服务意识强', '能适应轮班工作', '中专及以上学历'],
    skills: ['千牛', '旺旺', 'Excel'],
    pay: [4, 7],
  },
  {
    roleId: 'live-streamer',
    titles: ['主播', '带货主播', '直播运营', '抖音主播', '淘宝主播'],
    duties: ['负责店铺直播间的商品讲解与带货', '熟悉产品卖点，按脚本完成直播', '与粉丝互动，提升直播间人气与转化', '配合运营策划直播活动', '复盘直播数据，优化直播话术', '负责直播间搭建与设备调试'],
    requirements: ['有直播带货经验者优先', '表达能力强，镜头感好', '性格开朗，能适应晚班直播', '熟悉抖音、淘宝直播规则', '学历不限'],
    skills: ['抖音', '淘宝直播', 'OBS'],
    pay: [6, 20],
  },
  {
    roleId: 'data-analyst',
    titles: ['数据分析师', '电商数据分析', '数据专员', '商业分析'],
    duties: ['搭建店铺经营数据报表体系', '分析销售、流量、用户数据，输出分析报告', '监控核心指标异常并定位原因', '支持运营活动效果评估', '维护数据看板，提升数据获取效率'],
    requirements: ['统计学、数学、计算机相关专业本科及以上学历', '熟练使用SQL、Excel，会Python者优先', '2年以上数据分析经验', '逻辑思维清晰，具备良好的表达能力'],
    skills: ['SQL', 'Python', 'Excel', 'Tableau'],
    pay: [10, 20],
  },
  {
    roleId: 'merchandiser',
    titles: ['商品专员', '采购', '产品跟单', '买手', '商品企划'],
    duties: ['负责商品选品、开发与上新计划', '与供应商谈判价格并跟进打样、大货', '跟踪商品生产进度与质量', '分析商品销售数据，制定补货与清仓计划', '维护供应商资源，开发新供应商'],
    requirements: ['2年以上采购或跟单经验', '熟悉服装或家居产品供应链', '谈判能力强，成本意识强', '熟练使用ERP系统', '大专及以上学历'],
    skills: ['ERP', 'Excel', '供应链'],
    pay: [6, 12],
  },
  {
    roleId: 'warehouse-logistics',
    titles: ['仓管员', '打包员', '仓储主管', '物流专员', '发货员'],
    duties: ['负责商品入库、出库与库存盘点', '按订单完成拣货、打包与发货', '对接快递公司，处理物流异常', '维护仓库整洁与货品摆放', '录入出入库数据，保证账实相符'],
    requirements: ['能吃苦耐劳，服从安排', '有电商仓库工作经验优先', '会使用电脑和ERP系统', '学历不限'],
    skills: ['ERP', 'WMS'],
    pay: [4, 7],
  },
  {
    roleId: 'finance',
    titles: ['会计', '出纳', '财务专员', '电商会计', '财务主管'],
    duties: ['负责公司日常账务处理与凭证录入', '核对各平台店铺的资金流水与对账', '编制月度财务报表', '负责纳税申报与发票管理', '管理公司银行账户与现金收支'],
    requirements: ['财务、会计相关专业大专及以上学历', '持有初级会计证书', '2年以上会计工作经验', '熟练使用金蝶或用友财务软件'],
    skills: ['金蝶', '用友', 'Excel'],
    pay: [5, 10],
  },
  {
    roleId: 'hr',
    titles: ['人事专员', '招聘专员', 'HRBP', '人力资源主管', '培训专员'],
    duties: ['负责各岗位的招聘需求收集与简历筛选', '组织面试并跟进录用流程', '办理员工入职、转正与离职手续', '负责员工考勤与薪资核算', '组织新员工培训与企业文化活动'],
    requirements: ['人力资源管理相关专业', '1年以上招聘或人事工作经验', '熟悉劳动法律法规', '沟通能力强，亲和力好'],
    skills: ['Excel', '招聘'],
    pay: [5, 10],
  },
  {
    roleId: 'tech',
    titles: ['前端开发工程师', 'Java开发工程师', '电商系统开发', 'ERP实施工程师'],
    duties: ['负责公司电商系统的功能开发与维护', '对接平台开放接口，实现订单与库存同步', '优化系统性能，保障系统稳定运行', '参与需求评审与技术方案设计', '编写技术文档'],
    requirements: ['计算机相关专业本科及以上学历', '3年以上开发经验', '熟悉Vue或React框架', '熟悉MySQL数据库', '有电商系统开发经验优先'],
    skills: ['JavaScript', 'Vue', 'React', 'Java', 'MySQL'],
    pay: [12, 25],
  },
];

/** A few English ads (multinational sellers post them). */
export const ENGLISH_POOL: RolePool[] = [
  {
    roleId: 'operations-specialist',
    titles: ['E-commerce Operations Specialist', 'Marketplace Specialist'],
    duties: ['Manage product listings on Amazon and Shopify', 'Monitor sales, traffic and conversion reports', 'Coordinate promotions with the marketing team', 'Handle inventory planning with the warehouse'],
    requirements: ['1+ years of e-commerce experience', 'Strong Excel skills', 'Fluent English and Mandarin', "Bachelor's degree"],
    skills: ['Amazon', 'Shopify', 'Excel'],
    pay: [8, 14],
  },
  {
    roleId: 'designer',
    titles: ['Graphic Designer', 'E-commerce Visual Designer'],
    duties: ['Design product images and landing pages', 'Create banners for campaigns', 'Maintain the brand visual guidelines'],
    requirements: ['Proficient in Photoshop and Illustrator', 'A portfolio of e-commerce work', '2+ years of design experience'],
    skills: ['Photoshop', 'Illustrator', 'Figma'],
    pay: [9, 16],
  },
];

export const CITIES = ['杭州', '广州', '深圳', '上海', '北京', '义乌', '苏州', '成都', '武汉', '厦门'];
export const COMPANY_WORDS = ['优品', '云杉', '星禾', '木子', '青橙', '蓝鲸', '拾光', '南风', '北辰', '初心', '万象', '知行'];
export const COMPANY_KINDS = ['电子商务有限公司', '贸易有限公司', '科技有限公司', '服饰有限公司', '家居用品有限公司'];
export const SITES = ['zhipin.com', '51job.com', 'liepin.com', 'zhaopin.com', 'lagou.com', 'linkedin.com', ''];
export const TAGS = ['竞品', '重点', '待跟进', '高薪', '同城', '大厂'];

/** Requirement lines that the JD check should flag; some real ads carry them. */
export const RISKY_LINES = ['年龄20-35岁', '形象气质佳', '女性优先', '本地户口优先', '已婚已育优先'];
/** Filler lines: real ads often pad their requirements with them. */
export const FILLER_LINES = ['有责任心，抗压能力强', '具备良好的团队合作精神', '工作积极主动，吃苦耐劳'];

/** Simplified -> Traditional for the characters the pools use most (enough to exercise 繁/简). */
export const TO_TRADITIONAL: Record<string, string> = {
  负: '負', 责: '責', 运: '運', 营: '營', 铺: '鋪', 数: '數', 据: '據', 设: '設', 计: '計', 产: '產',
  务: '務', 经: '經', 验: '驗', 优: '優', 广: '廣', 动: '動', 划: '劃', 单: '單', 户: '戶', 览: '覽',
  时: '時', 发: '發', 录: '錄', 销: '銷', 统: '統', 报: '報', 识: '識', 熟: '熟',
  练: '練', 会: '會', 传: '傳', 内: '內', 图: '圖', 页: '頁', 详: '詳', 应: '應', 对: '對', 质: '質',
};

/** Clauses real ads tack onto a duty; they lengthen items to a realistic 30-50 characters. */
export const DUTY_TAILS = [
  '，确保各项运营指标按期达成',
  '，并定期输出总结报告',
  '，提升店铺整体销售额与利润',
  '，与相关部门保持良好沟通协作',
  '，及时发现问题并提出改进方案',
  '，完成上级交办的其他工作',
];

/** Company introductions and benefits: the text around the items in a real ad's body. */
export const INTROS = [
  '公司成立于2015年，是一家专注于服装与家居用品的电子商务企业，在天猫、京东、抖音等平台拥有多家店铺，年销售额稳步增长，团队年轻有活力，晋升通道清晰。',
  '我们是一家以自有品牌为核心的新零售公司，覆盖线上线下多个渠道，注重产品品质与用户体验，欢迎认同我们理念的伙伴加入。',
  '公司主营母婴、美妆类目，拥有独立的供应链与仓储中心，目前处于快速发展阶段，现因业务扩展招聘以下岗位。',
];
export const BENEFITS = [
  '福利待遇：五险一金，带薪年假，节日福利，生日会，定期团建，免费工作餐。',
  '工作时间：周一至周五 9:00-18:00，大促期间根据需要调整，享受调休。',
  '薪资构成：底薪+提成+绩效奖金，年底有年终奖，表现优秀者可提前转正。',
];
export const REQUIREMENT_TAILS = ['，有同类目经验者优先', '，能独立完成相关工作', '，有大型店铺经验者优先考虑'];
