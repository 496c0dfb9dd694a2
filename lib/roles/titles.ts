import { normalizeForMatch } from '../text/normalize';
import { levelOf, roleAtLevel } from './levels';
import { parseTitle } from './title-parse';

/**
 * Reading a job title against the alias table, as a recruiter does. First the job's own name is
 * found (title-parse.ts: hiring words, perks, employer and team segments and brackets set aside,
 * shorthand expanded, a list of jobs split). Then the domain: Chinese titles put the head noun
 * last (淘宝|美工, 新媒体|运营|专员, java|开发工程师), so among the aliases found the one that ends
 * last wins. Rank words at the end (专员, 主管, 经理, 实习生…) are not the head: an alias reaching
 * into them ends, for this purpose, where they begin, so 新媒体运营专员 reads as 新媒体运营 and
 * not as 运营专员; among aliases ending together the one covering more of the title before the
 * rank words wins, then the longer (运营总监 over 运营). A head that other roles' aliases also
 * contain (运营, 工程师) takes its meaning from the alias right before it (推广|运营, 采购|工程师).
 * Last the level: rank words set it inside the domain, never the domain (levels.ts). Qualifiers
 * (brackets, team tags) count, but less. A title listing jobs of different roles is said so
 * (`jobs`): the body decides among them.
 */

export interface AliasEntry {
  /** The alias in comparison form (normalised, no spaces). */
  key: string;
  /** As written (for evidence). */
  text: string;
  classId: string;
  /** Taught by the user (Dexie `aliases` table). */
  learned: boolean;
  /** The alias also occurs inside another class's alias (运营 inside 新媒体运营): weaker evidence. */
  ambiguous: boolean;
  /** It occurs inside the aliases of two or more other classes: a generic word (运营, 专员-less 开发). */
  generic: boolean;
}

export interface AliasHit {
  entry: AliasEntry;
  start: number;
  end: number;
  /** The end, moved back to where trailing rank words begin. */
  stemEnd: number;
  /** Found in the bracketed qualifier rather than the title proper. */
  qualifier: boolean;
}

export interface TitleReading {
  /** The title in comparison form without spaces. */
  key: string;
  /** The winning alias of the title proper, if any. */
  head: AliasHit | null;
  /** The generic head (bare 运营) that `head`, the word before it, displaced: see modifierOf. */
  displaced: AliasHit | null;
  hits: AliasHit[];
  /** The heads of the jobs a title lists when they belong to different roles ("客户代表/售后客服"); else empty. */
  jobs: AliasHit[];
  /** Those jobs as the title names them. */
  listed: string[];
  /** The job part is worded as a post (交付经理, 质检专员): with no alias found, a job the library does not know. */
  namesPost: boolean;
}

const BRACKETS = /[(（【\[<《][^)）】\]>》]*[)）】\]>》]?/g;
// Rank and employment words that follow the head noun. Not 师/员/工程师: 设计师, 仓管员 and
// 开发工程师 name the job itself.
const RANK_SUFFIX = /(?:专员|助理|主管|经理|总监|组长|主任|负责人|实习生|实习|专家|高级|资深|岗位|岗|方向|兼职|全职|leader|[\s\p{P}\p{S}0-9])+$/u;

/** Where the title's head ends: before trailing rank words, keeping at least two characters. */
function stemEndOf(proper: string): number {
  const trimmed = proper.replace(/\s+$/u, '');
  const m = RANK_SUFFIX.exec(trimmed);
  const end = m ? m.index : trimmed.length;
  return end >= 2 ? end : Math.min(trimmed.length, 2);
}
const LATIN_CHAR = /[a-z0-9]/;

/** The comparison form used for alias keys and titles: normalised, spaces removed. */
export function titleKey(text: string): string {
  return normalizeForMatch(text).replace(/\s+/g, '');
}

/** A learned alias's key: the title without bracketed qualifiers, locations or punctuation. */
export function learnedAliasKey(title: string): string {
  const key = titleKey(title).replace(BRACKETS, '').replace(/[\p{P}\p{S}]+/gu, '');
  return key || titleKey(title).replace(/[\p{P}\p{S}]+/gu, '');
}

