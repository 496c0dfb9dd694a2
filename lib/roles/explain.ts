import { normalizeForMatch } from '../text/normalize';
import { termsOfNormalized, type Vector } from './features';

/**
 * Readable evidence terms. The score runs on character bigrams, which read badly (营专, 车推), and
 * stitching strong bigrams back together cuts words in half (商运营). So the terms shown are
 * phrases of the class's own profile (its aliases, skills, and the words and word pairs that
 * Intl.Segmenter finds in its duties) that occur in the posting, ranked by how much their
 * bigrams weighed in the score.
 */

const MAX_TERMS = 6;
// Words that frame a duty rather than name it; no evidence phrase starts or ends with one.
const FRAME_WORDS = new Set(
  '以上 通过 根据 负责 进行 相关 以及 并且 或者 具有 具备 熟悉 熟练 使用 能够 完成 协助 配合 做好 提供 保证 等等 各类 各种 以及 优先'.split(' '),
);

export interface Phrase {
  text: string;
  terms: string[];
}

let segmenter: Intl.Segmenter | null | undefined;
function words(text: string): string[] {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return [];
  // Single characters (和, 千 of a split 千牛) and framing words make poor evidence.
  return [...segmenter.segment(text)]
    .map((w) => (w.isWordLike && w.segment.length >= 2 && !FRAME_WORDS.has(w.segment) ? w.segment : ''));
}

/** Candidate phrases of a profile: whole short texts (aliases, skills), words, adjacent word pairs. */
export function profilePhrases(shortTexts: readonly string[], longTexts: readonly string[]): Phrase[] {
  const out = new Map<string, Phrase>();
  const add = (raw: string) => {
    const text = normalizeForMatch(raw).trim();
    if (text.length < 2 || text.length > 12 || out.has(text)) return;
    const terms = termsOfNormalized(text);
    if (terms.length) out.set(text, { text, terms });
  };
  for (const t of shortTexts) add(t);
  for (const t of longTexts) {
    // '' marks a dropped segment: pairs only join words that were adjacent in the text.
    const ws = words(normalizeForMatch(t));
    ws.forEach((w, i) => {
      if (!w) return;
      add(w);
      const next = ws[i + 1];
      if (next) add(w + next);
    });
  }
  return [...out.values()];
}

// Phrases by their first term, per phrase list: only phrases whose first term the posting has are tried.
const byFirstTerm = new WeakMap<readonly Phrase[], Map<string, Phrase[]>>();
function firstTermIndex(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  let map = byFirstTerm.get(phrases);
  if (!map) {
    map = new Map();
    for (const p of phrases) {
      const list = map.get(p.terms[0]!) ?? [];
      list.push(p);
      map.set(p.terms[0]!, list);
    }
    byFirstTerm.set(phrases, map);
  }
  return map;
}

export function explainTerms(normText: string, query: Vector, cls: Vector, phrases: readonly Phrase[], max = MAX_TERMS): string[] {
  const weight = (t: string) => (query.get(t) ?? 0) * (cls.get(t) ?? 0);
  const index = firstTermIndex(phrases);
  const found: { text: string; score: number }[] = [];
  for (const first of query.keys()) {
    for (const p of index.get(first) ?? []) {
      // Every term of the phrase must be in the posting at all before the text is searched.
      if (!p.terms.every((t) => query.has(t))) continue;
      const score = p.terms.reduce((s, t) => s + weight(t), 0);
      if (score > 0 && normText.includes(p.text)) found.push({ text: p.text, score });
    }
  }
  found.sort((a, b) => b.score - a.score || b.text.length - a.text.length || a.text.localeCompare(b.text));
  const chosen: string[] = [];
  for (const f of found) {
    // A phrase inside one already chosen (运营 inside 淘宝运营) adds nothing.
    if (chosen.some((c) => c.includes(f.text))) continue;
    chosen.push(f.text);
    if (chosen.length >= max) break;
  }
  return chosen;
}
