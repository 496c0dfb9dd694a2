import type { Vector } from './features';

/**
 * Readable evidence terms. The score runs on character bigrams, which read badly (营专, 车推);
 * so the bigrams that weigh most for the chosen class are stitched back into the phrases they
 * came from in the posting (直通车推广, 详情页), and Latin words are taken as they are.
 */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// Only bigrams carrying at least this share of the strongest one's weight make a phrase.
const MIN_SHARE = 0.2;
const MAX_TERMS = 6;

export function explainTerms(normText: string, query: Vector, cls: Vector, max = MAX_TERMS): string[] {
  const contrib = new Map<string, number>();
  let strongest = 0;
  for (const [t, q] of query) {
    const c = cls.get(t);
    if (!c) continue;
    contrib.set(t, q * c);
    strongest = Math.max(strongest, q * c);
  }
  if (strongest === 0) return [];
  const strong = (t: string) => (contrib.get(t) ?? 0) >= MIN_SHARE * strongest;

  const phrases = new Map<string, number>();
  const add = (phrase: string, parts: string[]) => {
    if (phrases.has(phrase)) return;
    phrases.set(phrase, [...new Set(parts)].reduce((s, p) => s + (contrib.get(p) ?? 0), 0));
  };
  const text = normText.slice(0, 20_000);
  let i = 0;
  while (i < text.length - 1) {
    if (!CJK.test(text[i]!) || !CJK.test(text[i + 1]!) || !strong(text.slice(i, i + 2))) {
      i += 1;
      continue;
    }
    const parts: string[] = [];
    let j = i;
    while (j < text.length - 1 && CJK.test(text[j + 1]!) && strong(text.slice(j, j + 2))) {
      parts.push(text.slice(j, j + 2));
      j += 1;
    }
    add(text.slice(i, j + 1), parts);
    i = j + 1;
  }
  for (const t of contrib.keys()) if (!CJK.test(t[0]!) && strong(t)) add(t, [t]);
  for (const t of contrib.keys()) if (t.length >= 3 && CJK.test(t[0]!) && strong(t)) add(t, [t]);

  return [...phrases.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([p]) => p);
}
