import { describe, expect, test } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import { needsConversion, openccTriggers, toSimplified } from '@/lib/text/normalize';
import { phraseOnlyRisk } from '@/lib/text/opencc-derive';
import { OPENCC_PHRASE_ONLY, OPENCC_RISKY_PHRASES } from '@/lib/text/opencc-triggers';

/**
 * A text whose only trigger characters are phrase-only ones (吃 么 覆 沈…) needs the converter
 * only when one of the phrases OpenCC changes can occur in it (normalize.ts needsConversion).
 * Whenever needsConversion says no, OpenCC must give the text back unchanged: checked on every
 * phrase of both dictionaries that holds a phrase-only character, cut and set in context, and on
 * seeded random text made of those characters and common Simplified ones.
 */
const full = ConverterFactory(fromHk, toCn);
const { phraseOnly, patterns } = phraseOnlyRisk();

type Entry = [string, string];
const entries = (groups: readonly (string | [string, string][])[][]): Entry[] =>
  groups.flatMap((g) => g.flatMap((d) => (typeof d === 'string' ? d.split('|').map((e) => e.split(' ') as Entry) : d)));
const phrases = [...entries(fromHk as never), ...entries(toCn as never)].map(([from]) => from).filter((f) => [...f].length > 1 && [...f].some((c) => phraseOnly.includes(c)));

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('phrase-only trigger characters', () => {
  test('the shipped list and patterns are what the installed dictionaries give (else run scripts/opencc-triggers.ts)', () => {
    expect(OPENCC_PHRASE_ONLY).toBe(phraseOnly.join(''));
    expect(OPENCC_RISKY_PHRASES).toBe(patterns.join('|'));
    expect(phraseOnly.length).toBeGreaterThan(5);
    for (const c of phraseOnly) expect(openccTriggers().has(c)).toBe(true);
  });

  test.each(['吃苦耐劳，能接受加班', '有什么问题', '覆盖全渠道', '哔哩哔哩', '沈阳', '俱乐部会员运营'])('%s: no converter, and OpenCC agrees', (text) => {
    expect(needsConversion(text)).toBe(false);
    expect(full(text)).toBe(text);
  });

  test.each(['反覆思量', '一目瞭然', '海哩', '回覆邮件', '以免藉口', '意志消沈'])('%s: the converter, and OpenCC changes it', (text) => {
    expect(needsConversion(text)).toBe(true);
    expect(full(text)).not.toBe(text);
    expect(toSimplified(text)).toBe(full(text));
  });

  test(`every dictionary phrase with a phrase-only character, its parts and in context (${phrases.length} phrases)`, () => {
    const wrong: string[] = [];
    const contexts = ['', '负责', '。', '能'];
    for (const phrase of phrases) {
      const chars = [...phrase];
      const cuts = new Set<string>([phrase]);
      for (let i = 0; i < chars.length; i++) for (let j = i + 1; j <= chars.length; j++) cuts.add(chars.slice(i, j).join(''));
      for (const cut of cuts)
        for (const before of contexts)
          for (const after of contexts) {
            const text = `${before}${cut}${after}`;
            if (!needsConversion(text) && full(text) !== text) wrong.push(text);
          }
    }
    expect(wrong).toEqual([]);
  });

  test('seeded random text of phrase-only and common characters', () => {
    const triggers = openccTriggers();
    const common = [...'负责店铺运营数据分析客户服务仓库管理发货打包直播带货能吃苦耐劳沟通什么样的覆盖面阳光乐部口子土布下思醒然解如']
      .filter((c) => !triggers.has(c) || phraseOnly.includes(c));
    const pool = [...common, ...phraseOnly, ...phraseOnly];
    const next = rng(20);
    const wrong: string[] = [];
    let skipped = 0;
    for (let n = 0; n < 20_000; n++) {
      const length = 2 + Math.floor(next() * 10);
      let text = '';
      for (let i = 0; i < length; i++) text += pool[Math.floor(next() * pool.length)];
      if (needsConversion(text)) continue;
      skipped++;
      if (full(text) !== text) wrong.push(text);
    }
    expect(skipped).toBeGreaterThan(10_000);
    expect(wrong).toEqual([]);
  });
});
