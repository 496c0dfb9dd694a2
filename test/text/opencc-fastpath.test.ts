import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import { openccTriggers, toSimplified } from '@/lib/text/normalize';
import { triggerChars } from '@/lib/text/opencc-derive';

/** The fast path (skip texts without a character the dictionaries change) must equal OpenCC. */
describe('toSimplified equals the full OpenCC conversion', () => {
  const full = ConverterFactory(fromHk, toCn);

  test.each([
    '一目瞭然', '反覆思量', '回覆郵件', '以免藉口', '负责店铺运营', '負責店鋪運營', '乾隆', '著名品牌', '皇后', '理髮師', 'ＰＳ、Ｃ４Ｄ', '天猫超市', '后台管理',
  ])('%s', (text) => {
    expect(toSimplified(text)).toBe(full(text));
  });

  test('the shipped trigger characters are what the installed dictionaries give (else run scripts/opencc-triggers.ts)', () => {
    const derived = triggerChars();
    expect(derived.size).toBeGreaterThan(1000);
    expect(openccTriggers()).toEqual(derived);
  });

  test('on every line of the project’s own fixture pages and of text files in the repo', () => {
    const lines: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.(html|json|ts)$/.test(entry.name)) lines.push(...readFileSync(path, 'utf8').split('\n').filter((l) => /[\u4e00-\u9fff]/.test(l)));
      }
    };
    walk('test/fixtures');
    walk('lib/roles/data');
    expect(lines.length).toBeGreaterThan(500);
    const wrong = lines.filter((line) => toSimplified(line) !== full(line));
    expect(wrong).toEqual([]);
  });
});