/** Marks aliases contained in other classes' aliases (运营 in 新媒体运营): they are the weaker kind. */
export function markAmbiguous(entries: Omit<AliasEntry, 'ambiguous' | 'generic'>[]): AliasEntry[] {
  // Every substring of every key, once, with the classes whose keys contain it: short keys make
  // this a few thousand map entries instead of comparing every pair of aliases.
  const containers = new Map<string, Map<string, Set<string>>>();
  for (const o of entries) {
    const seen = new Set<string>();
    for (let i = 0; i < o.key.length; i++) {
      for (let j = i + 1; j <= o.key.length; j++) {
        const sub = o.key.slice(i, j);
        if (sub === o.key || seen.has(sub)) continue;
        seen.add(sub);
        const byClass = containers.get(sub) ?? containers.set(sub, new Map()).get(sub)!;
        (byClass.get(o.classId) ?? byClass.set(o.classId, new Set()).get(o.classId)!).add(o.key);
      }
    }
  }
  return entries.map((e) => {
    const others = new Set([...(containers.get(e.key) ?? new Map<string, Set<string>>()).keys()].filter((cls) => cls !== e.classId));
    return { ...e, ambiguous: others.size > 0, generic: others.size > 1 };
  });
}

/** Aliases by first character: a title is scanned once, trying only the aliases that can start at each position. */
export type AliasLookup = Map<string, AliasEntry[]>;

export function aliasLookup(entries: readonly AliasEntry[]): AliasLookup {
  const map: AliasLookup = new Map();
  for (const e of entries) {
    const list = map.get(e.key[0]!) ?? [];
    list.push(e);
    map.set(e.key[0]!, list);
  }
  return map;
}

/**
 * Where the title's Latin words met before its spaces went: "seniordataanalyst" is senior|data|analyst,
 * so the alias "dataanalyst" starts and ends at a word there. `words` are the title's Latin words
 * in order; a run of Latin letters in the haystack is cut where those words, one after another, end.
 */
function wordEnds(haystack: string, words: readonly string[]): Set<number> {
  const ends = new Set<number>();
  if (words.length < 2) return ends;
  for (const m of haystack.matchAll(/[a-z0-9]+/g)) {
    const run = m[0];
    for (let first = 0; first < words.length; first++) {
      let at = 0;
      const cuts: number[] = [];
      for (let w = first; w < words.length && at < run.length && run.startsWith(words[w]!, at); w++) {
        at += words[w]!.length;
        cuts.push(at);
      }
      if (at === run.length && cuts.length > 1) {
        for (const c of cuts.slice(0, -1)) ends.add(m.index! + c);
        break;
      }
    }
  }
  return ends;
}

/** The title's Latin words, in order (normalised, lower case): see wordEnds. */
function latinWords(norm: string): string[] {
  return norm.match(/[a-z0-9]+/g) ?? [];
}

function findAll(haystack: string, lookup: AliasLookup, qualifier: boolean, offset: number, stem: number, out: AliasHit[], words: readonly string[] = []): void {
  const ends = wordEnds(haystack, words);
  for (let at = 0; at < haystack.length; at++) {
    const candidates = lookup.get(haystack[at]!);
    if (!candidates) continue;
    for (const entry of candidates) {
      if (!haystack.startsWith(entry.key, at)) continue;
      const end = at + entry.key.length;
      // "go" must not fire inside "google", nor "ui" inside "build".
      const latinStart = LATIN_CHAR.test(entry.key[0]!) && at > 0 && LATIN_CHAR.test(haystack[at - 1]!) && !ends.has(at);
      const latinEnd = LATIN_CHAR.test(entry.key[entry.key.length - 1]!) && end < haystack.length && LATIN_CHAR.test(haystack[end]!) && !ends.has(end);
      if (latinStart || latinEnd) continue;
      out.push({ entry, start: offset + at, end: offset + end, stemEnd: offset + Math.min(end, stem), qualifier });
    }
  }
}

/** Better head first: later (stem) end, more of the stem, longer, learned, unambiguous. */
export function compareHits(a: AliasHit, b: AliasHit): number {
  return (
    b.stemEnd - a.stemEnd ||
    b.stemEnd - b.start - (a.stemEnd - a.start) ||
    b.entry.key.length - a.entry.key.length ||
    Number(b.entry.learned) - Number(a.entry.learned) ||
    Number(a.entry.ambiguous) - Number(b.entry.ambiguous)
  );
}

