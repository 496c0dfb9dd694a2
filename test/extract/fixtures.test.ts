import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { decodeHtml } from '@/lib/cli/dom';
import { analyzeHtml } from '@/lib/cli/page';
import type { ExtractionResult } from '@/lib/extract/types';
import { fixtureCases } from '../helpers/fixture-pages';

/**
 * One loop over every fixture page (test/fixtures/pages/<site>/<case>/source.html, its URL in the
 * browser's "saved from url" note) against its expected.json. Expected files are written only on
 * purpose: UPDATE_FIXTURES=1 npx vitest run test/extract/fixtures.test.ts, then review the diff.
 */
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** The result without each posting's body (long, and checked through the lists it yields). */
function comparable(r: ExtractionResult) {
  return { notJob: r.notJob, postings: r.postings.map(({ body: _body, ...p }) => p) };
}

describe('fixture pages', () => {
  test.each(fixtureCases())('$site/$name', ({ dir }) => {
    const html = decodeHtml(readFileSync(join(dir, 'source.html')));
    const got = comparable(analyzeHtml(html));
    const file = join(dir, 'expected.json');
    if (UPDATE) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run UPDATE_FIXTURES=1 and review it`);
    expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('the same pages through the DOMParser the popup uses (happy-dom here)', () => {
  // A browser's DOMParser loads nothing; this window is told the same (no stylesheet requests).
  const window = new Window({
    settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  test.each(fixtureCases())('$site/$name', ({ dir }) => {
    const file = join(dir, 'expected.json');
    if (!existsSync(file)) return;
    const html = decodeHtml(readFileSync(join(dir, 'source.html')));
    const parse = (h: string) => new window.DOMParser().parseFromString(h, 'text/html') as unknown as Document;
    expect(comparable(analyzeHtml(html, '', parse))).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
