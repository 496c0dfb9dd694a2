import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import en from '@/public/_locales/en/messages.json';

/** Tests of the project's own rules (refined-github's habit: the rules are code too). */

function filesUnder(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

describe('lib/ stays pure', () => {
  test.each(filesUnder('lib'))('%s imports no browser, wxt or React', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/from ['"](wxt|wxt\/[^'"]*|#imports|react|react-dom|@\/platform\/[^'"]*|@\/components\/[^'"]*)['"]/);
    expect(source).not.toMatch(/\bbrowser\.(runtime|tabs|scripting|storage|i18n|action|contextMenus)\b/);
  });
});

describe('locale files', () => {
  const zhKeys = Object.keys(zhCN).sort();
  const enKeys = Object.keys(en).sort();
  test('zh_CN and en define the same keys', () => {
    expect(enKeys).toEqual(zhKeys);
  });
  test('keys are valid Chrome message names (letters, digits, _)', () => {
    expect(zhKeys.filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });
  test('no message is empty', () => {
    for (const file of [zhCN, en] as Record<string, { message: string }>[]) {
      for (const [key, value] of Object.entries(file)) expect(value.message.trim(), key).not.toBe('');
    }
  });
  const used = new Set<string>();
  for (const file of [...filesUnder('entrypoints'), ...filesUnder('components'), ...filesUnder('platform')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    for (const m of readFileSync(file, 'utf8').matchAll(/getMessage\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
  }
  test('every key the UI asks for exists', () => {
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((key) => !zhKeys.includes(key))).toEqual([]);
  });
});

describe('manifest source', () => {
  const config = readFileSync('wxt.config.ts', 'utf8');
  test('asks for no broad host access', () => {
    expect(config).not.toContain('<all_urls>');
    expect(config).not.toMatch(/['"]\*:\/\/\*\/\*['"]/);
  });
});
