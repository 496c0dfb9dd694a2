import { describe, expect, test } from 'vitest';
import { JsonObjectSplitter, JsonStreamError } from '@/lib/library/json-stream';

/** The splitter behind streamed imports: same pieces whatever the chunking, clear errors. */
const file = {
  aliases: [{ alias: 'a' }, { text: 'quote " and backslash \\ and }] inside' }],
  exportedAt: '2026-03-01T09:30:00.000Z',
  format: 'roleclip-backup',
  postings: [],
  roles: [[1, 2], 's', -3.5e2, null, true, { nested: [{ deep: ['岗位'] }] }],
  settings: null,
  version: 1,
};
const text = `\ufeff${JSON.stringify(file, null, 1)}\n`;

function split(source: string, size: number, max = 10_000) {
  const splitter = new JsonObjectSplitter(max);
  const pieces = [];
  for (let i = 0; i < source.length; i += size) pieces.push(...splitter.push(source.slice(i, i + size)));
  splitter.end();
  return { pieces, keys: [...splitter.keys] };
}

describe('JsonObjectSplitter', () => {
  test.each([1, 2, 3, 7, 64, 100_000])('chunks of %i characters give the same pieces', (size) => {
    const { pieces, keys } = split(text, size);
    expect(pieces.map((p) => [p.key, p.index, JSON.parse(p.text)])).toEqual([
      ['aliases', 0, file.aliases[0]],
      ['aliases', 1, file.aliases[1]],
      ['exportedAt', -1, file.exportedAt],
      ['format', -1, file.format],
      ...file.roles.map((r, i) => ['roles', i, r]),
      ['settings', -1, null],
      ['version', -1, 1],
    ]);
    // An empty list gives no piece but its key is known.
    expect(keys).toEqual(Object.keys(file));
  });

  test.each([
    ['{"a":1,}', /expected a key/],
    ['{"a":[1,]}', /expected a value/],
    ['{"a":1', /ends before the JSON object does/],
    ['[1]', /expected a JSON object/],
    ['{"a":1}x', /text after the end/],
    ['{"a" 1}', /expected ":"/],
    ['{"a":[1 2]}', /expected "," or "]"/],
  ])('%s is refused: %s', (bad, message) => {
    const error = (() => {
      try {
        split(bad, 3);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(JsonStreamError);
    expect((error as JsonStreamError).kind).toBe('syntax');
    expect((error as Error).message).toMatch(message);
  });

  test('a piece longer than the limit is refused, complete or not', () => {
    expect(() => split(`{"a":["${'x'.repeat(50)}"]}`, 1000, 20)).toThrow(/longer than 20 characters/);
    expect(() => split(`{"a":["${'x'.repeat(50)}`, 5, 20)).toThrow(/longer than 20 characters/);
  });
});
