import { cleanItem, hasItemMarker, stripBullets } from '../text/items';
import { toHalfWidth } from '../text/normalize';
import { itemScore, STRONG } from './classify';
import { pageHeadingWords, weakHeading, wholeListItem } from './heading-shape';
import { headingKindByWords } from './heading-words';
import { headingKindOf, splitEnglishLabel, splitInlineHeadings, type HeadingKind } from './headings';
import { BLURB_LABEL, BLURB_LENGTH, chineseLabel, isBareValue, SECTION_ONLY } from './labels';
import type { Line } from './lines';

/**
 * Lines -> tokens: headings, "label：value" fields and items. Run-on text (several headings and
 * numbered items on one line) is cut apart here, so the splitter sees one item per token.
 */
export type FieldName = 'title' | 'company' | 'salary' | 'location' | 'education' | 'experience' | 'other';

export type Token =
  /** `level`: the line's page-heading level (1-6, 7 bold, 0 plain), for a heading on a line of its own. */
  | { t: 'heading'; kind: HeadingKind; text: string; level?: number }
  /**
   * A heading the lexicon does not know: a page heading (<h1>-<h6>), or a line shaped like one
   * (weak: bold, ending in a colon, set over a list). `words` is what its words say (the open
   * vocabulary); the splitter decides its kind from them and from the items under it.
   */
  | {
      t: 'unknown';
      text: string;
      words: HeadingKind | null;
      weak: boolean;
      /**
       * An inline blurb label ("部门介绍：<a paragraph>"): it covers only the next `inline` tokens
       * (its own line), then the list it interrupted goes on.
       */
      inline?: number;
      level?: number;
    }
  | { t: 'field'; name: FieldName; label: string; value: string; text: string }
  | { t: 'item'; text: string; marked: boolean; li: number; colon: boolean };

// Short "label：value" lines of ads' header blocks (招聘岗位：客服专员, 薪资：面议, 学历要求：大专以上).
const FIELD_LABELS: [FieldName, RegExp][] = [
  ['title', /^(招聘岗位|招聘职位|岗位名称|职位名称|岗位|职位|职务|job title|position|role)$/],
  ['company', /^(公司名称|公司|企业名称|招聘单位|用人单位|所属公司|所属单位|单位名称|招聘企业|company|employer)$/],
  ['salary', /^(薪资|薪酬|月薪|年薪|工资|薪水|待遇|薪资待遇|工资待遇|薪资范围|salary|pay|compensation|salary range|pay range)$/],
  ['location', /^(工作地点|工作地址|上班地点|工作城市|地点|城市|所在地|地址|location|work location|city)$/],
  ['education', /^(学历要求|学历|最低学历|education|qualification level)$/],
  ['experience', /^(工作经验|经验要求|经验|工作年限|招聘对象|experience)$/],
  ['other', /^(职能类别|关键字|关键词|招聘人数|人数|性别|年龄|工作时间|上班时间|工作性质|职位类型|职位类别|岗位类别|部门|所属部门|发布时间|发布日期|截止日期|有效期|联系人|联系电话|电话|邮箱|投递邮箱|联系方式|job type|employment type|work type|department|closing date|posted)$/],
];
const FIELD_LINE = /^([\u4e00-\u9fffA-Za-z ]{1,16}?)\s*[:：]\s*(.{0,60})$/u;
// "【薪资】6-8k": a label in brackets, its value after it.
const BRACKET_FIELD = /^【\s*([\u4e00-\u9fffA-Za-z ]{1,16}?)\s*】\s*[:：]?\s*(.{0,60})$/u;

function fieldOf(text: string): Token | null {
  const m = FIELD_LINE.exec(text) ?? BRACKET_FIELD.exec(text);
  if (!m) return null;
  const label = m[1]!.trim().toLowerCase();
  const value = m[2]!.trim();
  for (const [name, re] of FIELD_LABELS) {
    if (re.test(label)) return value ? { t: 'field', name, label: m[1]!.trim(), value, text } : null;
  }
  return null;
}

