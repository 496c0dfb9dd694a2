import type { DutyPhrasings } from './types';

// Phrasings of the content duties: new media, design, copy and live streaming.

export const contentPhrasings: DutyPhrasings = {
  'new-media-operator.accounts': [
    '公众号|微博|抖音|快手|小红书|视频号|b站|bilibili|知乎|微信|头条|自媒体|新媒体|社交媒体|账号|矩阵|社媒 + 运营|管理|维护|更新|推送|发布|规划|搭建|策略',
    'social media|account + manage|run|grow',
  ],
  'new-media-operator.content': [
    '内容|文案|图文|视频|短视频|脚本|笔记|推文|文章|选题|素材|作品 + 策划|撰写|创作|制作|编辑|输出|产出|生产|拍摄|剪辑|发布|创意|规划',
    'content|post|video + create|write|plan|produce',
  ],
  'new-media-operator.fans': [
    '粉丝|用户|评论|私信|留言|网友 + 互动|回复|维护|增长|运营|管理|沟通',
    '涨粉|吸粉|粉丝运营|用户运营|社区运营|评论区',
    'followers|community|engagement',
  ],
  'new-media-operator.private-domain': [
    '私域|社群|裂变|企业微信|企微|微信群|粉丝群',
    '会员|群 + 运营|搭建|管理|维护|活动|建立|体系',
    'private traffic|community group',
  ],
  'new-media-operator.trends': [
    '热点|趋势|话题|热门|潮流|时事|节点|节日 + 追踪|捕捉|跟踪|结合|关注|策划|借势|把握|挖掘',
    'trend|hot topic',
  ],
  'new-media-operator.influencers': [
    '达人|博主|kol|koc|红人|网红|mcn|探店 + 对接|合作|邀约|建联|沟通|寻找|拓展|维护|投放|管理',
    '种草',
    'influencer|blogger|kol',
  ],
  'new-media-operator.conversion': [
    '带货|引流|导流|变现|卖货|种草转化|商品转化|销售转化',
    '流量 + 引到|导入|转化',
    'drive sales|conversion',
  ],
  'new-media-operator.analytics': [
    '数据 + 分析|统计|跟踪|监测|复盘|收集|整理|监控',
    '阅读量|播放量|完播率|互动率|粉丝数|涨粉数 + 分析|统计|跟踪',
    'analytics|metrics',
  ],
  'new-media-operator.brand-voice': [
    '品牌 + 形象|调性|传播|口碑|宣传|声誉|公关|曝光|营销',
    '舆情|口碑|公关',
    'brand voice|brand image',
  ],

  'designer.detail-pages': [
    '详情页|详情图|详情|描述页|宝贝描述|a+|卖点图',
    'product page|detail page',
  ],
  'designer.main-images': [
    '主图|推广图|广告图|直通车图|钻展图|创意图|首图|白底图|banner|配图|素材图|宣传图|引流图|推广素材|投放素材|场景图|点击图',
    '广告|素材 + 设计|视觉|制作|输出',
    'main image|banner|ad image',
  ],
  'designer.store-decoration': [
    '装修|首页设计|首页布局|店铺首页|店铺风格|视觉风格|整体视觉|页面风格|整体风格|店铺设计',
    '店铺|首页|页面 + 设计|风格|视觉|形象|布局|美化',
    'storefront|store design',
  ],
  'designer.campaign-pages': [
    '活动 + 页面|页|海报|图|专题|设计|视觉|banner|物料',
    '专题页|活动页|大促页|海报|节日视觉|大促视觉|活动视觉|专题',
    'campaign page|poster',
  ],
  'designer.retouching': [
    '修图|精修|抠图|调色|图片处理|图片美化|后期|修片|合成|p图|处理图片|照片处理|图片优化',
    'retouch|photo editing',
  ],
  'designer.brand-guide': [
    'vi|品牌视觉|视觉规范|设计规范|品牌形象|企业形象|公司形象|logo|标志|品牌设计|视觉识别|品牌风格',
    'brand guide|logo|visual identity',
  ],
  'designer.motion': [
    '视频|动图|gif|动效|剪辑|切片|动画',
    'video|animation|motion',
  ],
  'designer.print': [
    '包装|画册|宣传册|手册|折页|单页|物料|易拉宝|展板|展架|名片|印刷|平面广告|平面设计|dm|宣传品|吊牌|海报物料',
    'packaging|brochure|print',
  ],
  'designer.shoot': [
    '拍摄|摄影|拍照|拍图|棚拍|外拍|布景',
    'photo shoot|photography',
  ],

  'copywriter.product-copy': [
    '产品文案|商品文案|详情页文案|详情文案|产品描述|商品描述|卖点文案|listing文案|产品卖点|商品卖点',
    '卖点 + 提炼|挖掘|梳理|撰写|策划',
    '产品|商品 + 文案|介绍 + 撰写|编写|策划|输出',
    'product copy|product description',
  ],
  'copywriter.titles': [
    '标题|关键词 + 撰写|编写|优化|拟定|策划',
    'title|keyword',
  ],
  'copywriter.campaign-copy': [
    '活动文案|促销文案|海报文案|大促文案|活动主题',
    '活动|促销|大促|海报|营销活动 + 文案|标语|slogan|口号|主题',
    'campaign copy|promotional copy',
  ],
  'copywriter.brand-story': [
    '品牌故事|品牌介绍|企业介绍|公司介绍|宣传资料|宣传文案|宣传品|宣传物料|对外宣传|新闻稿|公关稿|宣传册|品牌文案|企业形象|广告文案|广告语|slogan|宣传广告',
    '品牌 + 故事|介绍|文案|宣传|传播|内容',
    'brand story|press release|company profile',
  ],
  'copywriter.articles': [
    '软文|推文|种草|笔记|文章|稿件|投稿|推广文案|新闻稿',
    '公众号|微博|小红书|知乎 + 更新|撰写|发布|运营|编辑|内容',
    'article|blog post|advertorial',
  ],
  'copywriter.scripts': [
    '脚本|台词|分镜|口播|话术',
    'script',
  ],
  'copywriter.proofreading': [
    '校对|勘误|审校|纠错',
    '审核 + 文字|文案|稿件',
    'proofread',
  ],
  'copywriter.creative-brief': [
    '创意|画面|视觉 + 沟通|配合|协调|对接|跟踪|提案|方向|构思',
    '设计师|设计部|美工 + 沟通|配合|协作|对接',
    'creative brief|creative direction',
  ],
  'copywriter.features': [
    '专题|栏目|频道|选题|专栏|版面|排版 + 策划|编辑|规划|内容|负责',
    'feature|editorial',
  ],

  'live-streamer.host': [
    '主播|直播带货|带货直播|直播销售|讲解产品|产品讲解|介绍产品|产品介绍|展示产品|试穿|试用|试吃|卖货|带货',
    '直播 + 负责|完成|主持|开展|担任|出镜|介绍|讲解|展示|销售|转化',
    '引导 + 下单|购买|成交|转化|留资|销售',
    '逼单',
    'live stream + host|sell',
  ],
  'live-streamer.script': [
    '脚本|话术|台词|口播',
    '直播 + 内容 + 策划|设计|创作',
    'script',
  ],
  'live-streamer.interaction': [
    '互动|气氛|暖场|控评|弹幕',
    '调动 + 情绪|气氛|氛围|观众|粉丝',
    '氛围|气氛 + 活跃|烘托|营造|带动',
    '粉丝|观众 + 活动|提问|咨询',
    '接待|解答|回答|回复|应对 + 问题|客户|观众|粉丝|提问|咨询',
    'interact|audience',
  ],
  'live-streamer.schedule': [
    '排期|排品|选品|排班|直播计划|福利款|主推款|引流款|货盘|组品|产品组合',
    'schedule|product lineup',
  ],
  'live-streamer.room-control': [
    '场控|中控|控场|上下架|上链接|挂链接|改价|优惠券|秒杀|福袋|红包',
    'room control',
  ],
  'live-streamer.traffic': [
    '引流|投流|千川|随心推|dou+|推流|起号|在线人数|停留|直播间流量|拉新',
    'traffic',
  ],
  'live-streamer.review': [
    '复盘|总结',
    '数据 + 分析|复盘|总结|跟踪|统计|汇报|反馈',
    'review',
  ],
  'live-streamer.warm-up': [
    '短视频|预热|视频 + 拍摄|制作|剪辑|发布|录制 + !视频号',
    '预热',
    'teaser|short video',
  ],
  'live-streamer.setup': [
    '直播间|场景|灯光|设备|布景|背景|直播设备 + 搭建|布置|维护|调试|优化|准备|装修',
    'set up|lighting|equipment',
  ],
  'live-streamer.assist': [
    '助播|副播|递品|协助主播|配合主播|主播助理|辅助',
    'assistant',
  ],
};
