import type { DictGroup } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';

/**
 * The fast path's trigger characters derived from OpenCC's dictionaries (normalize.ts,
 * toSimplified). Run ahead of time by scripts/opencc-triggers.ts, which writes them to
 * opencc-triggers.ts; test/text/opencc-fastpath.test.ts holds that file to this derivation, so a
 * new opencc-js cannot leave it behind. Not imported by the extension.
 */

type Entry = [from: string, to: string];
function entriesOf(groups: readonly DictGroup[]): Entry[] {
  return groups.flatMap((group) =>
    group.flatMap((dict) =>
      typeof dict === 'string'
        ? dict.split('|').map((e): Entry => {
            const [from = '', to = ''] = e.split(' ');
            return [from, to];
          })
        : dict.map(([from, to]): Entry => [from, to.split(' ')[0] ?? '']),
    ),
  );
}

/**
 * The characters whose presence can make the conversion change a text. The chain is HK variants
 * (户 -> 戶) then Traditional -> Simplified (戶 -> 户), so a character counts when the chain as a
 * whole changes it, or when it is the changing part of a phrase entry (一目瞭然 -> 一目了然 is
 * caught by 瞭). A text with none of them converts to itself, which is nearly every Simplified job
 * ad, so it skips the phrase-trie walk. test/text/opencc-fastpath.test.ts holds it to OpenCC.
 */
export function triggerChars(): Set<string> {
  const set = new Set<string>();
  const first = entriesOf(fromHk);
  const second = entriesOf(toCn);
  const chars1 = new Map(first.filter(([f]) => [...f].length === 1));
  const chars2 = new Map(second.filter(([f]) => [...f].length === 1));
  // What phrase entries turn each of their changing characters into ('' when lengths differ).
  const phraseDiff = new Map<string, Set<string>>();
  for (const [from, to] of [...first, ...second]) {
    if ([...from].length === 1 || from === to) continue;
    const a = [...from];
    const b = [...to];
    a.forEach((c, i) => {
      const out = a.length === b.length ? b[i]! : '';
      if (out !== c) (phraseDiff.get(c) ?? phraseDiff.set(c, new Set()).get(c)!).add(out);
    });
  }
  for (const c of phraseDiff.keys()) set.add(c);
  // 户 -> 戶 -> 户 is no change, unless some phrase would turn 戶 into anything but 户.
  const phraseChanges = (mid: string, back: string) => [...(phraseDiff.get(mid) ?? [])].some((out) => out !== back);
  for (const [c, mid] of chars1) if ((chars2.get(mid) ?? mid) !== c || phraseChanges(mid, c)) set.add(c);
  for (const [c, out] of chars2) if (out !== c) set.add(c);
  return set;
}


/**
 * The phrase-only triggers (么 吃 覆 沈 哩 …: OpenCC turns each alone into itself, and changes it
 * only inside some phrase) and the patterns of every phrase that could change a text whose
 * triggers are all phrase-only. Such a text converts to itself unless a pattern matches: so
 * "吃苦耐劳", "什么", "覆盖" need no converter, while "反覆", "一目瞭然" do.
 *
 * Why the patterns are enough: with no other trigger in the text, each character of the first
 * step's output (HK variants) is the text's own character or its first-table form (a changing
 * phrase of the first table would match the text itself: its own pattern); so a phrase of the
 * second table can match only where each position holds that character or one the first table
 * turns into it (a character class of the pattern). Where nothing matches, every character goes
 * through the two character tables, which give it back (the definition of a non-trigger or
 * phrase-only character). Patterns flag any occurrence, matched by OpenCC's longest-match or not:
 * a pattern may load the converter for nothing, never skip it when it would change the text.
 */
export function phraseOnlyRisk(triggers: Set<string> = triggerChars()): { phraseOnly: string[]; patterns: string[] } {
  const first = entriesOf(fromHk);
  const second = entriesOf(toCn);
  const single = ([f]: Entry) => [...f].length === 1;
  const chars1 = new Map(first.filter(single));
  const chars2 = new Map(second.filter(single));
  const back = (c: string) => {
    const mid = chars1.get(c) ?? c;
    return chars2.get(mid) ?? mid;
  };
  const phraseOnly = [...triggers].filter((c) => (chars2.get(c) ?? c) === c && back(c) === c).sort();
  const allowed = (c: string) => !triggers.has(c) || phraseOnly.includes(c);
  // The text's characters the first table turns into x (an allowed character only).
  const sources = new Map<string, string[]>();
  for (const [s, x] of chars1) if (allowed(s) && s !== x) (sources.get(x) ?? sources.set(x, []).get(x)!).push(s);
  const escape = (c: string) => c.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
  const patterns = new Set<string>();
  for (const [from, to] of first) if (!single([from, to]) && from !== to && [...from].every(allowed)) patterns.add([...from].map(escape).join(''));
  for (const [from, to] of second) {
    if (single([from, to]) || from === to) continue;
    const classes = [...from].map((x) => [...(allowed(x) ? [x] : []), ...(sources.get(x) ?? [])].map(escape));
    if (classes.every((c) => c.length)) patterns.add(classes.map((c) => (c.length === 1 ? c[0] : `[${c.join('')}]`)).join(''));
  }
  return { phraseOnly, patterns: [...patterns].sort() };
}
