import { modelTerms } from './body-model';
import type { BodyModelCore, BodyReading } from './body-types';

/**
 * The body terms that decided, in words a recruiter reads. The model weighs characters and
 * character pairs (营专, 车推 read badly), so the posting's own words (Intl.Segmenter, or Latin
 * words) are scored instead: a word's score is what its characters and pairs added to the class's
 * logit in this posting (the model's weights are centred, so that is against the other classes).
 * The best words, none inside another, are the evidence.
 */

const MAX_TERMS = 6;
// Words that frame a duty rather than name it.
const FRAME_WORDS = new Set('以上 通过 根据 负责 进行 相关 以及 并且 或者 具有 具备 熟悉 熟练 使用 能够 完成 协助 配合 做好 提供 保证 优先 工作 公司 岗位 职位'.split(' '));
const WORDLIKE = /[\u3400-\u9fffa-z]/;

let segmenter: Intl.Segmenter | null | undefined;
function words(text: string): string[] {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return text.match(/[a-z][a-z0-9+#.]*|[\u3400-\u9fff]{2,4}/g) ?? [];
  const out: string[] = [];
  for (const w of segmenter.segment(text)) if (w.isWordLike && w.segment.length >= 2 && WORDLIKE.test(w.segment)) out.push(w.segment);
  return out;
}

export function bodyEvidence(model: BodyModelCore, reading: BodyReading, classId: string, max = MAX_TERMS): string[] {
  const c = model.classes.indexOf(classId);
  if (c < 0) return [];
  const k = model.classes.length;
  const gain = (term: string): number => {
    const row = model.rows.get(term);
    const x = row === undefined ? undefined : reading.vector.get(row);
    return x === undefined ? 0 : model.weights[row! * k + c]! * model.scale * x;
  };
  const scores = new Map<string, number>();
  for (const w of words(reading.text)) {
    if (scores.has(w) || FRAME_WORDS.has(w)) continue;
    // A single character's weight is shared by every word holding it: pairs and Latin words say more.
    const own = modelTerms(w).filter((t) => t.length > 1 || !/[\u3400-\u9fff]/.test(t));
    scores.set(w, own.reduce((s, t) => s + gain(t), 0));
  }
  const ranked = [...scores.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const chosen: string[] = [];
  for (const [w] of ranked) {
    if (chosen.some((x) => x.includes(w) || w.includes(x))) continue;
    chosen.push(w);
    if (chosen.length >= max) break;
  }
  return chosen;
}
