/**
 * The JD check's rules: what Chinese employment law forbids or discourages in a job ad, one module
 * per protected ground in ./jd/ (each names its legal basis and the shapes it reads). Rules
 * run on the comparison form of an item (Simplified, half-width, lower-case; jd/text.ts), so
 * 性别：男, 性別：男 (Traditional) and 限　男性 (ideographic space) read alike.
 *
 * Sources: 就业促进法 (2015) 第3、26-31条; 妇女权益保障法 (2022) 第43条; 人力资源市场暂行条例
 * (2018) 第24条; 人社部等九部门《关于进一步规范招聘行为促进妇女就业的通知》(2019); 人社部、教育部、
 * 卫生部《关于进一步规范入学和就业体检项目维护乙肝表面抗原携带者入学和就业权利的通知》(2010);
 * 艾滋病防治条例 第3条; 残疾人保障法 第38条.
 */
import { AGE_REASON, AGE_RULES } from './jd/age';
import { APPEARANCE_RULES } from './jd/appearance';
import { ETHNICITY_RULES } from './jd/ethnicity';
import { GENDER_RULES } from './jd/gender';
import { HEALTH_RULES } from './jd/health';
import { HOUSEHOLD_RULES } from './jd/household';
import { MARITAL_RULES } from './jd/marital';
import type { JdRule, Reason } from './jd/types';

export type { JdCategory, JdRule, JdSeverity, Reason } from './jd/types';
export { APPEARANCE_RELAXED_REASON, isOnCameraTitle, ON_CAMERA_ROLE_IDS } from './jd/on-camera';
export { AGE_REASON };

export const RULES: readonly JdRule[] = [
  ...GENDER_RULES,
  ...AGE_RULES,
  ...MARITAL_RULES,
  ...HOUSEHOLD_RULES,
  ...ETHNICITY_RULES,
  ...HEALTH_RULES,
  ...APPEARANCE_RULES,
];

export const FILLER_REASON: Reason = {
  zh: '任职要求大多是“有责任心、抗压能力强”一类的套话，求职者无从判断岗位真正要什么；请写出具体的经验、技能和工作条件。',
  en: 'Most of the requirements are filler ("responsible", "works under pressure") that tell applicants nothing; state the real experience, skills and conditions.',
};

export const SALARY_REASON: Reason = {
  zh: '没有写薪资（或只写“面议”）。基本劳动报酬是招聘信息的一部分（人力资源市场暂行条例第24条），写明薪资范围能明显提高有效投递。',
  en: 'No salary (or only "negotiable"). Basic pay is part of the recruitment information (Human Resources Market Regulations art. 24), and a stated range draws far more suitable applicants.',
};