/** True when the text holds an alias (a job the library or an outside family names). */
function hasAlias(text: string, lookup: AliasLookup, words: readonly string[] = []): boolean {
  const found: AliasHit[] = [];
  findAll(text, lookup, false, 0, text.length, found, words);
  return found.length > 0;
}

interface PartReading {
  head: AliasHit | null;
  displaced: AliasHit | null;
  hits: AliasHit[];
}

// Rank words that may follow a job's name (the job's own, unlike the pay or perks after them).
const RANK_PREFIX = /^(?:[/、]?(?:专员|助理|主管|经理|总监|组长|主任|负责人|实习生|实习|专家|高级|资深|副|岗位|岗|leader))*/u;

/** The title up to its last alias and the rank words right after it: "数据分析师保底8500" reads as 数据分析师. */
function untilLastJob(text: string, lookup: AliasLookup, words: readonly string[]): string {
  const found: AliasHit[] = [];
  findAll(text, lookup, false, 0, text.length, found, words);
  if (!found.length) return text;
  const end = Math.max(...found.map((h) => h.end));
  return text.slice(0, end) + (RANK_PREFIX.exec(text.slice(end))?.[0] ?? '');
}

/** One job's name: its hits, its head (director titles, modifiers of generic heads), then its level. */
function readPart(text: string, lookup: AliasLookup, offset: number, words: readonly string[]): PartReading {
  const proper = untilLastJob(text, lookup, words);
  const stem = stemEndOf(proper);
  const hits: AliasHit[] = [];
  findAll(proper, lookup, false, offset, stem, hits, words);
  const ranked = [...hits].sort(compareHits);
  const chosen = directorOf(proper, stem, ranked, offset);
  const modifier = chosen ? null : modifierOf(ranked[0], ranked);
  const head = chosen ?? modifier ?? ranked[0] ?? null;
  return { head: head && atLevel(head, proper.slice(Math.max(head.end - offset, stem))), displaced: modifier ? ranked[0]! : null, hits };
}

/** The head moved to the rung its rank words give (天猫运营|主管 -> the store manager); learned aliases stand. */
function atLevel(head: AliasHit, rankWords: string): AliasHit {
  const classId = head.entry.learned ? head.entry.classId : roleAtLevel(head.entry.classId, levelOf(rankWords));
  if (classId === head.entry.classId) return head;
  return { ...head, entry: { ...head.entry, classId, text: head.entry.text + rankWords, ambiguous: false, generic: false } };
}

export function readTitle(
  title: string | null | undefined,
  entries: readonly AliasEntry[],
  lookup: AliasLookup = aliasLookup(entries),
): TitleReading {
  title ??= '';
  const norm = normalizeForMatch(title.slice(0, 500)).slice(0, 200);
  const key = norm.replace(/\s+/g, '');
  const words = latinWords(norm);
  const parts = parseTitle(norm, (t) => hasAlias(t, lookup, words));
  // A learned alias equal to the whole title is the user's own answer for exactly this title,
  // whatever punctuation the title carries (运营专员/助理 was learned as 运营专员助理).
  const exactKey = learnedAliasKey(title);
  const exactEntry = exactKey ? entries.find((e) => e.learned && e.key === exactKey) : undefined;
  const qualifierHits: AliasHit[] = [];
  if (parts.qualifiers) findAll(parts.qualifiers, lookup, true, 1000, parts.qualifiers.length, qualifierHits, words);
  if (exactEntry) {
    const exact: AliasHit = { entry: exactEntry, start: 0, end: key.length, stemEnd: key.length, qualifier: false };
    return { key, head: exact, displaced: null, hits: [exact, ...qualifierHits], jobs: [], listed: [], namesPost: true };
  }
  // A list of jobs of different roles: no head; each job's head is a candidate the body decides among.
  if (parts.alternatives.length > 1) {
    const field = sharedField(parts.alternatives[0]!, lookup, words);
    const named0 = parts.alternatives.map((a, i) => (i > 0 && field && PERSON_NOUN.test(a) ? field + a : a));
    const readings = named0.map((a, i) => ({ text: a, ...readPart(a, lookup, i * 100, words) }));
    // A bare generic head (视频|运营) names no domain of its own: it does not make a list of jobs.
    const named = readings.filter((r) => r.head && !(r.head.entry.generic && !r.head.entry.learned));
    const distinct = named.filter((r, i) => named.findIndex((o) => o.head!.entry.classId === r.head!.entry.classId) === i);
    if (distinct.length > 1) {
      const hits = [...readings.flatMap((r) => r.hits), ...qualifierHits];
      return { key, head: null, displaced: null, hits, jobs: distinct.map((r) => r.head!), listed: named.map((r) => r.text), namesPost: parts.namesPost };
    }
    // Names of one job ("新媒体运营/内容运营/视频运营"): the first that names a domain is the head.
    const first = named[0];
    if (first) return { key, head: first.head, displaced: first.displaced, hits: [...readings.flatMap((r) => r.hits), ...qualifierHits], jobs: [], listed: [], namesPost: parts.namesPost };
  }
  const part = readPart(parts.proper, lookup, 0, words);
  return { key, head: part.head, displaced: part.displaced, hits: [...part.hits, ...qualifierHits], jobs: [], listed: [], namesPost: parts.namesPost };
}

