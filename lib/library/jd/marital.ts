import { after, before, BENEFIT, clauseAround, CUE_BEFORE, DESCRIBES_OTHERS, EXCLUDE_AFTER, HAS_CUE, PREFER_AFTER, scan, WAIVER } from './context';
import type { Hit, JdRule, RuleInput } from './types';

/**
 * Marital and childbearing status (妇女权益保障法 第43条; 就业促进法 第27条; applied to men
 * alike): a status as a condition or preference, or a question about it.
 *
 * A status word (已婚, 未婚, 已育, 已成家, 婚否…) is a condition wherever it stands, unless its
 * clause waives it or is about a benefit. Words that also name people in other roles (单身, 宝妈,
 * 夫妻, 孕妇) count only with a cue: a preference, a requirement or an exclusion (夫妻工优先,
 * 限单身, 孕妇勿扰); without one they are perks (单身派对), housing (单身可提供住宿), an inclusive
 * offer (接受宝妈, 可以是夫妻) or the work itself (孕妇和新生儿的护理).
 */

const STATUS = /已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|离异|丧偶|[已以]成家|未成家|已生育|未生育|已生[子孩]|婚否|婚姻状况|婚姻状态|婚育状况|婚育情况|生育状况|生育情况/g;
const SOFT = /单身|宝妈|宝爸|全职妈妈|妈妈|夫妻(?:工|档|俩)?|两口子|情侣|孕妇|孕期|哺乳期|有(?:过)?生育经验|生过孩子|有(?:小孩|孩子)/g;
const PREGNANCY = /(?:非|未|无|不在|不能)\s*(?:怀孕|孕期|妊娠|哺乳期)|孕检|妊娠测试|(?:近|一|二|两|三|五|[0-9])\s*年内(?:不|无)\s*(?:生育|要孩子|生孩子|怀孕)(?:计划)?|(?:无|没有)\s*(?:生育|怀孕)计划|生育(?:计划|要求)/g;

const SOFT_CUE = new RegExp(`${CUE_BEFORE}\\s*[:：]?\\s*(?:是)?\\s*$`);

function statusWords(norm: string): Hit[] {
  return scan('status', STATUS, norm, (start, end) => {
    const clause = clauseAround(norm, start, end).text;
    return !WAIVER.test(clause) && !BENEFIT.test(clause) && !describesOthers(clause);
  });
}

function describesOthers(clause: string): boolean {
  return DESCRIBES_OTHERS.test(clause) && !HAS_CUE.test(clause);
}

function softWords(norm: string): Hit[] {
  return scan('cued-soft-word', SOFT, norm, (start, end) => {
    const rest = after(norm, end, 10);
    const excluded = EXCLUDE_AFTER.test(rest);
    if (!(SOFT_CUE.test(before(norm, start, 6)) || PREFER_AFTER.test(rest) || excluded)) return false;
    const clause = clauseAround(norm, start, end).text;
    return excluded || (!WAIVER.test(clause) && !BENEFIT.test(clause));
  });
}

function find({ norm, section }: RuleInput): Hit[] {
  // Duties handle pregnant women and couples as clients; only an explicit pregnancy condition counts.
  const pregnancy = scan('pregnancy', PREGNANCY, norm);
  if (section === 'duties') return pregnancy;
  return [...statusWords(norm), ...softWords(norm), ...pregnancy];
}

export const MARITAL_RULES: JdRule[] = [
  {
    id: 'marital',
    category: 'marital',
    severity: 'forbidden',
    inDuties: true,
    find,
    reason: {
      zh: '不得询问或限制婚育状况，也不得把婚育、妊娠作为录用条件（妇女权益保障法第43条；就业促进法第27条）。',
      en: "A job ad may not ask about or restrict marital or childbearing status, or make pregnancy a condition (Women's Rights Law art. 43; Employment Promotion Law art. 27).",
    },
  },
];
