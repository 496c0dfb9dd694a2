import { before, clauseAround, EXCLUDE_AFTER, scan, WAIVER } from './context';
import type { Hit, JdRule, RuleInput } from './types';

/**
 * Health: hepatitis B or HIV (就业促进法 第30条; 人社部等2010年通知 bars hepatitis B testing in
 * hiring; 艾滋病防治条例 第3条); blanket disease conditions (无传染病, 无重大疾病, 无前科及重大疾病:
 * words may sit between the negation and the disease, as in a list of exclusions), a disease
 * history to disclose, mental illness, and disability or hearing conditions (就业促进法 第29条;
 * 残疾人保障法 第38条).
 *
 * A blanket infectious-disease condition counts even in food or public-place jobs: there the law
 * asks for a health certificate, which is lawful (持有健康证) and names the diseases itself.
 * Not: generic 身体健康; fitness for the work; a check-up that names no condition; inclusive offers
 * (残疾人优先, 可接受肢体残疾); medical fields and duties; benefits (重大疾病互助基金); 精神面貌.
 * Conditions other than infectious ones are lawful where a statute ties them to the job: special
 * operations and work at height, occupational contraindications, driving, flying, the military.
 */

const NEGATION = /(?:无(?![论须需关法限偿缝人线])|没有|不能有|不得有|不可有|不能患有?|不得患有?|未患有?|未曾患有?|不接受|拒绝)/;
const INFECTIOUS = '传染性?病史?|传染性?疾病|传染病|肺结核|结核病|性病|梅毒';
const OTHER_CONDITION =
  '重大疾病|重大病史|严重疾病|疾病史|病史|疾病|大病|重病|慢性病|遗传病|遗传性疾病|先天性疾病|先天疾病|精神病史?|精神疾病|心理疾病|癫痫|心脏病|高血压|糖尿病|哮喘|皮肤病|肝病|肝炎|(?:残疾|残障)(?!人?证)|听力障碍|聋哑|智力障碍|抑郁症|器质性病变';
const INFECTIOUS_WORD = new RegExp(`^(?:${INFECTIOUS})$`);
const NEGATED = new RegExp(`${NEGATION.source}([^，,。；;！!？?\\n]{0,16}?)(${INFECTIOUS}|${OTHER_CONDITION})`, 'g');
const HEPATITIS_HIV = /乙肝|乙型肝炎|hbsag|大三阳|小三阳|两对半|艾滋|(?<![a-z])hiv(?![a-z])/g;
const DISCLOSE = /(?:告知|说明|申报|填写|告诉|提供|如实)[^，,。；;]{0,6}?(?:既往病史|病史|疾病史|既往疾病|患病情况|疾病情况)/g;
const WHOLE_BODY = /身体健全|肢体健全|四肢健全|五官健全|身体无残疾|肢体无残疾/g;
const DISABILITY_EXCLUDED = /(?:残疾|残障|聋哑)(?:人|者|人士)?/g;
const NO_DISABLED = /(?:不招|不收|不接受|谢绝)\s*(?:残疾|残障|聋哑)/g;

// Where a statute sets the health standard for the job itself.
const STATUTORY_JOB = /高空|高处|登高|恐高|特种作业|禁忌|驾驶员|驾驶证|驾照|司机|飞行|民航|机长|潜水|井下|爆破|电工|军人|部队|武警|民兵|预备役|入伍|征兵|国防/;
// Medicine as a field or a service, vaccines as a benefit, and saying there is no test.
const MEDICAL_OR_OFFER = /疫苗|接种|治疗|诊疗|诊断|防治|科室|门诊|研究|药|患者|病人|不查|不检|无需|不需|不做|不要求|不歧视/;

const DISABILITY_HEAD = /残疾|残障|聋哑|听力障碍|智力障碍/;

