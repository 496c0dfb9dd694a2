import { before, CJK, clauseAround, EXCLUDE_AFTER, opensClause, scan, TEAM, WAIVER } from './context';
import type { Hit, JdRule, RuleInput } from './types';

/**
 * Appearance: looks, figure, height, weight, tattoos or scars as conditions. No statute names them,
 * but they go against the equal-employment principle (就业促进法 第3条); `discouraged`, and only
 * advice for on-camera and stage jobs (see on-camera.ts).
 *
 * Looks are a head noun (形象, 外形, 相貌, 品貌, 五官, 仪表, 容貌, 颜值, 身材…) with a judgement
 * word on either side: after it (形象气质佳, 五官端正, 颜值ok, 皮肤状态较好) or before it, also when
 * one judgement covers a list (良好的A、B和个人形象). Heights in cm, metres or a bare number where
 * a height stands (身高1米73, 155以上). Not: grooming and dress (注意仪容仪表), attitude and
 * character (端正的工作态度, 品性端正), a brand's or a site's image (品牌形象, 形象展示), product
 * shape (外形设计), instruments (仪表图), the team (漂亮小姐姐), a statutory weight formula
 * (标准体重).
 */

const HEAD = '外在形象|个人形象|形象|外形|外貌|外表|相貌|长相|长得|容貌|品貌|五官|仪表|样貌|颜值|面容|面相|身材|身形|体型|形体|皮肤|肤色|气质|卖相|模样';
const JUDGE = '良好|较好|很好|好看|好|佳|端正|端庄|出众|ok|靓丽|姣好|甜美|清秀|俊朗|俊秀|帅气|漂亮|美丽|优美|优雅|不错|出色|突出|阳光|高|匀称|苗条|高挑|标准|健美|适中|靓|美';
// Head (and a second head, 形象气质) then its judgement: 形象好, 形象气质佳, 皮肤状态较好, 颜值ok.
const HEAD_THEN_JUDGE = new RegExp(`(?:${HEAD})(?:\\s*[、和与及/]?\\s*(?:${HEAD}|状态|条件|性格|素质|整体|方面|仪态|谈吐))?\\s*(?:要|需|须)?\\s*(?:较|很|非常|比较|相对|一定要|俱|均|都)?\\s*(?:${JUDGE})(?!端|级|档|效|度|化|术|工|容|观|食|甲|发|展|感|大上)(?![${CJK}]*?(?:设计|的产品|的商品))`, 'g');
// A judgement then, within its clause, the head: 良好的个人形象, 良好的沟通能力、亲和力和外在形象.
const JUDGE_THEN_HEAD = new RegExp(`(?<![爱喜友])(?:良好|较好|好|佳|端正|端庄|出众|姣好|靓丽|甜美|清秀|帅气|漂亮|美丽|优美|阳光)的([^，,。；;！!？?]{0,14}?)(?:${HEAD})`, 'g');
// What a head with a judgement is about when it is not the applicant's looks.
const NOT_LOOKS_BEFORE = /(?:品牌|企业|公司|店铺|门店|产品|商品|视觉|城市|团队|页面|包装|网站|店面|职业|专业|声音|人员|员工|他人|客户|顾客)\s*$/;
const NOT_LOOKS_AFTER = /^\s*(?:设计|展示|建设|管理|宣传|推广|意识|塑造|包装|维护|图|检查|要求|表率|榜样|代言|大使)/;
const GROOMING_BEFORE = /(?:注意|注重|保持|维护|塑造|提升|树立|打造|展示|建立|管理|检查)[^，,。；;]{0,4}$/;

