import { toHalfWidth, toSimplified } from '../text/normalize';
import { memoized } from './memo';

/**
 * Content evidence: does an item read as a duty (what the person will do) or a requirement (what
 * the person must have)? Positive scores mean duty, negative requirement; 0 means no evidence.
 * An item's opening words weigh most (负责… / 熟悉…); cues anywhere in it weigh less. The splitter
 * trusts headings and only lets this evidence decide where headings are missing or plainly wrong.
 */

// How an item opens. Chinese ads put the verb (duty) or the quality (requirement) first.
const DUTY_START =
  /^(全面)?(负责(?!任)|主导|主持|协助|配合|参与|制定|完成|推动|推进|执行|组织|统筹|规划|策划|搭建|建立|构建|带领|管理|维护|跟进|跟踪|对接|处理|监控|监督|审核|撰写|编写|编辑|收集|整理|汇总|研究|分析|实现|提升|提高|改进|拓展|开拓|挖掘|维系|定期|承担|落实|保障|确保|指导|培训|打造|输出|产出|支持|支撑|协调|联系|接待|解答|回复|领导交办|上级交办|完成上级|其他|日常|开展|运营|操作|设计|开发|研发|测试|部署|参加|安排|发布|上架|制作|拍摄|剪辑|直播|选品|采购|核对|录入|统计|监测|做好|独立完成|为.{1,12}提供|通过|根据|针对|结合|基于|围绕|优化|对.{1,20}(进行|负责)|编制|利用|按照|依据|解决|完善(?!的)|保持|运用|整合|辅助|检查|调研|接听|应用|保证|严格执行|合理安排|进行|持续|协同|记录|受理|接受(?=.{0,6}(咨询|投诉|订单|委托|预约|报修))|办理|登记|申报|核算|盘点|验收|(?:打包|发货|收货|拣货|配货|理货|分拣|发放|出库|入库|装卸|搬运)(?![员工师手])|查看|收取|按规定|按要求|[与和同].{1,12}?(合作|协作|沟通|配合|对接|协调))/;
const REQ_START =
  /^(\d+\s*[-~至到]\s*\d+\s*周?岁|\d+\s*周?岁|男生|女生|勤奋|(全日制|统招)?(本科|大专|专科|硕士|博士|研究生|高中|中专|中技|大学|学历|[一二三四五六七八九十两\d.]+年|至少|具有|具备|拥有|需具备|需有|要求|必须|熟悉|精通|熟练|掌握|了解|懂|擅长|善于|能够熟练|会使用|能熟练|良好的|优秀的|较强的|很强的|强烈的|出色的|扎实的|较好的|一定的|性格|形象|身体|年龄|男女不限|女性|男性|女士|男士|限|工作认真|责任心|吃苦耐劳|为人|品行|诚实|热爱|思路清晰|思维|逻辑|学习能力|抗压|积极|踏实|细心|耐心|态度|英语|英文|普通话|cet|相关专业|专业不限|计算机(相关)?专业|.{0,10}专业(毕业|优先|背景|以上)|有.{0,40}(经验|能力|经历|背景|基础|意识|证|作品|资源|优先)|对.{1,20}(敏感|感兴趣|兴趣|热情|热爱|有(深刻|深入|一定|较深))))/;
const REQ_ANY = /(优先|加分|尤佳|更佳|为佳|以上学历|及以上|学历|\d+年以上|年以上|经验|能力|精神|意识|证书|资格证|专业|熟悉|精通|熟练|掌握|善于|擅长|较强|良好)/g;
const DUTY_ANY = /(负责|交办|(交代|布置|分配|安排)的其[他它]|完成.{0,10}(任务|目标|指标|工作)|制定|执行|跟进|维护|策划)/g;

