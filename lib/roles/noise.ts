import { cleanItem } from '../text/items';
import { normalizeForMatch } from '../text/normalize';

/**
 * Items of an ad's duty list that are not duties, set aside before the comparison so they are
 * neither counted as covering a duty nor listed as "extra": empty fragments (`_x000d_`), section
 * headings that slipped into the list (任职要求：), pay and benefit lines, requirement lines
 * (学历, years of experience) and "other work as assigned". The extraction engine removes most
 * page furniture already; this is the comparison's own, conservative guard: a line that names an
 * activity someone does (办理社保, 核算工资) is never noise, even when it speaks of pay.
 *
 * Clauses that state a skill or familiarity (熟悉平台规则, 具备…能力) are not activities either:
 * skillClause() lets the comparison skip them inside an otherwise real duty.
 */

export type NoiseReason = 'empty' | 'heading' | 'pay' | 'requirement' | 'assigned';

const EXCEL_CR = /_x000d_/gi;

// Section headings ads use, alone on a line (optionally with a bracketed note or a colon).
const HEADING =
  /^(?:岗位|工作|职位|职务)?(?:职责|描述|内容|要求|说明|任职要求|任职资格|任职条件|职位要求|岗位要求|福利待遇|薪资福利|薪酬福利|福利|待遇|我们提供|加分项|优先条件|工作经验|专业技能|个人素质|能力要求|工作时间|工作地点|职位福利)(?:[(（].*[)）])?[:：]?$/u;

// A doer's verb: a line with one of these describes work, whatever else it mentions.
const ACTIVITY = /负责|办理|缴纳|核算|计算|发放|管理|处理|统计|制定|执行|组织|审核|申报|协助|跟进|对接|维护|策划|设计|制作|撰写|编写|分析|开发|测试|运营|推广|采购|盘点|打包|发货|接待|解答/u;

const PAY_WORD = /薪|工资|底薪|提成|奖金|补贴|收入|待遇|年终奖|绩效奖/u;
const MONEY = /\d\s*(?:k|千|万|元|块)|[￥¥$]\s*\d|\d+\s*[-~至到]\s*\d+\s*(?:k|千|万|元)/iu;
const BENEFITS = /五险一金|六险一金|五险|社保|包吃住|包食宿|包住|双休|单休|大小周|带薪年假|年假|节日福利|下午茶|员工旅游|团建|餐补|房补|交通补|周末休|法定节假日|朝九晚|上班时间|工作时间|休息时间/u;
const BENEFIT_HEAD = /^(?:薪资待遇|福利待遇|薪酬福利|薪资福利|薪酬待遇|福利|待遇|薪资|薪酬|工资|工作时间|上班时间|工作地点|工作地址|地址|休息|假期)[:：]/u;

// A job title alone on a line ("平面设计师", "电商运营专员"): the ad's heading, not a duty. A short
// line that does something to people ("带领组员", "协助经理") is a duty; 员 alone also ends their
// objects (店员, 组员), so it is not a title ending here.
const TITLE_ONLY = /^[\p{Script=Han}a-z0-9 /+]{1,10}(?:师|专员|主管|经理|总监|助理|实习生|组长)$/u;
const PEOPLE_VERB = /负责|协助|配合|带领|管理|培训|培养|指导|招聘|对接|汇报|支持|考核/u;

const REQUIREMENT = /学历|本科|大专|中专|硕士|博士|专业毕业|相关专业|年以上|年及以上|以上经验|工作经验|经验优先|优先考虑|年龄|\d{2}\s*[-~至到]\s*\d{2}\s*岁|周岁|证书|持证/u;

const ASSIGNED =
  /(?:上级|领导|主管|公司|部门|经理)(?:临时)?(?:交办|交代|交待|安排|分配|分发|指派)的?(?:其他|其它)?(?:相关)?(?:工作|任务|事项|事务|事宜)|^(?:完成|做好|负责|以及|及)?(?:其他|其它)(?:相关|临时)?.{0,10}(?:工作|事项|事务|任务|事宜|类)/u;

/** Whether a text (in comparison form) names a doer's activity. */
export function namesActivity(norm: string): boolean {
  return ACTIVITY.test(norm);
}

/** Why an item is not a duty, or null when it is one. */
export function noiseReason(item: string): NoiseReason | null {
  const text = cleanItem(item.replace(EXCEL_CR, ' ')).trim();
  const norm = normalizeForMatch(text);
  if (!/[\p{L}\p{N}]/u.test(norm)) return 'empty';
  if (HEADING.test(norm.replace(/\s+/g, ''))) return 'heading';
  const activity = ACTIVITY.test(norm);
  if (TITLE_ONLY.test(norm.replace(/[。.;；:：]+$/u, '')) && !PEOPLE_VERB.test(norm)) return 'heading';
  if (BENEFIT_HEAD.test(norm)) return 'pay';
  if (!activity && ((PAY_WORD.test(norm) && MONEY.test(norm)) || BENEFITS.test(norm))) return 'pay';
  if (!/^负责/u.test(norm) && REQUIREMENT.test(norm) && !/职责/u.test(norm)) return 'requirement';
  if (norm.length <= 40 && ASSIGNED.test(norm)) return 'assigned';
  return null;
}

