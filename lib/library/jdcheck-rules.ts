/**
 * The JD check's rules: what Chinese employment law forbids or discourages in a job ad. Patterns
 * run on the comparison form (Simplified, half-width, lower-case), so 性别：男, 性別：男
 * (Traditional) and 限　男性 (ideographic space) all match. Each rule names its legal basis in
 * its reason.
 *
 * Sources: 就业促进法 (2015) 第3、27-31条; 妇女权益保障法 (2022) 第43条; 人力资源市场暂行条例
 * (2018) 第24条; 人社部等九部门《关于进一步规范招聘行为促进妇女就业的通知》(2019); 人社部、教育部、
 * 卫生部《关于进一步规范入学和就业体检项目维护乙肝表面抗原携带者入学和就业权利的通知》(2010);
 * 艾滋病防治条例 第3条; 残疾人保障法 第38条.
 */
export type JdCategory = 'gender' | 'age' | 'marital' | 'household' | 'ethnicity' | 'health' | 'appearance' | 'filler' | 'salary';

/** forbidden: a statute bans it; discouraged: discriminatory, regulators warn against it; advice: makes the ad worse. */
export type JdSeverity = 'forbidden' | 'discouraged' | 'advice';

export interface Reason {
  zh: string;
  en: string;
}

export interface PatternRule {
  id: string;
  category: JdCategory;
  severity: JdSeverity;
  /** Also checked in duty items (the work itself); most rules only read what is asked of the applicant. */
  inDuties: boolean;
  patterns: RegExp[];
  /** The match is not a flag when this matches the text right after it (e.g. "男、" + "女不限"). */
  unlessAfter?: RegExp;
  /** The match is not a flag when its clause (between ，。；) matches this (e.g. 不限户籍). */
  unlessClause?: RegExp;
  reason: Reason;
}

const ETHNIC_GROUPS = '汉|回|藏|维吾尔|维|蒙古|蒙|苗|彝|壮|满|朝鲜|土家|哈萨克|傣|黎|瑶|侗|布依';