const EN_DUTY_START =
  /^(own|lead|manage|build|design|develop|drive|create|deliver|work (with|closely|cross)|collaborate|partner|ensure|maintain|support|implement|define|write|review|mentor|coordinate|oversee|monitor|analy[sz]e|identify|conduct|prepare|plan|execute|run|handle|respond|provide|report|assist|help|participate|contribute|establish|improve|optimi[sz]e|track|you('ll| will)|responsible for|be responsible)\b/;
const EN_REQ_START =
  /^(\d+\+?\s*(years?|yrs)|at least|minimum|min\.?|bachelor|master|phd|degree|diploma|proficien|familiar|experience (with|in)|(strong|excellent|solid|deep|good|proven|demonstrated|hands-on|working|great|outstanding|exceptional) |knowledge|understanding|ability|able to|fluen|must|a passion|passion|you have|you are|comfortable|background in|track record|certification|certified|eligib|right to work|a (degree|bachelor)|expertise|excellent|self-motivated|detail-oriented|willing)/;
const EN_REQ_ANY = /(years of|experience|degree|preferred|a plus|nice to have|proficien|knowledge of|skills)/g;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

// The splitter asks about the same item several times (heading shape, lead-ins, section ends,
// content evidence): scores are kept.
/** The comparison form of an item (Simplified, half-width, lower case), shared with noise.ts. */
export const itemForm = memoized((item: string) => toSimplified(toHalfWidth(item)).trim().toLowerCase());
const scoreMemo = memoized((item: string) => scoreOf(itemForm(item)));

/** Duty (+) versus requirement (−) evidence of one item (without its marker). */
export function itemScore(item: string): number {
  return scoreMemo(item);
}

// 积极 before a verb is how the duty is done (积极拓展客户), not a trait (积极主动): read the verb.
const ACTIVE_ADVERB = /^积极(?=拓展|开拓|推进|推动|参与|配合|协助|跟进|开发|联系|寻找|挖掘|维护)/;

// A verb with 过 in the opening words is experience asked for, not the duty: "主导开发过大型项目",
// "做过直播运营" (通过, 超过, 经过, 不过 and 过程 are other words).
const DONE_BEFORE = /^[\u4e00-\u9fff]{1,5}?(?<![通超经不越跳错])过(?![程滤渡往于度量期节年去])/;

// A clause of the item's own that is a duty: 负责 and the task ("熟悉仓库业务，负责物料登记"), not
// experience (负责过) nor a trait (认真负责；). The requirement's words that open such an item are
// the duty's context, and the item is that duty: of the 11 such items in the dev ads, 4 stand under
// a duties or description heading and 6 in lists without one, each naming a task; 1 under requirements.
// "负责大客户1年以上", "负责…的经验": having been responsible, which is experience asked for.
const RESPONSIBLE_BEFORE = /负责[^，,。；;]*?([\d一二两三四五六七八九十]+\s*年|经验|经历)/;
const DUTY_CLAUSE = /[，,]\s*(?:并|同时)?(?:主要)?负责(?![过任]|\s*[，,。；;！!]|\s*$)/;

// When and how often the duty is done, before its verb ("每天负责收货", "及时汇总…"): read the
// verb. Not on its own: "每月3万", "每周坐班4天" are pay and terms.
const WHEN_ADVERB = /^(每天|每日|每周|每月|及时|按时|实时|认真|主动|有效地?)/;
const withoutAdverb = (t: string) => {
  const rest = t.replace(WHEN_ADVERB, '');
  return rest !== t && DUTY_START.test(rest) ? rest : t;
};

function scoreOf(form: string): number {
  const t = withoutAdverb(form.replace(ACTIVE_ADVERB, ''));
  if (!t) return 0;
  let score = 0;
  const reqOpen = REQ_START.test(t);
  const dutyClause = reqOpen && DUTY_CLAUSE.test(t) && !RESPONSIBLE_BEFORE.test(t);
  if (DUTY_START.test(t) || EN_DUTY_START.test(t) || dutyClause) score += 3;
  if ((reqOpen && !dutyClause) || EN_REQ_START.test(t) || DONE_BEFORE.test(t)) score -= 3;
  score += Math.min(2, count(t, DUTY_ANY));
  score -= Math.min(2, count(t, REQ_ANY) + count(t, EN_REQ_ANY));
  return score;
}

// Words that open a requirement item without being one of REQ_START's phrases.
const EN_ITEM_WORD = /^(\d+\s*(-|–|to)\s*\d+\+?\s*(years?|yrs)|experience|familiarity|exposure|hands-on|comfortable|curious|collaborative|effective|certifi|advanced|basic|prior|previous|demonstrated|superior)\b/;

/** Whether English text (lower case) opens the way a duty or requirement item does. */
export function opensLikeItem(lower: string): boolean {
  return EN_DUTY_START.test(lower) || EN_REQ_START.test(lower) || EN_ITEM_WORD.test(lower);
}

/** Strong evidence: the opening words say it, and nothing in the item contradicts them. */
export const STRONG = 3;