// A clause that states what the candidate knows or is like, not what they do.
const SKILL_OPENING = /^(?:熟悉|熟练|熟知|了解|掌握|精通|具备|具有|拥有|有较强|较强的|善于|擅长|懂得|懂|对.{1,24}(?:敏感|熟悉|有热情|感兴趣)|热爱|喜欢|性格|为人|责任心|抗压)/u;

// 了解 is also a doer's verb: finding out what changes (了解客户需求, 了解竞品动态) is work done on the
// job, where knowing rules or tools (了解平台规则) is what the candidate brings.
const FINDING_OUT = /^了解.{0,12}(?:需求|动态|情况|反馈|进度|进展|行情|趋势|变化|意见|问题|信息|方案)/u;

/** Whether a clause (in comparison form) states a skill, knowledge or attitude rather than an activity. */
// "有…经验/经历": what the candidate has done before, a requirement that slipped into the duties.
const EXPERIENCE = /^(?:有(?!效|序|针对|计划|力|利)|曾|拥有|具有|具备).{0,30}(?:经验|经历|知识|敏感度|功底|基础)|(?:经验|经历)(?:者)?优先/u;

export function skillClause(norm: string): boolean {
  const t = norm.trim();
  return (SKILL_OPENING.test(t) && !FINDING_OUT.test(t)) || EXPERIENCE.test(t);
}

// What the candidate can do ("能敏锐判断…", "能够独立完成…"): after a skill clause it goes on
// listing skills; on its own it may well describe the work, so it is read as a skill only there.
const ABILITY = /^(?:能够|能|可以|可|会)/u;

/** Whether a clause (in comparison form) states an ability, which continues a skill clause before it. */
export function abilityClause(norm: string): boolean {
  return ABILITY.test(norm.trim());
}

// The rules the work follows, not the work ("依据法律、法规和财务制度", "按照公司有关规定").
const BASIS = /^(?:依据|根据|按照|遵照|遵守|遵循|按).{0,30}(?:法律|法规|制度|规定|规范|准则|政策)$/u;

/** Whether a clause (in comparison form) only names the rules the work follows. */
export function basisClause(norm: string): boolean {
  return BASIS.test(norm.trim());
}

// The same inside a clause: "按项目管理规范编写技术文档" is writing documents, not managing projects.
const BASIS_PHRASE = /(?:依据|根据|按照|遵照|遵循|遵守|按)[^，,、]{1,16}?(?:规范|制度|规定|准则|政策|法规)/gu;

/**
 * The clause with the rules it follows blanked out (same length, so positions in it are positions
 * in the clause): what a phrasing is matched against.
 */
export function withoutBasis(norm: string): string {
  return norm.replace(BASIS_PHRASE, blank).replace(EXCEPT_PHRASE, blank);
}

// What the clause leaves out: "策划除图文内容外的运营活动" is not about the written content.
const EXCEPT_PHRASE = /除(?:了)?[^，,]{1,16}?(?:之外|以外|外)/gu;
const blank = (m: string) => '\u3000'.repeat(m.length);

// A clause that states a result to reach rather than work to do: "提升品牌知名度", "确保库存准确",
// "对店铺销售额负责". Cutting costs (降低成本) is work, so it is not among these verbs.
const GOAL_OPENING = /^(?:负责|努力|不断|持续|有效|积极|全面|进一步|以|从而|并|同时|及时|以此|力求|致力于?)?(?:提升|提高|增加|增强|促进|确保|保证|保障|保持|做到|实现|达成|推动|拉动|扩大|带动|助力|追求|争取|力争|改善|增长)/u;
const OWNS_RESULT = /^对.{1,30}负责$/u;

/**
 * Whether a clause (in comparison form) only states a goal. A goal alone covers no duty, unless
 * the duty is itself about owning targets (see cover.ts).
 */
// "确保采购成本控制在合理范围内" opens like a goal but names the work (controlling costs).
const WORK_IN_GOAL = /控制|管控|跟进|跟踪|执行/u;

export function goalClause(norm: string): boolean {
  const t = norm.trim();
  return (GOAL_OPENING.test(t) && !WORK_IN_GOAL.test(t)) || OWNS_RESULT.test(t);
}
