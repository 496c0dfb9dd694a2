import { normalizeForMatch } from '../text/normalize';

/**
 * Duty phrasings: the ways ads say that they do a duty, written as small patterns a person can
 * read and edit in the library page (one pattern a line):
 *
 *   招聘                         a word that alone names the activity
 *   发布|筛选 + 职位|简历          an activity AND its object: every ` + ` group must appear in the
 *                                same clause, any one of a group's `|` alternatives will do
 *   组织 + 活动 + !代言人|直播     `!` group: the clause must hold none of these (the other sense)
 *
 * Matching on the activity and its object together is what keeps a shared verb with another
 * object (核对应收账款 / 核对存货) or a word in another sense (编制报表 / 人员编制) from matching.
 * Latin alternatives match at the start of a word: "recruit" matches "recruiting"; one of under four
 * letters (seo, erp, sem) only the whole word, so "sem" does not match "semester".
 */

interface Alternative {
  text: string;
  latin: boolean;
}

export interface Phrasing {
  /** The pattern as written. */
  source: string;
  /** Every group must match; within a group any alternative. */
  all: Alternative[][];
  /** None of these may appear. */
  none: Alternative[];
}

export class PhrasingSyntaxError extends Error {
  constructor(source: string, why: string) {
    super(`phrasing "${source}": ${why}`);
    this.name = 'PhrasingSyntaxError';
  }
}

const LATIN_WORD = /^[a-z0-9][a-z0-9 .+#-]*$/;
// Patterns are short; a longer line is pasted text, not a pattern.
export const MAX_PHRASING_LENGTH = 200;

function alternatives(group: string): Alternative[] {
  return group
    .split('|')
    .map((x) => normalizeForMatch(x).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ text, latin: LATIN_WORD.test(text) }));
}

/** Parses one pattern; throws PhrasingSyntaxError when it cannot match anything. */
export function parsePhrasing(source: string): Phrasing {
  const text = source.trim();
  if (!text) throw new PhrasingSyntaxError(source, 'empty');
  if (text.length > MAX_PHRASING_LENGTH) throw new PhrasingSyntaxError(source, `longer than ${MAX_PHRASING_LENGTH} characters`);
  const all: Alternative[][] = [];
  const none: Alternative[] = [];
  // Groups are joined by " + " with spaces, so a plus inside a word (c++, dou+) stays a letter.
  for (const raw of ` ${text} `.split(/\s\+\s/)) {
    const group = raw.trim();
    if (!group) throw new PhrasingSyntaxError(source, 'an empty + group');
    if (group.startsWith('!')) none.push(...alternatives(group.slice(1)));
    else {
      const alts = alternatives(group);
      if (!alts.length) throw new PhrasingSyntaxError(source, `no words in "${group}"`);
      all.push(alts);
    }
  }
  if (!all.length) throw new PhrasingSyntaxError(source, 'only ! groups: it would match every clause');
  return { source: text, all, none };
}

/** The problem with a pattern, or null when it parses (for the library page's editor). */
export function phrasingProblem(source: string): string | null {
  try {
    parsePhrasing(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const WORD_CHAR = /[a-z0-9]/;
// The endings that make a longer form of the same English word (recruit -> recruiting, report ->
// reports); any other continuation is another word ("java" is not "javascript", "plan" not
// "plant"). A version number may follow (html -> html5).
const INFLECTION = /^(?:s|es|d|ed|ing|er|ers|ment|ments|ion|ions)?(?![a-z])/;

/** Every position of an alternative in a normalised clause (whole words for Latin ones). */
function positions(alt: Alternative, norm: string, out: { at: number; end: number }[]): void {
  for (let at = norm.indexOf(alt.text); at >= 0; at = norm.indexOf(alt.text, at + 1)) {
    if (alt.latin) {
      // A word of 4+ letters also matches its inflected forms; a shorter one (sem, erp, seo) only
      // itself.
      const before = at > 0 ? norm[at - 1]! : ' ';
      const rest = norm.slice(at + alt.text.length, at + alt.text.length + 8);
      if (WORD_CHAR.test(before) || (alt.text.length < 4 ? WORD_CHAR.test(rest[0] ?? ' ') : !INFLECTION.test(rest))) continue;
    }
    out.push({ at, end: at + alt.text.length });
  }
}

/**
 * PHRASING_SPAN: the most characters a pattern's words may spread over. An activity and its
 * object sit close together ("核对应付账款", "对店铺数据进行分析"); a verb at one end of a long
 * clause and a noun at the other usually belong to different activities. Calibrated on split halves
 * of align-dev (bench/eval-align.ts): 24 on all ads (the halves chose 24 and 20); with clauses cut
 * at commas, 24 changes no pair there against no limit, so it is a guard for long unpunctuated
 * clauses rather than a source of accuracy.
 */
export const PHRASING_SPAN = 24;

/**
 * Where the pattern matches a normalised clause: the position of its first group's word (the
 * anchor, used to show which part of a list matched), or -1 when it does not match: some word of
 * every group within `span` characters of each other, and no word of a `!` group anywhere.
 */
export function matchPhrasing(p: Phrasing, norm: string, span = PHRASING_SPAN): number {
  // Most patterns fail on some group's words being absent: a plain substring test says so without
  // allocating anything (the positions, with word edges, are worked out only for a likely match).
  for (const alts of p.all) if (!alts.some((alt) => norm.includes(alt.text))) return -1;
  for (const alt of p.none) {
    if (!norm.includes(alt.text)) continue;
    const hit: { at: number; end: number }[] = [];
    positions(alt, norm, hit);
    if (hit.length) return -1;
  }
  const groups = p.all.map((alts) => {
    const out: { at: number; end: number }[] = [];
    for (const alt of alts) positions(alt, norm, out);
    return out;
  });
  if (groups.some((g) => !g.length)) return -1;
  for (const anchor of groups[0]!) {
    let start = anchor.at;
    let end = anchor.end;
    for (let g = 1; g < groups.length; g++) {
      // The occurrence nearest the anchor.
      let best = groups[g]![0]!;
      for (const o of groups[g]!) if (Math.abs(o.at - anchor.at) < Math.abs(best.at - anchor.at)) best = o;
      start = Math.min(start, best.at);
      end = Math.max(end, best.end);
    }
    if (end - start <= span) return anchor.at;
  }
  return -1;
}

/**
 * GENERIC_WORDS: words every kind of job uses, which say nothing of the activity on their own
 * (align-dev.md's judging policy: "a shared generic word does not count: 数据, 运营, 管理, 维护,
 * 日常…"). A pattern may use them next to a specific word (数据 + 分析, 供应商 + 管理), but a clause
 * in which a pattern finds nothing but them ("参与运营及平台维护工作" for 平台 + 日常|维护) is not
 * that duty.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set('数据 运营 管理 维护 日常 采购 工作 平台 业务 相关 负责'.split(' '));

/** Whether every group of the pattern finds only generic words in the clause (see GENERIC_WORDS). */
export function onlyGeneric(p: Phrasing, norm: string): boolean {
  return p.all.every((alts) => alts.every((a) => GENERIC_WORDS.has(a.text) || !norm.includes(a.text)));
}

/** Parses a duty's patterns, skipping (and reporting) the ones that do not parse. */
export function compilePhrasings(sources: readonly string[], onError?: (e: PhrasingSyntaxError) => void): Phrasing[] {
  const out: Phrasing[] = [];
  for (const s of sources) {
    try {
      out.push(parsePhrasing(s));
    } catch (error) {
      if (error instanceof PhrasingSyntaxError) onError?.(error);
      else throw error;
    }
  }
  return out;
}
