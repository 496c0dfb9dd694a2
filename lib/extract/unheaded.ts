import { itemScore, STRONG } from './classify';
import type { Item } from './groups';
import { CALL_LINE } from './job-words';

/**
 * The lists of an ad that gives them without a heading of their own (sections.ts): an unheaded
 * list, a pasted paragraph or run of clauses, and the duties written before the only heading.
 */

/**
 * An ad without a single heading: when it has a list, the list is the ad and the prose around it
 * is introduction; either way the items must read as duties or requirements (strong evidence on
 * at least two, and a third of them), or it is not an ad at all (a news story, a list of links).
 * Text known to be an ad needs one such item.
 */
export function unheadedItems(all: Item[], knownJob: boolean, givenAsAd: boolean): Item[] {
  const items = all.filter((it) => !CALL_LINE.test(it.text));
  const marked = items.filter((it) => it.marked);
  const pool = marked.length >= 2 ? marked : items;
  const scores = pool.map((it) => Math.abs(contentScore(it.text)));
  const strong = scores.filter((s) => s >= STRONG).length;
  if (knownJob) return strong >= 1 ? pool : [];
  // A pasted numbered list of duties often opens its items with nouns (费用审核、月度报表的编制):
  // numbering, one plain item and some evidence on half of them make it the ad it was given as.
  if (givenAsAd && marked.length >= 3 && pool === marked && strong >= 1 && scores.filter((s) => s >= 1).length * 2 >= pool.length) return pool;
  if (strong >= 2 && strong * 3 >= pool.length) return pool;
  // A pasted ad of a paragraph or two ("负责材料的询价和采购。负责分包商的洽谈。"): its sentences are
  // its items, the same evidence asked of them.
  if (givenAsAd && pool.length <= MAX_PARAGRAPHS) {
    const sentences = pool.flatMap((it) => it.text.split(SENTENCE_END)).map((t) => t.trim()).filter((t) => t.length >= 4);
    const asItems = () => sentences.map((text) => ({ text, marked: false, colon: false }));
    const plain = sentences.filter((t) => Math.abs(contentScore(t)) >= STRONG).length;
    if (pool.length <= 3 && plain >= 2 && plain * 3 >= sentences.length) return asItems();
    // Tasks or asks strung together with commas ("查看往来邮件，整理客户资料，审核新订单，跟进大货进度…";
    // "具有三年以上设计经验，熟练掌握PS，具备良好审美…"): the clauses decide, and more of them must
    // speak plainly (three, and half), as a company's blurb or small talk never does.
    const clauses = sentences.flatMap((t) => t.split(CLAUSE_END)).map((t) => t.trim()).filter((t) => t.length >= 4);
    const plainClauses = clauses.filter((t) => Math.abs(contentScore(t)) >= STRONG).length;
    if (plainClauses >= 3 && plainClauses * 2 >= clauses.length) return sentences.length > 1 ? asItems() : clauseItems(clauses);
  }
  return [];
}

/**
 * One sentence of tasks or asks joined by commas: a list, one item per plain clause, each with the
 * clauses that set it up before it ("针对具体业务场景，设计预测模型") and the trailing ones after the last.
 */
function clauseItems(clauses: string[]): Item[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const c of clauses) {
    pending.push(c);
    if (Math.abs(contentScore(c)) < STRONG) continue;
    out.push(pending.join('，'));
    pending = [];
  }
  if (pending.length && out.length) out[out.length - 1] += `，${pending.join('，')}`;
  return out.map((text) => ({ text, marked: false, colon: false }));
}

const MAX_PARAGRAPHS = 6;
const CLAUSE_END = /[，,]+/u;

const SENTENCE_END = /[。；;！!？?]+/u;

/**
 * Duties written before the ad's only heading (任职要求) with no heading of their own: the run
 * of items that ends at that heading, each numbered or leaning duty-wards, at least one plainly a
 * duty. A company introduction before it (no evidence) ends the run and stays out.
 */
export function unlabelledDuties(items: Item[], evidence: boolean): Item[] {
  let start = items.length;
  while (start > 0) {
    const it = items[start - 1]!;
    if (!it.marked && !(evidence && itemScore(it.text) >= 1)) break;
    start--;
  }
  const run = items.slice(start);
  const marked = run.filter((it) => it.marked).length;
  if (marked >= 2 && marked === run.length) return run;
  return evidence && run.some((it) => itemScore(it.text) >= STRONG) ? run : [];
}

// A short run-in label naming an item ("岗位需求：女性，大专以上…", "渠道拓展：负责…").
const RUN_IN_LABEL = /^[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?=\S)/u;

/**
 * An unheaded item's evidence read after its run-in label, which hides how the item opens: with no
 * heading, such labels are what a post of label lines has in place of its sections. (Only here:
 * under headings, scoring past the label moved role ads' extraction, and so their body model.)
 */
export const contentScore = (text: string) => itemScore(text.replace(RUN_IN_LABEL, ''));
