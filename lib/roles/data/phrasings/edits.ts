import type { PhrasingEdit } from './types';

/**
 * Phrasings changed since library v3, one edit a line, applied over the v3 patterns in this folder
 * (index.ts) and, by the same function, over the duties of a built-in role the user edited when its
 * library is upgraded (lib/roles/seed.ts): an edit replaces its `from` pattern only where that
 * pattern is still there word for word, so a pattern the user rewrote or removed stays as the user
 * left it; `from: null` adds patterns.
 *
 * v5 (issue #11 follow-up), measured on ads not read while the v3 patterns were written:
 * - narrowed: generic words alone (店铺 + 日常/维护, 负责 + 直播, 数据 + 反馈) and words with a
 *   second sense (推广计划 is the plan, not paid ads; 专题 and 后期 also name video work);
 * - widened: activities ads name in other words (展示/演示产品, 修改地址/型号, 库存数据分析,
 *   分析客户需求, 行业动向, 效果评估, 短视频运营, 朋友圈/社群内容, 现金管理制度) and the common
 *   misspelling 竟品/竟店 for 竞品/竞店.
 */
export const PHRASING_EDITS: readonly PhrasingEdit[] = [
  { since: 5, duty: 'operations-specialist.back-office', from: '店铺|后台|账号|网店 + 日常|维护|管理', to: ['后台|账号 + 日常|维护|操作'] },
  { since: 5, duty: 'operations-specialist.market-watch', from: '竞品|竞争对手|同行|对手|行业|市场 + 关注|调研|分析|了解|收集|跟踪|监控|研究|动态|信息', to: ['竞品|竞争对手|同行|对手|行业|市场|竞店|竟品|竟店 + 关注|调研|分析|了解|收集|跟踪|监控|研究|动态|信息'] },
  { since: 5, duty: 'promotion-specialist.paid-ads', from: '广告|付费|推广 + 投放|计划|账户|搭建 + !竞品|竞争对手|对手|同行', to: ['广告|付费 + 投放|计划|账户|搭建 + !竞品|竞争对手|对手|同行', '推广 + 投放|账户|搭建 + !竞品|竞争对手|对手|同行'] },
  { since: 5, duty: 'new-media-operator.accounts', from: '公众号|微博|抖音|快手|小红书|视频号|b站|bilibili|知乎|微信|头条|自媒体|新媒体|社交媒体|账号|矩阵|社媒 + 运营|管理|维护|更新|推送|发布|规划|搭建|策略', to: ['公众号|微博|抖音|快手|小红书|视频号|b站|bilibili|知乎|微信|头条|自媒体|新媒体|社交媒体|账号|矩阵|社媒|短视频 + 运营|管理|维护|更新|推送|发布|规划|搭建|策略'] },
  { since: 5, duty: 'new-media-operator.trends', from: '热点|趋势|话题|热门|潮流|时事|节点|节日 + 追踪|捕捉|跟踪|结合|关注|策划|借势|把握|挖掘', to: ['热点|趋势|话题|热门|潮流|时事|节点|节日|动向|行业动态|市场动态 + 追踪|捕捉|跟踪|结合|关注|策划|借势|把握|挖掘|根据'] },
  { since: 5, duty: 'new-media-operator.analytics', from: null, to: ['效果 + 评估|分析|追踪|跟踪|监测'] },
  { since: 5, duty: 'designer.campaign-pages', from: '专题页|活动页|大促页|海报|节日视觉|大促视觉|活动视觉|专题', to: ['专题页|活动页|大促页|海报|节日视觉|大促视觉|活动视觉', '专题 + 页|图|海报|视觉|banner|设计 + !视频'] },
  { since: 5, duty: 'designer.retouching', from: '修图|精修|抠图|调色|图片处理|图片美化|后期|修片|合成|p图|处理图片|照片处理|图片优化', to: ['修图|精修|抠图|调色|图片处理|图片美化|修片|合成|p图|处理图片|照片处理|图片优化', '后期 + 图片|照片|图|修 + !视频'] },
  { since: 5, duty: 'copywriter.articles', from: '公众号|微博|小红书|知乎 + 更新|撰写|发布|运营|编辑|内容', to: ['公众号|微博|小红书|知乎|朋友圈|社群 + 更新|撰写|发布|运营|编辑|内容'] },
  { since: 5, duty: 'live-streamer.host', from: '直播 + 负责|完成|主持|开展|担任|出镜|介绍|讲解|展示|销售|转化', to: ['直播 + 完成|主持|开展|担任|出镜|介绍|讲解|展示|销售|转化', '负责 + 直播 + !开拓|拓展|运营|策划|管理'] },
  { since: 5, duty: 'live-streamer.review', from: '数据 + 分析|复盘|总结|跟踪|统计|汇报|反馈', to: ['数据 + 分析|复盘|总结|跟踪|统计|汇报'] },
  { since: 5, duty: 'customer-service.pre-sale', from: '介绍|推荐|讲解 + 产品|商品', to: ['介绍|推荐|讲解|展示|演示 + 产品|商品'] },
  { since: 5, duty: 'customer-service.orders', from: null, to: ['修改|更改|变更 + 地址|型号|规格|订单|收货信息'] },
  { since: 5, duty: 'data-analyst.users', from: null, to: ['分析|研究|洞察|挖掘 + 客户|用户|消费者 + 需求|偏好|习惯|痛点'] },
  { since: 5, duty: 'data-analyst.products', from: null, to: ['库存|存货 + 数据|分析|周转 + 分析|统计|监控'] },
  { since: 5, duty: 'finance.controls', from: '制度|流程 + 建立|制定|完善|健全|执行|监督 + 财务|报销|内部|资金', to: ['制度|流程 + 建立|制定|完善|健全|执行|监督 + 财务|报销|内部|资金|现金'] },
  { since: 5, duty: 'tech.support', from: '支持 + 技术|上线|用户|业务|系统', to: ['支持 + 技术|上线|用户|系统 + !发展|拓展|增长'] },
  { since: 5, duty: 'tech.support', from: '售前技术|技术咨询|客户支持|技术交流|解决方案|故障处理', to: ['售前技术|技术咨询|客户支持|技术交流|故障处理', '解决方案 + 客户|售前|提供给|演示|讲解'] },
];