// The rank that heads a department. Below it a title's rank words qualify the job
// (新媒体运营主管 is new-media work), at it the job is leading: 内容运营总监 is an operations
// director, and 设计总监 stays a designer only because the library names that title. Like
// RANK_SUFFIX, this reads Chinese rank words only.
const DIRECTOR_RANK = /总监/;

/**
 * When the rank words are a director's, an alias that names a director's title and reaches into
 * them (运营总监, 设计总监, 技术总监) is the head, not the narrower job before them.
 */
function directorOf(proper: string, stem: number, hits: AliasHit[], offset: number): AliasHit | null {
  if (!DIRECTOR_RANK.test(proper.slice(stem))) return null;
  return hits.find((h) => h.end - offset > stem && DIRECTOR_RANK.test(h.entry.key)) ?? null;
}

// Words that name a person at work in any field: the word before them names the field. 统计员 is
// the clerk who keeps a department's tallies (仓库统计员, 车间统计员); alone it is read as data work.
const PERSON_NOUN = /^(?:工程师|专家|顾问|人员|统计员|engineer|specialist|consultant)$/;

/**
 * A generic head names a kind of work, not a domain: bare 运营 (other roles' aliases contain it
 * twice or more), or a word for a person at work in any field (工程师, 专家). It takes its meaning
 * from the word right before it: 推广运营 is promotion work, 网络安全运营 security work, 采购工程师
 * purchasing. When an unambiguous alias of another class ends exactly where such a head begins,
 * that alias is the better head. (A same-class alias there confirms the head: 数据仓库|工程师
 * stays tech whatever 仓库 means alone.)
 */
function modifierOf(head: AliasHit | undefined, hits: AliasHit[]): AliasHit | null {
  if (!head || head.entry.learned || !(head.entry.generic || PERSON_NOUN.test(head.entry.key))) return null;
  const best = hits.filter((h) => h.end === head.start).sort(compareHits)[0];
  if (!best || best.entry.classId === head.entry.classId || !namesField(best, hits)) return null;
  return best;
}

/**
 * Whether a word before a generic head names its field in this title. A word inside another
 * class's alias (仓库 in 数据仓库) names the field unless this title holds that longer alias over
 * it; a word inside the aliases of two or more other classes (运营) never does.
 */
function namesField(hit: AliasHit, hits: readonly AliasHit[]): boolean {
  if (!hit.entry.ambiguous) return true;
  if (hit.entry.generic) return false;
  return !hits.some((h) => h !== hit && h.entry.classId !== hit.entry.classId && h.start <= hit.start && h.end >= hit.end);
}

/**
 * The field word a list of jobs shares: "仓库文员/统计员" is 仓库文员 and 仓库统计员. The first job's
 * name opens with a word of its own class that names a field (仓库) before the rest of the name; a
 * later job that is nothing but a person-at-work word (统计员, 工程师) takes that field.
 */
function sharedField(first: string, lookup: AliasLookup, words: readonly string[]): string {
  const found: AliasHit[] = [];
  findAll(first, lookup, false, 0, first.length, found, words);
  const head = [...found].sort(compareHits)[0];
  const field = found.find((h) => h.start === 0 && h.end < (head?.end ?? 0) && h.entry.classId === head!.entry.classId && namesField(h, found));
  return field ? first.slice(0, field.end) : '';
}