export const PATTERN_RULES: PatternRule[] = [
  {
    id: 'gender',
    category: 'gender',
    severity: 'forbidden',
    inDuties: true,
    patterns: [
      // 限男性 / 仅招女生 / 要求女士 / 适合男生; not 不限男女, 招聘女装运营, 男女均可.
      /(?<!不)(?:限|仅限|只限|只招|仅招|要求|招聘|招|适合)\s*(?:男|女)(?:性|士|生|孩|孩子)?(?![男女装鞋包款式表性用])/g,
      // 女性优先 / 男士优先 / 男生者优先
      /(?<![男女])(?:男|女)(?:性|士|生)?\s*(?:者)?\s*优先/g,
      // 性别：男 / 性别要求：女
      /性别\s*(?:要求)?\s*[:：]?\s*(?:限)?\s*(?:男|女)(?![男女]|\s*[、/]\s*[男女])/g,
      // A bare "女，" or "男；" as a clause of its own.
      /(?:^|[，,。；;(（:：\s])(?:男|女)(?:性)?\s*(?=[，,；;)）]|$)/g,
    ],
    unlessAfter: /^\s*[、/]?\s*[男女]?\s*(?:不限|均可|皆可|都可|不分)/,
    reason: {
      zh: '招聘不得限定性别或规定性别优先（妇女权益保障法第43条；就业促进法第3、27条；人社部等九部门2019年通知）。',
      en: 'A job ad may not restrict or prefer a gender (Women\'s Rights Law art. 43; Employment Promotion Law arts. 3 and 27; 2019 nine-ministry notice).',
    },
  },
  {
    id: 'marital',
    category: 'marital',
    severity: 'forbidden',
    inDuties: true,
    patterns: [
      /已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|婚育(?!假)|生育计划|生育要求|(?:近|三|两|[0-9])\s*年内(?:不|无)\s*(?:生育|要孩子)(?:计划)?|离异|单身(?!公寓|宿舍)|宝妈\s*(?=优先)/g,
      /(?:非|未|无|不在)\s*(?:怀孕|孕期|妊娠|哺乳期)|孕检|妊娠测试/g,
    ],
    reason: {
      zh: '不得询问或限制婚育状况，也不得把婚育、妊娠作为录用条件（妇女权益保障法第43条；就业促进法第27条）。',
      en: 'A job ad may not ask about or restrict marital or childbearing status, or make pregnancy a condition (Women\'s Rights Law art. 43; Employment Promotion Law art. 27).',
    },
  },
  {
    id: 'household',
    category: 'household',
    severity: 'discouraged',
    inDuties: false,
    patterns: [/(?:本地|本市|当地|本省|[\u4e00-\u9fa5]{2})?(?:户口|户籍|常住户口)|本地人|本地常住/g],
    // 不限户籍, 可解决户口, 协助落户: benefits and waivers, not restrictions.
    unlessClause: /不限|不要求|均可|亦可|也可|皆可|解决|办理|落户|迁入|指标|协助|帮助/,
    reason: {
      zh: '以户籍或本地户口为条件构成户籍歧视；农村与外地劳动者享有平等就业权（就业促进法第3、31条）。请写明真实的岗位要求（如能到岗的工作地点）。',
      en: 'Requiring a local hukou discriminates by household registration; workers from other places have equal rights (Employment Promotion Law arts. 3 and 31). State the real need instead (e.g. the work location).',
    },
  },
  {
    id: 'ethnicity',
    category: 'ethnicity',
    severity: 'forbidden',
    inDuties: false,
    patterns: [
      new RegExp(`(?:${ETHNIC_GROUPS})族(?![人群])`, 'g'),
      /民族\s*(?:要求)?\s*[:：]\s*(?!不限)[\u4e00-\u9fa5]{1,4}/g,
      /(?:少数民族|新疆|西藏)[^，,。；;]{0,6}(?:勿扰|除外|不考虑|谢绝|不招|免谈)/g,
    ],
    unlessClause: /不限|均可|不分/,
    reason: {
      zh: '招聘信息不得含有民族歧视性内容（就业促进法第3、28条；人力资源市场暂行条例第24条）。',
      en: 'A job ad may not discriminate by ethnicity (Employment Promotion Law arts. 3 and 28; Human Resources Market Regulations art. 24).',
    },
  },
  {
    id: 'health-hepatitis',
    category: 'health',
    severity: 'forbidden',
    inDuties: false,
    patterns: [/乙肝|乙型肝炎|hbsag|大三阳|小三阳|两对半|艾滋|(?<![a-z])hiv(?![a-z])/g],
    reason: {
      zh: '不得以乙肝表面抗原携带、HIV 感染等为由拒绝录用，招聘与入职体检不得要求乙肝检测（就业促进法第30条；人社部等2010年通知；艾滋病防治条例第3条）。',
      en: 'Hepatitis B or HIV status may not be a hiring condition, and hiring checks may not test for hepatitis B (Employment Promotion Law art. 30; 2010 ministries\' notice; AIDS Regulations art. 3).',
    },
  },
  {
    id: 'health-disability',
    category: 'health',
    severity: 'forbidden',
    inDuties: false,
    patterns: [/(?:无|没有|不能有)\s*(?:身体)?\s*残疾|身体无残疾|肢体健全|四肢健全|身体健全|五官健全/g],
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
    patterns: [
      /(?:无|没有|不得有)\s*(?:任何)?\s*(?:重大|严重|不良|遗传|慢性|精神|家族)?\s*(?:病史|疾病史|疾病)/g,
      /(?:无|没有|不得有)\s*(?:传染病|传染性疾病)/g,
    ],
    reason: {
      zh: '以病史或传染病为条件有健康歧视风险（就业促进法第30条）。食品、公共场所等岗位依法需要健康证时，请直接写“持有健康证”。',
      en: 'Excluding people by medical history or infectious disease risks health discrimination (Employment Promotion Law art. 30). Where the law requires a health certificate (food, public venues), ask for that certificate.',
    },
  },
  {
    id: 'appearance',
    category: 'appearance',
    severity: 'discouraged',
    inDuties: false,
    patterns: [
      /身高\s*(?:要求)?\s*[:：]?\s*(?:在)?\s*(?:(?:男|女)(?:性|生)?\s*)?\d[\d.]*\s*(?:cm|厘米|公分|米|m)?(?:\s*(?:以上|及以上|左右|以下))?/g,
      /\d{3}\s*(?:cm|厘米|公分)\s*(?:以上|及以上)?/g,
      /体重\s*[:：]?\s*\d+\s*(?:斤|kg|公斤)?\s*(?:以内|以下|以上)?|身材(?:好|匀称|苗条|高挑|佳)/g,
      /(?<!品牌|店铺|企业|公司|产品|视觉)(?:形象气质佳|形象气质好|形象好|形象佳|气质佳|气质好)|外形(?:靓丽|好|佳|出众)|五官端正|相貌端正|面容姣好|长相(?:甜美|端正|清秀|帅气|漂亮|好)|外貌|容貌|(?:颜值高|高颜值)(?!的?(?:产品|商品|页面|设计|店铺|包装))|无纹身|没有纹身|不能有纹身/g,
    ],
    reason: {
      zh: '以身高、相貌为条件有外貌歧视风险，岗位确实需要时才可提出（就业促进法第3条的平等就业原则）。',
      en: 'Height and looks as conditions risk appearance discrimination; ask for them only where the job truly needs it (equal-employment principle, Employment Promotion Law art. 3).',
    },
  },
];

/** Appearance is part of these jobs (on camera, on stage, modelling): a note, not a warning. */
export const APPEARANCE_ROLE_IDS = new Set(['live-streamer']);
export const APPEARANCE_TITLE = /主播|模特|礼仪|播音|主持|演员|平模|试衣|试穿|网红|出镜|直播|model|host|anchor/i;

export const APPEARANCE_RELAXED_REASON: Reason = {
  zh: '出镜、主播、模特等岗位可以对形象提出要求，但应限于工作确实需要的内容，避免与工作无关的身高、体重门槛。',
  en: 'On-camera, host and modelling jobs may ask about appearance, but only what the work needs; avoid height or weight limits unrelated to it.',
};

export const AGE_REASON: Reason = {
  zh: '设定年龄上限（如“35岁以下”）或年龄区间有年龄歧视风险，各地人社部门明确反对；请用经验和能力要求代替。仅“年满16/18周岁”这类法定下限不受影响。',
  en: 'An age cap ("under 35") or age range risks age discrimination and labour authorities speak against it; ask for experience and skills instead. A legal minimum (16 or 18 and over) is fine.',
};

export const FILLER_REASON: Reason = {
  zh: '任职要求大多是“有责任心、抗压能力强”一类的套话，求职者无从判断岗位真正要什么；请写出具体的经验、技能和工作条件。',
  en: 'Most of the requirements are filler ("responsible", "works under pressure") that tell applicants nothing; state the real experience, skills and conditions.',
};

export const SALARY_REASON: Reason = {
  zh: '没有写薪资（或只写“面议”）。基本劳动报酬是招聘信息的一部分（人力资源市场暂行条例第24条），写明薪资范围能明显提高有效投递。',
  en: 'No salary (or only "negotiable"). Basic pay is part of the recruitment information (Human Resources Market Regulations art. 24), and a stated range draws far more suitable applicants.',
};
