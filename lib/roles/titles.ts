import { normalizeForMatch } from '../text/normalize';

/**
 * Reading a job title against the alias table. Chinese titles put the head noun last
 * (淘宝|美工, 新媒体|运营|专员, java|开发工程师), so among the aliases found in a title the one that
 * ends last wins. Rank words at the end (专员, 主管, 经理, 实习生…) are not the head: an alias
 * reaching into them ends, for this purpose, where they begin, so 新媒体运营专员 reads as
 * 新媒体运营 and not as 运营专员; among aliases ending together the one covering more of the
 * title before the rank words wins, then the longer (运营总监 over 运营). Text in brackets
 * (电商运营（天猫方向）) is a qualifier: it counts, but less.
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
}

const BRACKETS = /[(（【\[<《][^)）】\]>》]*[)）】\]>》]?/g;
// Rank and employment words that follow the head noun. Not 师/员/工程师: 设计师, 仓管员 and
// 开发工程师 name the job itself.
const RANK_SUFFIX = /(?:专员|助理|主管|经理|总监|组长|主任|负责人|实习生|实习|专家|高级|资深|岗位|岗|方向|兼职|全职|leader|[\s\p{P}\p{S}0-9])+$/u;

// A dash-joined tail naming a direction (技术编辑--ai方向, java开发-支付方向) qualifies the job.
const DIRECTION_TAIL = /[-—–_]+[^-—–_]*方向$/u;

/** The title proper, and the qualifiers: bracketed text and a trailing "-…方向". */
function splitQualifiers(key: string): { proper: string; qualifiers: string } {
  const parts: string[] = [...(key.match(BRACKETS) ?? [])];
  let proper = key.replace(BRACKETS, ' ');
  const tail = DIRECTION_TAIL.exec(proper.trimEnd());
  if (tail && tail.index > 0) {
    parts.push(tail[0]);
    proper = proper.slice(0, tail.index);
  }
  return { proper, qualifiers: parts.join(' ') };
}

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

function findAll(haystack: string, lookup: AliasLookup, qualifier: boolean, offset: number, stem: number, out: AliasHit[]): void {
  for (let at = 0; at < haystack.length; at++) {
    const candidates = lookup.get(haystack[at]!);
    if (!candidates) continue;
    for (const entry of candidates) {
      if (!haystack.startsWith(entry.key, at)) continue;
      const end = at + entry.key.length;
      // "go" must not fire inside "google", nor "ui" inside "build".
      const latinStart = LATIN_CHAR.test(entry.key[0]!) && at > 0 && LATIN_CHAR.test(haystack[at - 1]!);
      const latinEnd = LATIN_CHAR.test(entry.key[entry.key.length - 1]!) && end < haystack.length && LATIN_CHAR.test(haystack[end]!);
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

export function readTitle(
  title: string | null | undefined,
  entries: readonly AliasEntry[],
  lookup: AliasLookup = aliasLookup(entries),
): TitleReading {
  title ??= '';
  const key = titleKey(title).slice(0, 200);
  const { proper, qualifiers } = splitQualifiers(key);
  const stem = stemEndOf(proper);
  const hits: AliasHit[] = [];
  findAll(proper, lookup, false, 0, stem, hits);
  if (qualifiers) findAll(qualifiers, lookup, true, 1000, qualifiers.length, hits);
  // A learned alias equal to the whole title is the user's own answer for exactly this title,
  // whatever punctuation the title carries (运营专员/助理 was learned as 运营专员助理).
  const exactKey = learnedAliasKey(title);
  const exactEntry = exactKey ? entries.find((e) => e.learned && e.key === exactKey) : undefined;
  const exact: AliasHit | null = exactEntry
    ? { entry: exactEntry, start: 0, end: proper.length, stemEnd: stem, qualifier: false }
    : null;
  if (exact && !hits.some((h) => h.entry === exactEntry)) hits.push(exact);
  const ranked = hits.filter((h) => !h.qualifier).sort(compareHits);
  const chosen = exact ?? directorOf(proper, stem, ranked);
  const modifier = chosen ? null : modifierOf(ranked[0], ranked);
  return { key, head: chosen ?? modifier ?? ranked[0] ?? null, displaced: modifier ? ranked[0]! : null, hits };
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
function directorOf(proper: string, stem: number, hits: AliasHit[]): AliasHit | null {
  if (!DIRECTOR_RANK.test(proper.slice(stem))) return null;
  return hits.find((h) => h.end > stem && DIRECTOR_RANK.test(h.entry.key)) ?? null;
}

/**
 * A generic head (bare 运营) takes its meaning from the word right before it: 推广运营 is
 * promotion work, 网络安全运营 security work. When an unambiguous alias of another class ends
 * exactly where a generic head begins, that alias is the better head. (A same-class alias there
 * confirms the head: 数据仓库|工程师 stays tech whatever 仓库 means alone.)
 */
function modifierOf(head: AliasHit | undefined, hits: AliasHit[]): AliasHit | null {
  if (!head || !head.entry.generic || head.entry.learned) return null;
  const best = hits.filter((h) => h.end === head.start).sort(compareHits)[0];
  if (!best || best.entry.classId === head.entry.classId || best.entry.ambiguous) return null;
  return best;
}
