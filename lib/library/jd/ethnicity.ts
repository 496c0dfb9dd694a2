import { before, clauseAround, CUE_AT_END, isCjk, scan, WAIVER } from './context';
import type { Hit, JdRule, RuleInput } from './types';

/**
 * Ethnicity (就业促进法 第3、28条; 人力资源市场暂行条例 第24条): an ethnic group named as a
 * condition (汉族, 限汉族, 民族：汉), or excluded (少数民族勿扰). Write the real need (a language)
 * instead.
 *
 * Not: 民族不限; place names (管城回族区, 新疆驻场); words that end in 族 without naming a people
 * (家族, 上班族, 月光族, 大族 the laser brand); 民族 as "national" (民族汽车制造业).
 */

const GROUPS = '汉|回|藏|维吾尔|维|蒙古|蒙|苗|彝|壮|满|朝鲜|土家|哈萨克|傣|黎|瑶|侗|布依|白|哈尼|傈僳|畲|东乡|纳西|羌|锡伯|撒拉|柯尔克孜|达斡尔|仫佬|土|景颇|仡佬|高山|水|拉祜|佤|毛南|塔吉克|普米|阿昌|怒|鄂温克|京|基诺|德昂|保安|裕固|俄罗斯|乌孜别克|门巴|鄂伦春|独龙|赫哲|珞巴|塔塔尔';
const ETHNIC = new RegExp(`(?:${GROUPS})族(?![区县乡镇州旗村自群馆箱])`, 'g');
const LABEL = /民族\s*(?:要求|限制)?\s*[:：]\s*(?:限)?\s*[\u4e00-\u9fa5]{1,4}/g;
const EXCLUDED = /(?:少数民族|新疆人|西藏人|藏区人|维吾尔族|回民|[\u4e00-\u9fa5]{1,3}族人)[^，,。；;]{0,6}?(?:勿扰|勿投|除外|不考虑|谢绝|不招|不收|免谈|不要)/g;
// Characters that, in front of a group name, make another word: 家族, 大族, 上班族, 月光族, 追星族.
const OTHER_WORD_PREV = /[家大班光星贵宗氏水亲部望士种民血同异外]$/;

function find({ norm }: RuleInput): Hit[] {
  if (!norm.includes('族')) return [];
  const cue = CUE_AT_END;
  const named = scan('group-named', ETHNIC, norm, (start, end) => {
    const prev = before(norm, start, 6);
    // A one-character group (汉, 回, 白, 水…) counts only as a word of its own or after a cue.
    if (isCjk(prev.slice(-1)) && !cue.test(prev) && (OTHER_WORD_PREV.test(prev) || end - start <= 2)) return false;
    return !WAIVER.test(clauseAround(norm, start, end).text);
  });
  const labelled = scan('label', LABEL, norm, (start, end) => !WAIVER.test(clauseAround(norm, start, end).text));
  const excluded = scan('excluded', EXCLUDED, norm);
  return [...named, ...labelled, ...excluded];
}

export const ETHNICITY_RULES: JdRule[] = [
  {
    id: 'ethnicity',
    category: 'ethnicity',
    severity: 'forbidden',
    inDuties: false,
    find,
    reason: {
      zh: '招聘信息不得含有民族歧视性内容（就业促进法第3、28条；人力资源市场暂行条例第24条）。如岗位需要某种语言，请直接写明语言要求。',
      en: 'A job ad may not discriminate by ethnicity (Employment Promotion Law arts. 3 and 28; Human Resources Market Regulations art. 24). If the job needs a language, ask for the language.',
    },
  },
];