// Item numbering inside a run-on line: after punctuation or a space, and only the next number in
// sequence, so "2、3年经验" or "iOS 9.0" are never cut.
// "管理2.制定" (a flattened list) is cut after a Chinese character too, but only at "N." : "有2、3年经验"
// means two or three years.
// Pasted lists also number "1,…  2,…" and "1-…  2-…" (never before a digit: 1,000, 1-3年), and a
// list run into its label numbers "职责1）…流程2）…" after a Chinese character.
const RUNON_MARK =
  /(?<=^|[；;。.！!？?，,:：\s])(?:(\d{1,2})(?:\s?、|[.．](?!\d)|[)）]|([,，](?!\d)|-(?=\s|\p{Script=Han})))|[(（](\d{1,2})[)）]|([①-⑳])|([一二三四五六七八九十]{1,2})、)|(?<=[\u4e00-\u9fff])(\d{1,2})(?:[.．](?![\d.．])|([)）]))/gu;
const CN_DIGITS = '一二三四五六七八九十';

function markNumber(m: RegExpExecArray): [string, number] {
  if (m[6]) return [m[7] ? 'par1' : 'dot', Number(m[6])];
  if (m[1]) return [m[2] ? `sep${m[2] === '-' ? '-' : ','}` : /[)）]/.test(m[0]) ? 'par1' : 'dot', Number(m[1])];
  if (m[3]) return ['par2', Number(m[3])];
  if (m[4]) return ['circ', m[4].charCodeAt(0) - 0x2460 + 1];
  const cn = m[5]!;
  const n = cn.length === 1 ? CN_DIGITS.indexOf(cn) + 1 : cn.startsWith('十') ? 10 + CN_DIGITS.indexOf(cn[1]!) + 1 : (CN_DIGITS.indexOf(cn[0]!) + 1) * 10;
  return ['cn', n];
}

/** Cuts "1、负责…；2、负责…；3、…" into its items. A line with one or no marker stays whole. */
export function splitRunOn(text: string): string[] {
  if (text.length < 8) return [text];
  const last: Record<string, number> = {};
  const cuts: number[] = [];
  const probe = toHalfWidth(text); // same length: positions found here cut the original
  RUNON_MARK.lastIndex = 0;
  for (let m = RUNON_MARK.exec(probe); m; m = RUNON_MARK.exec(probe)) {
    const [style, n] = markNumber(m);
    const prev = last[style] ?? 0;
    if (n === prev + 1 || (m.index === 0 && prev === 0)) {
      if (m.index > 0) cuts.push(m.index);
      last[style] = n;
    }
  }
  // Bullets on one line: "• a • b".
  if (!cuts.length) {
    const bullets = [...text.matchAll(/(?<=^|\s)[•●▪■◆►]\s*/gu)];
    if (bullets.length >= 2) for (const b of bullets) if (b.index! > 0) cuts.push(b.index!);
  }
  if (!cuts.length) return [text];
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    const part = text.slice(from, c).trim();
    if (part) out.push(part);
    from = c;
  }
  const tail = text.slice(from).trim();
  if (tail) out.push(tail);
  return out;
}

// A number of three or more digits pasted before an item's own list number ("811143 7、…") or
// after its closing full stop ("…经验。307616"): stray text (a copy-tracking token), not the item's.
const STRAY_LEAD = /^\s*\d{3,}\s+(?=\d{1,2}\s*(?:[、)）]|[.．](?!\d)))/u;
const STRAY_TAIL = /(?<=[。；！])\s*\d{3,}\s*$/u;

const PERSON_POST = /(?:工程师|设计师|师|员|经理|专员|主管|助理|总监|顾问|主任|专家|负责人|engineer|manager|developer|designer|specialist|assistant)$/i;

function pushItems(out: Token[], text: string, li: number) {
  const parts = splitRunOn(text.replace(STRAY_LEAD, '').replace(STRAY_TAIL, ''));
  parts.forEach((part, i) => {
    const clean = cleanItem(part);
    // A label the numbering ran into ("岗位职责1）…2）…") heads the items after it.
    const kind = i === 0 && parts.length > 1 ? headingKindOf(clean) : null;
    if (kind) return void out.push({ t: 'heading', kind, text: clean });
    if (!clean || !/[\p{L}\p{N}]/u.test(clean)) return;
    out.push({ t: 'item', text: clean, marked: li > 0 || hasItemMarker(part), li, colon: /[:：]\s*$/.test(part) });
  });
}

