import { hasItemMarker, stripItemMarker } from '../text/items';
import { itemScore, STRONG } from './classify';
import { headingKindByWords } from './heading-words';
import type { HeadingKind } from './headings';
import type { Line } from './lines';

/**
 * Label lines of Chinese ads the lexicon does not know ("工作技能：…", "招纳要求：…", "3、招纳要求："),
 * read by their words for tokens.ts: which open a section, which only name it, which are values.
 */
const CJK = /[\u3400-\u9fff]/;

/**
 * "3、招纳要求：" in a numbered list, over the items it labels: a bare label (a few words and a colon,
 * nothing of its own) whose words name a section is a sub-heading, not an item. Labels with
 * words of their own ("3、熟练使用以下软件：") stay items.
 */
export function numberedLabel(text: string, next: Line | undefined): boolean {
  const label = stripItemMarker(text).trim();
  if (!/[:：]$/.test(label) || !next) return false;
  const words = label.replace(/[\s:：]+$/u, '');
  // Up to five characters: "三、加分加薪项：" names its section as "3、招纳要求：" does.
  const short = CJK.test(words) ? words.length <= 5 : words.split(/\s+/).length <= 3;
  const kind = headingKindByWords(words);
  return short && (kind === 'duties' || kind === 'requirements' || kind === 'preferred') && Math.abs(itemScore(words)) < STRONG;
}

/**
 * "其他：…", "工作技能：…": a short Chinese label the lexicon does not know opening a line, read by
 * its words (fields such as 学历：本科 are read before this).
 */
export function chineseLabel(text: string): { kind: HeadingKind; label: string; rest: string } | null {
  const m = /^([\u4e00-\u9fff/、]{2,8})\s*[:：]\s*(\S.*)$/su.exec(text);
  if (!m) return null;
  // A label that names the section without saying which ("岗位需求：…", over duties in some ads and
  // requirements in others) is a container whose items decide, as 职位描述 is.
  const kind = headingKindByWords(m[1]!) ?? (SECTION_ONLY.test(m[1]!) ? 'description' : null);
  return kind ? { kind, label: m[1]!, rest: m[2]! } : null;
}
export const BLURB_LABEL = /介绍|简介|概况|背景/;
// A requirements label whose other word is about the hiring, not a topic (招纳/招募/应聘/任职/岗位 +
// 要求/条件): it names the section, as 任职要求 does, where 年龄要求 or 语言要求 name what is asked.
export const SECTION_ONLY = /^(招.|应[聘征]|任职|入职|录用|聘用|上岗|岗位|职位|职务|人员|基本|具体|主要)(要求|条件|资格|资质|需求|标准)$/;

/** A value rather than an item: short, one clause ("20~35周岁", "不限", "大专以上"). */
export function isBareValue(rest: string): boolean {
  const t = rest.replace(/[。.；;！!]+$/u, '').trim();
  return t.length <= 16 && !/[，,。；;]/.test(t) && !hasItemMarker(t);
}
export const BLURB_LENGTH = 40;