// A negation, or a word for disability: the readings below need one (most items have none).
const ANY_CUE = /无|没有|不能|不得|不可|未患|未曾|不接受|拒绝|残|聋|健全|告知|说明|申报|填写|告诉|提供|如实/;

function negatedConditions(norm: string, title: string, disability: boolean): Hit[] {
  if (!ANY_CUE.test(norm)) return [];
  const statutory = STATUTORY_JOB.test(norm) || STATUTORY_JOB.test(title);
  return scan('negated-condition', NEGATED, norm, (start, end, m) => {
    if (DISABILITY_HEAD.test(m[2]!) !== disability) return false;
    const clause = clauseAround(norm, start, end).text;
    if (WAIVER.test(clause) && !/亦可|也可/.test(clause)) return false;
    const infectious = INFECTIOUS_WORD.test(m[2]!);
    return infectious || !statutory;
  });
}

function hepatitis({ norm }: RuleInput): Hit[] {
  return scan('hepatitis-hiv', HEPATITIS_HIV, norm, (start, end) => {
    const clause = clauseAround(norm, start, end).text;
    return !MEDICAL_OR_OFFER.test(clause) && !/携带者?\s*(?:亦|也|均|都)可/.test(clause);
  });
}

function history({ norm, title }: RuleInput): Hit[] {
  if (!ANY_CUE.test(norm)) return [];
  // 为患者提供病史记录: someone else's history is the work, not the applicant's.
  const disclose = scan('disclose-history', DISCLOSE, norm, (start, end) => !/患者|病人|客户|顾客|家属|采集|记录|询问/.test(clauseAround(norm, start, end).text));
  return [...negatedConditions(norm, title, false), ...disclose];
}

function disability({ norm, title }: RuleInput): Hit[] {
  if (!ANY_CUE.test(norm)) return [];
  const statutory = STATUTORY_JOB.test(norm) || STATUTORY_JOB.test(title);
  return [
    ...negatedConditions(norm, title, true),
    ...(statutory ? [] : scan('whole-body', WHOLE_BODY, norm)),
    ...scan('excluded', DISABILITY_EXCLUDED, norm, (_s, end) => EXCLUDE_AFTER.test(norm.slice(end, end + 8))),
    ...scan('refused', NO_DISABLED, norm, (start) => !/可|能/.test(before(norm, start, 2))),
  ];
}

export const HEALTH_RULES: JdRule[] = [
  {
    id: 'health-hepatitis',
    category: 'health',
    severity: 'forbidden',
    inDuties: false,
    find: hepatitis,
    reason: {
      zh: '不得以乙肝表面抗原携带、HIV 感染等为由拒绝录用，招聘与入职体检不得要求乙肝检测（就业促进法第30条；人社部等2010年通知；艾滋病防治条例第3条）。',
      en: "Hepatitis B or HIV status may not be a hiring condition, and hiring checks may not test for hepatitis B (Employment Promotion Law art. 30; 2010 ministries' notice; AIDS Regulations art. 3).",
    },
  },
  {
    id: 'health-disability',
    category: 'health',
    severity: 'forbidden',
    inDuties: false,
    find: disability,
    reason: {
      zh: '不得歧视残疾人（就业促进法第29条；残疾人保障法第38条）。如岗位确有身体条件要求，请写明具体工作内容。',
      en: 'A job ad may not exclude people with disabilities (Employment Promotion Law art. 29; Disability Law art. 38). Describe the physical work instead if the job needs it.',
    },
  },
  {
    id: 'health-history',
    category: 'health',
    severity: 'discouraged',
    inDuties: false,
    find: history,
    reason: {
      zh: '以病史、传染病或某种疾病为条件有健康歧视风险（就业促进法第30条）。食品、公共场所等岗位依法需要健康证时，请直接写“持有健康证”。',
      en: 'Excluding people by medical history, infectious or other disease risks health discrimination (Employment Promotion Law art. 30). Where the law requires a health certificate (food, public venues), ask for that certificate.',
    },
  },
];
