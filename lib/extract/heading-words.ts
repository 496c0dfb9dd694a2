import { toHalfWidth, toSimplified } from '../text/normalize';
import type { HeadingKind } from './headings';

/**
 * The open heading vocabulary: what a heading the lexicon does not know is about, from the words
 * it uses ("工作技能/工作经验", "What your day will look like", "Qualified candidates need:",
 * "Benefits Offered:", "树根文化"). Used only on lines that are shaped like a heading (short, on
 * their own, bold or ending in a colon or question mark, or set over a list), never on items.
 * The first matching kind wins, most specific first: "Preferred qualifications" is preferred,
 * "Benefits & compensation" and "薪资要求" are never requirements.
 */
const EN: [HeadingKind, RegExp][] = [
  ['preferred', /\b(preferred|nice[ -]to[ -]haves?|bonus points|a plus|pluses|desired|desirable|stand out|ideally|advantageous|even better|extra credit)\b/],
  [
    'stop',
    /\b(benefits?|perks?|compensation|salary|salaries|pay|wages?|rewards?|we offer|offer(ed|s|ings?)?|in it for you|(you('ll| will)|you'?d) (gain|receive|get(?! to\b))|why (join|work|apply|us|you)|about (us|the company|our)|who we are|culture|values|life at|equal (employment )?opportunit|eeo|diversity|inclusion|accommodations?|how to apply|apply|application (process|instructions)|contact|hiring process|interview|recruiting|location|address|working hours|schedule|travel|disclaimer|notices?|^(a )?notes? (on|about)|^notes?$|privacy|physical|work environment|growth)\b/,
  ],
  [
    'duties',
    /\b(responsibilit(y|ies)|duties|accountabilit(y|ies)|tasks|(will|would|are) (i|you) (be |going to )?(do|doing|work on)|you('ll| will| would)? (do|be doing|work on|own|achieve|deliver|build|contribute|make)|day[ -](in[ -]the[ -]life|to[ -]day)|your (role|mission|impact|day)|the (job|role) (involves|entails)|^in this role|functions?|key (activities|areas)|scope)\b/,
  ],
  [
    'requirements',
    /\b(requirements?|qualifications?|qualified|required|skills?|experience|competenc(y|ies)|knowledge|education|background|expertise|profile|must[ -]haves?|looking for|you (have|bring|are|need|should)|who are you|^are you (a|an|the)\b|is (this|that) you|sounds? like you|about you|who you are|ideal candidate|candidates?|need(ed)?|certifications?|tools|technolog(y|ies)|tech stack|abilities)\b/,
  ],
  ['description', /\b(summary|overview|description|about (the|this) (role|job|position|opportunity)|the (role|opportunity|position)|introduction|purpose|opportunity)\b/],
];

const ZH: [HeadingKind, RegExp][] = [
  ['preferred', /优先|加分/],
  ['duties', /职责|工作内容|做什么|负责|任务|职能/],
  ['stop', /福利|待遇|薪|工资|补贴|奖金|假期|我们提供|你将获得|能获得|晋升|发展|环境|文化|价值观|理念|关于|(公司|企业|集团|品牌|团队|部门)(介绍|简介|描述|概况|信息|地址|福利|文化)|联系|投递|简历|报名|地址|地点|时间|提示|声明|须知|注意|备注|其他信息/],
  ['requirements', /要求|资格|条件|技能|经验|能力|素质|具备|希望你|需要你|背景|学历|资质|门槛/],
  ['description', /描述|详情|概述|介绍|说明|简介/],
];

/** "About Acme" names the company, unless it is about the role or the reader. */
const ABOUT_COMPANY = /^about (?!(the|this|your) (role|job|position|opportunity)\b|you\b)\S/;

export function headingKindByWords(text: string): HeadingKind | null {
  const t = toSimplified(toHalfWidth(text))
    .replace(/^[^\p{L}\p{N}]+/u, '') // emoji and bullets before the words
    .replace(/[\s:：?？!！.。]+$/u, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
  if (!t) return null;
  if (/[\u4e00-\u9fff]/.test(t)) {
    for (const [kind, re] of ZH) if (re.test(t)) return kind;
    return null;
  }
  if (ABOUT_COMPANY.test(t)) return 'stop';
  for (const [kind, re] of EN) if (re.test(t)) return kind;
  return null;
}

/**
 * The list a sentence announces ("In addition, below are some nice-to-haves:"): the open
 * vocabulary's reading of its last clause, when that clause is short. Never 'description'.
 */
export function leadInClauseKind(text: string): HeadingKind | null {
  const clause = text.split(/[.!?。！？;；]\s*/).filter((c) => c.trim()).pop() ?? '';
  if (clause.split(/\s+/).length > 20 || clause.length > 120) return null;
  const kind = headingKindByWords(clause);
  return kind === 'description' ? null : kind;
}