const NUM_HEIGHT = String.raw`(?:1[4-9]\d(?:\.\d)?|1\.[4-9]\d?|1\s*米\s*[4-9]\d?)`;
const HEIGHT_LABELLED = new RegExp(String.raw`净?身高\s*(?:要求)?\s*[:：]?\s*(?:在|需|须|要)?\s*(?:(?:男|女)(?:性|生|士)?\s*)?${NUM_HEIGHT}\s*(?:cm|厘米|公分|米|m)?\s*(?:(?:-|~|至|到)\s*${NUM_HEIGHT}\s*(?:cm|厘米|公分|米|m)?)?\s*(?:以上|及以上|以下|左右|起|之间|上下)?`, 'g');
const HEIGHT_BARE = new RegExp(String.raw`(?<![\d.])${NUM_HEIGHT}\s*(cm|厘米|公分)?\s*(以上|及以上|以下|左右|起)?`, 'g');
const WEIGHT = /(?<!标准)体重\s*(?:要求)?\s*[:：]?\s*(?:在|不超过|不高于|低于)?\s*\d{2,3}\s*(?:斤|kg|公斤|千克)?\s*(?:(?:-|~|至|到)\s*\d{2,3}\s*(?:斤|kg|公斤|千克)?)?\s*(?:以内|以下|以上|左右)?/g;
// Not the trade itself: 纹身师, 无纹身经验可培训, 疤痕修复.
const TATTOO = /(?:(?:无(?![论须需关法])|没有|不能有|不得有|不可有|不接受|拒绝)[^，,。；;！!？?]{0,12}?(?:纹身|文身|刺青|纹绣|伤疤|疤痕|烟疤)|(?:纹身|文身|刺青))(?!师|店|馆|经验|技术|技艺|行业|设计|图案|修复|祛除|治疗|培训)/g;

// 团队颜值高, 同事个个帅气: a boast about the staff.
const THE_STAFF = new RegExp(`${TEAM}|同事|伙伴|小姐姐|小哥哥|美女|帅哥|员工|我们`);

function looks(norm: string): Hit[] {
  const keep = (start: number, end: number) => {
    if (NOT_LOOKS_BEFORE.test(before(norm, start, 4)) || GROOMING_BEFORE.test(before(norm, start, 8))) return false;
    if (THE_STAFF.test(clauseAround(norm, start, end).text)) return false;
    return !NOT_LOOKS_AFTER.test(norm.slice(end, end + 4));
  };
  const judged = scan('looks', HEAD_THEN_JUDGE, norm, keep);
  const listed = scan('looks-judged-before', JUDGE_THEN_HEAD, norm, (start, end, m) => !NOT_LOOKS_BEFORE.test(m[1]!) && !/品牌|企业|公司|产品|店铺|职业|专业|商务|礼仪/.test(m[1]!) && keep(end, end));
  return [...judged, ...listed];
}

function height(norm: string): Hit[] {
  const labelled = scan('height', HEIGHT_LABELLED, norm, (start, end) => /\d/.test(norm.slice(start, end)));
  const bare = scan('height-bare', HEIGHT_BARE, norm, (start, end, m) => {
    if (labelled.some((h) => start < h.end && h.start < end)) return false;
    const [, unit, qualifier] = m;
    if (!unit && !qualifier) return false;
    // The number must stand where a height stands: opening a clause or after 男/女, and nothing
    // that makes it a price, a count or a size (155元, 180平).
    if (!/^\s*(?:$|[，,。；;、)）(（]|\s)/.test(norm.slice(end))) return false;
    return opensClause(norm, start) || /(?:男|女|净高|身高|高)(?:性|生|士)?\s*$/.test(before(norm, start, 3));
  });
  return [...labelled, ...bare];
}

function tattoos(norm: string): Hit[] {
  return scan('tattoo', TATTOO, norm, (start, end) => {
    const text = norm.slice(start, end);
    if (/^(?:纹身|文身|刺青)$/.test(text)) return EXCLUDE_AFTER.test(norm.slice(end, end + 8));
    return !WAIVER.test(clauseAround(norm, start, end).text);
  });
}

const ANY_HEAD = new RegExp(HEAD);

function find({ norm }: RuleInput): Hit[] {
  // Most items name no looks, hold no number and no tattoo: skip the scans that could not match.
  const hits = ANY_HEAD.test(norm) ? looks(norm) : [];
  if (/\d/.test(norm)) hits.push(...height(norm), ...scan('weight', WEIGHT, norm));
  if (/纹|文身|刺青|疤/.test(norm)) hits.push(...tattoos(norm));
  return hits;
}

export const APPEARANCE_RULES: JdRule[] = [
  {
    id: 'appearance',
    category: 'appearance',
    severity: 'discouraged',
    inDuties: false,
    find,
    reason: {
      zh: '以身高、相貌、体重或纹身为条件有外貌歧视风险，岗位确实需要时才可提出（就业促进法第3条的平等就业原则）。',
      en: 'Height, looks, weight or tattoos as conditions risk appearance discrimination; ask for them only where the job truly needs it (equal-employment principle, Employment Promotion Law art. 3).',
    },
  },
];