/** Adds the tokens of a piece of content that may hold inline headings. */
function pushContent(out: Token[], text: string, li: number) {
  // A bullet before a label ("◆工作内容：…", "✅要求：…") does not hide it; an item keeps its bullet (marked).
  const bare = stripBullets(text);
  if (bare !== text && bare && (splitInlineHeadings(bare) || splitEnglishLabel(bare) || chineseLabel(bare))) text = bare;
  const inline = splitInlineHeadings(text);
  if (inline) {
    if (inline.before) pushItems(out, inline.before, li);
    for (const p of inline.parts) {
      out.push({ t: 'heading', kind: p.kind, text: p.label });
      if (p.rest) pushContent(out, p.rest, li);
    }
    return;
  }
  const en = splitEnglishLabel(text);
  if (en) {
    if (en.before) pushItems(out, en.before, li);
    out.push({ t: 'heading', kind: en.kind, text });
    if (en.rest) pushContent(out, en.rest, li);
    return;
  }
  const zh = chineseLabel(text);
  // "职位职能：web前端工程师": a work label whose value only names a person's post is the post's
  // fact, no duty ("工作内容：店铺运营" names the work and stays).
  if (zh && (zh.kind === 'duties' || zh.kind === 'description') && isBareValue(zh.rest) && PERSON_POST.test(zh.rest) && Math.abs(itemScore(zh.rest)) < STRONG) {
    out.push({ t: 'field', name: 'other', label: zh.label, value: zh.rest, text });
    return;
  }
  if (zh) {
    const tok: Token = { t: 'unknown', text, words: zh.kind, weak: true };
    out.push(tok);
    const at = out.length;
    // "年龄要求：20~35周岁": the label is what the value means, so a bare value keeps it; a label
    // that only names the section ("招纳要求：两年以上设计经验") adds nothing to its value.
    if ((zh.kind === 'requirements' || zh.kind === 'preferred') && isBareValue(zh.rest) && !SECTION_ONLY.test(zh.label)) {
      pushItems(out, text, li);
      return;
    }
    pushContent(out, zh.rest, li);
    // A team or company blurb run into its label is one paragraph, not a section: the numbered
    // duties after it (职位描述 / 部门介绍：… / 1、负责…) stay in the list it sits in.
    if (zh.kind === 'stop' && BLURB_LABEL.test(zh.label) && zh.rest.length >= BLURB_LENGTH) tok.inline = out.length - at;
    return;
  }
  pushItems(out, text, li);
}

// Where an ad's lists have certainly ended: the page footer, or the "how to apply" line.
const FOOTER = /©|版权所有|copyright\s|all rights reserved|icp备|icp证|公网安备/i;
const APPLY = /^(简历(请)?(投递|发送|发)至|请将(您的)?简历|有意者(请|可)|欢迎(投递|投简历|加入)|(please )?send (your |us your )?(cv|resume)|apply (now|today|online)|to apply,|click apply)/i;

// A chat message's facts run on one line, each after its label in brackets.
/** The text cut where each label starts (what stands before the first is a part too), separators dropped. */
function partsAt(text: string, at: number[]): string[] {
  const parts = [text.slice(0, at[0]), ...at.map((from, k) => text.slice(from, at[k + 1] ?? text.length))];
  return parts.map((t) => t.replace(/[\s|｜/／，,；;]+$/u, '').trim()).filter(Boolean);
}

const BRACKET_LABEL = /【[^【】]{1,8}】/gu;

/**
 * "【岗位】直播场控【薪资】6-8k【要求】…" -> one part per bracketed label; null for other lines, and
 * for brackets that are content ("熟悉【淘宝】【京东】后台"): two of them must be labels the
 * reader knows (a section's or a field's).
 */
function bracketRuns(text: string): string[] | null {
  const labels = [...text.matchAll(BRACKET_LABEL)];
  if (labels.length < 2) return null;
  const known = labels.filter((m) => {
    const word = m[0].slice(1, -1).trim();
    return headingKindOf(word) || isFieldLabel(word);
  });
  if (known.length < 2) return null;
  return partsAt(text, labels.map((m) => m.index!));
}

// A fact's label inside a line: at its start, or after white space or a separator (|, ／, ，, ；).
const INLINE_LABEL = /(?<=^|[\s|｜/／，,；;])([\u4e00-\u9fffA-Za-z]{1,8})\s*[:：]/gu;
const isFieldLabel = (word: string) => FIELD_LABELS.some(([, re]) => re.test(word.toLowerCase()));

