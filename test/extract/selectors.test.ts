import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { decodeHtml, parseDocument } from '@/lib/cli/dom';
import { SITE_ADAPTERS } from '@/lib/extract/registry';
import { compileSelector, matchAll } from '@/lib/extract/selectors';
import { fixtureCases } from '../helpers/fixture-pages';

/** The one-walk matcher answers exactly what the DOM's own querySelectorAll answers. */
const window = new Window({
  settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
});
const parsers: [string, (html: string) => Document][] = [
  ['linkedom', parseDocument],
  ['happy-dom', (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document],
];

function sameAsQuery(doc: Document, lists: string[][]) {
  const found = matchAll(doc, lists);
  expect(found).not.toBeNull();
  lists.forEach((list, i) =>
    list.forEach((sel, rank) => expect(found![i]![rank], sel).toEqual(Array.from(doc.querySelectorAll(sel)))),
  );
}

const FIELDS = ['title', 'tags', 'company', 'location', 'salary', 'description'] as const;
const adapterLists = SITE_ADAPTERS.flatMap((a) => FIELDS.map((f) => a[f] ?? []));

describe.each(parsers)('matchAll on %s', (_name, parse) => {
  test.each(fixtureCases())('every adapter selector on $site/$name', ({ dir }) => {
    sameAsQuery(parse(decodeHtml(readFileSync(join(dir, 'source.html')))), adapterLists);
  });

  test('each part of the subset', () => {
    const doc = parse(`<!DOCTYPE html><html><body>
      <div id="top" class="card  wide&#10;main"><ul class="tags"><li>上海</li><li class="x">3-5年</li></ul>
        <section><div class="card"><span data-k="job-title-1" data-empty="">产品经理</span></div></section>
        <a href="/c/1" ka="company">某某公司</a></div>
      <div class="other"><span data-k="job-title-2">运营</span><ul class="tags"><li class="x">first</li></ul></div>
      <svg><g class="card"><text>icon</text></g></svg></body></html>`);
    sameAsQuery(doc, [
      ['#top .card span', '.card span', 'div.card.main', '.wide', 'DIV.card', '*.card'],
      ['.tags li:first-child', 'li:first-child', 'ul li.x:first-child', '#top li'],
      ['[data-k]', '[data-k="job-title-2"]', '[data-k*="title"]', '[data-k^="job"]', '[data-k$="-1"]', '[data-empty=""]'],
      ['a[ka="company"]', '[ka="nope"]', 'section .card .card span', '.other .tags li', 'body div span', 'g.card'],
    ]);
  });
});

describe('compileSelector', () => {
  test.each(['.a > .b', '.a + .b', ':not(.a)', '[a="b" i]', 'a:hover', '.a,.b', '', 'li:nth-child(2)'])('%s is outside the subset', (sel) => {
    expect(compileSelector(sel)).toBeNull();
  });

  test('a selector outside the subset sends the caller to the DOM', () => {
    const doc = parseDocument('<div class="a"><p class="b">x</p></div>');
    expect(matchAll(doc, [['.a .b'], ['.a > .b']])).toBeNull();
  });

  test("a browser's native query is used as it is", () => {
    // A built-in function stands for a native querySelectorAll: its source reads "[native code]".
    const doc = { querySelectorAll: Array.prototype.push, documentElement: null } as unknown as Document;
    expect(matchAll(doc, [['.a']])).toBeNull();
  });
});
