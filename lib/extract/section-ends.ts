import { itemScore, STRONG } from './classify';
import type { Item } from './groups';
import { isHard, noiseKind, type NoiseKind } from './noise';

/**
 * Where a list ends by what it says, whatever the next heading is called or whether there is one:
 * at a notice, an EEO statement, an application instruction or links to other jobs (hard), or at
 * a trailing run that is mostly benefits, company blurb or recruiting pitch (soft). Page furniture
 * ("收起", "Show more") is dropped where it stands. Unmarked prose sitting among a numbered list's
 * items (an outro such as "you don't need to know them all") is not an item either.
 */
export function endOfList(items: Item[]): Item[] {
  if (!items.length) return items;
  const kinds = items.map((it) => noiseKind(it.text));
  const soft = kinds.map((k) => !!k && k !== 'furniture' && !isHard(k));
  const marked = items.filter((it) => it.marked).length;
  // Prose is the outro of a list only where the list leads the section: a section that opens with
  // paragraphs (two or more), one of them leading into a short list of examples, is its paragraphs.
  const firstMarked = items.findIndex((it) => it.marked);
  const listLed = marked >= 2 && items.slice(0, firstMarked).filter((it) => isProse(it.text)).length < 2;
  // A Chinese list's items are Chinese: a bare token of lowercase letters or digits among them
  // ("rdqwh", "811143" pasted between paragraphs) is stray text, never an item.
  const cjkList = items.filter((it) => it.marked && CJK.test(it.text)).length * 2 > marked;
  // A list that is all benefit-like under its own heading is what the heading says (an HR duty list).
  const allSoft = soft.every(Boolean);
  const out: Item[] = [];
  const from = leadingPitch(items, kinds);
  // Unmarked lines after a numbered label ("1.供应商管理：") are that label's content, not prose.
  let underLabel = false;
  for (let i = from; i < items.length; i++) {
    const it = items[i]!;
    if (it.marked) underLabel = /[:：]\s*$/.test(it.text);
    const kind = kinds[i] ?? null;
    if (kind === 'furniture') continue;
    if (isHard(kind)) break;
    // A soft run ends the list only after some of its items, and only when nothing after it has
    // strong evidence: a heading's own list is never emptied by its words alone.
    if (soft[i] && out.length > 0 && !allSoft && trailingRun(items, soft, i, kinds)) break;
    // The employer speaking of itself between an English list's items ("At Acme, we put patients
    // first", "Join a team of innovators") is no item of it, wherever it stands. (Chinese pitch words
    // are looser: "以…为人生目标" is a requirement.)
    if ((kind === 'company' || kind === 'pitch') && out.length > 0 && !allSoft && !/[\u4e00-\u9fff]/.test(it.text)) continue;
    if (listLed && !it.marked && !underLabel && (isProse(it.text) || (cjkList && STRAY_TOKEN.test(it.text)))) continue;
    out.push(it);
  }
  return out;
}

/**
 * A list that opens with the employer's pitch or blurb ("我们正在寻找热爱电商的你！", "Join our
 * growing team!") before items that plainly are the ad's (two with strong evidence): the opening
 * unmarked run is not an item. Returns where the list's items begin.
 */
function leadingPitch(items: Item[], kinds: (NoiseKind | null)[]): number {
  let i = 0;
  while (i < items.length && !items[i]!.marked && (kinds[i] === 'pitch' || kinds[i] === 'company')) i++;
  if (!i) return 0;
  const strong = items.slice(i).filter((it) => Math.abs(itemScore(it.text)) >= STRONG).length;
  return strong >= 2 ? i : 0;
}

/**
 * Whether the soft items from `from` on are the list's trailing run: at least half of what follows
 * up to the end (or up to a hard item, where the list ends anyway), and nothing there with strong
 * evidence of being an item.
 */
function trailingRun(items: Item[], soft: boolean[], from: number, kinds: readonly (NoiseKind | null)[]): boolean {
  let end = from;
  while (end < items.length && !isHard(kinds[end] ?? null)) end++;
  const noisy = soft.slice(from, end).filter(Boolean).length;
  if (noisy * 2 < end - from) return false;
  for (let j = from; j < end; j++) if (!soft[j] && Math.abs(itemScore(items[j]!.text)) >= STRONG) return false;
  return true;
}

const CJK = /[\u3400-\u9fff]/;
const STRAY_TOKEN = /^(?=.*[a-z0-9])[a-z0-9]{3,12}$/;

function isProse(text: string): boolean {
  const long = /[\u3400-\u9fff]/.test(text) ? text.length >= 40 : text.split(/\s+/).length >= 12;
  return long && Math.abs(itemScore(text)) < STRONG;
}
