import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeHtml, parseDocument } from '@/lib/cli/dom';
import { pageUrl } from '@/lib/cli/page';
import { extractPostingsWith, isPendingMain } from '@/lib/extract/core';
import { extractPostings } from '@/lib/extract';
import { readabilityContent } from '@/lib/extract/readability';
import type { ExtractionResult } from '@/lib/extract/types';
import { fixtureCases } from '../helpers/fixture-pages';

/**
 * The popup runs the engine without Readability and loads it only for a page that reaches the
 * generic tier's article step (core.ts PendingMain, platform/popup/start.ts). Finishing such a
 * page once the reader is there must give exactly what the one-pass engine gives; the popup's
 * bench pages must not need it (else the popup's size figure leaves out what they load).
 */
function twoStep(html: string, url: string): { pending: boolean; result: ExtractionResult } {
  const first = extractPostingsWith(parseDocument(html), url, {}, null);
  if (!isPendingMain(first)) return { pending: false, result: first };
  return { pending: true, result: first.withReader(readabilityContent) };
}

const pages = fixtureCases().map((c) => {
  const html = decodeHtml(readFileSync(join(c.dir, 'source.html')));
  return { ...c, html, url: pageUrl(parseDocument(html), html) };
});

describe('Readability loaded only when a page reaches it', () => {
  test.each(pages)('$site/$name: the same postings in two steps as in one', ({ html, url }) => {
    expect(twoStep(html, url).result).toEqual(extractPostings(parseDocument(html), url));
  });

  test('some fixture pages need it, and those are read from its article', () => {
    const pending = pages.filter((p) => twoStep(p.html, p.url).pending);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.some((p) => twoStep(p.html, p.url).result.postings.some((q) => q.source === 'readability'))).toBe(true);
  });

  test.each(['job-basic.html', 'job-jsonld.html', 'careers.html'])("the popup bench's %s does not need it", (file) => {
    const html = readFileSync(join('test/e2e/pages', file), 'utf8');
    const { pending, result } = twoStep(html, 'http://127.0.0.1/' + file);
    expect(pending).toBe(false);
    expect(result.postings.length).toBeGreaterThan(0);
  });

  test('a page with no article: the reader finds none, and the page is read from its own lines', () => {
    const html = '<html><body><h1>运营助理</h1><p>负责店铺日常运营；</p><p>整理销售数据；</p></body></html>';
    const first = extractPostingsWith(parseDocument(html), '', {}, null);
    expect(isPendingMain(first)).toBe(true);
    expect(isPendingMain(first) && first.withReader(() => null)).toEqual(extractPostingsWith(parseDocument(html), '', {}, () => null));
  });

  test('a reader that throws is a page without an article, as before', () => {
    const html = readFileSync(join('test/e2e/pages', 'not-job.html'), 'utf8');
    const first = extractPostingsWith(parseDocument(html), '', {}, null);
    const thrown = isPendingMain(first)
      ? first.withReader(() => {
          throw new Error('broken');
        })
      : first;
    expect(thrown).toEqual(extractPostingsWith(parseDocument(html), '', {}, () => null));
  });
});