/**
 * "经验：1-3年  学历：大专", "性别：不限，年龄：18-35岁", "薪资：6-8k | 地点：杭州": a board's facts run on
 * one line, one part per fact; null for other lines. The line must open with a fact's label and
 * hold another one, so an item that names a label in passing ("要求：学历大专") is never cut.
 */
function factRuns(text: string): string[] | null {
  const labels = [...text.matchAll(INLINE_LABEL)].filter((m) => isFieldLabel(m[1]!));
  if (labels.length < 2 || labels[0]!.index !== 0) return null;
  return partsAt(text, labels.map((m) => m.index!));
}

export function tokenize(lines: Line[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    const runs = line.heading ? null : (bracketRuns(text) ?? factRuns(stripBullets(text)));
    if (runs) {
      out.push(...tokenize(runs.map((t) => ({ ...line, text: t }))));
      continue;
    }
    if (FOOTER.test(text)) {
      out.push({ t: 'unknown', text, words: 'stop', weak: false });
      continue;
    }
    if (APPLY.test(text)) {
      out.push({ t: 'heading', kind: 'stop', text });
      continue;
    }
    const kind = headingKindOf(text);
    if (kind) {
      out.push({ t: 'heading', kind, text, level: line.heading });
      continue;
    }
    const ordinal = ordinalHeading(text);
    if (ordinal) {
      out.push({ t: 'heading', kind: ordinal.kind, text });
      if (ordinal.rest) pushContent(out, ordinal.rest, line.li);
      continue;
    }
    if (line.heading >= 1 && line.heading <= 6 && !wholeListItem(line, lines[i + 1])) {
      // A page heading holding a field or label ("<h4>职责：负责…</h4>") is content; others end sections.
      const field = fieldOf(text);
      if (field) out.push(field);
      else if (splitInlineHeadings(text) || splitEnglishLabel(text)) pushContent(out, text, line.li);
      else out.push({ t: 'unknown', text, words: pageHeadingWords(text), weak: false, level: line.heading });
      continue;
    }
    // A fact after a bullet ("💰薪资：…", "◆工作地点：…") is still that fact.
    const field = fieldOf(text) ?? fieldOf(stripBullets(text));
    if (field) {
      out.push(field);
      continue;
    }
    // One of a post's facts from a grid of label/value cells ("性别要求 | 女 | 年龄要求 | 20-25"), as a
    // board's row of tags: what no field reads stays in the posting's text, out of its lists.
    if (line.fact) continue;
    // A row of a table of facts ("Tools | laptop provided", joined into one line): its label names
    // the fact, not a section, unless the lexicon knows it ("岗位职责 | 1、…").
    if (line.cell && splitEnglishLabel(text)?.known === false) {
      pushItems(out, text, line.li);
      continue;
    }
    if (weakHeading(line, lines[i + 1])) {
      out.push({ t: 'unknown', text, words: headingKindByWords(text), weak: true });
      continue;
    }
    pushContent(out, text, line.li);
  }
  return out;
}

/**
 * A section label with an ordinal, unnumbered sub-headings splitting one list ("职责一 市场调研",
 * "职责二：预算管理", "要求三"): a heading of the label's kind each, so every part's items are
 * kept. The topic after it is the sub-heading's name, not an item, unless it reads as one (a bare "其他" never does). Only a
 * space, a colon or the line's end may follow the ordinal: "要求一定要有…" and "要求1、本科"
 * (a run-on numbered list) are other things.
 */
function ordinalHeading(text: string): { kind: HeadingKind; rest: string } | null {
  const m = /^[【[]?([\u4e00-\u9fff]{2,6}?)([一二三四五六七八九十]|\d{1,2})[】\]]?(?:\s*[:：]\s*|\s+|$)(.*)$/su.exec(text.trim());
  if (!m) return null;
  const kind = headingKindOf(m[1]!);
  if (kind !== 'duties' && kind !== 'requirements' && kind !== 'preferred') return null;
  const rest = m[3]!.trim();
  const topic = rest.length <= TOPIC_LENGTH && !/[，,。；;]/.test(rest) && (rest.length <= 4 || Math.abs(itemScore(rest)) < STRONG);
  return { kind, rest: topic ? '' : rest };
}
const TOPIC_LENGTH = 30;
