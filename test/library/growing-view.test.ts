import { describe, expect, test } from 'vitest';
import { newestFirst, searchEntry } from '@/lib/db/search-entry';
import { generatePostings } from '@/lib/library/generate';
import { GrowingView } from '@/lib/library/growing-view';
import { PostingIndex } from '@/lib/library/search-index';
import type { PostingQuery } from '@/lib/library/search';

/**
 * The list's search while the index is read shard by shard (newest first): at every step it
 * answers what a search over the postings read so far answers, and at the end what a search over
 * the whole library answers, though each step scans only what it added.
 */
const postings = generatePostings({ count: 900, seed: 31 });
const entries = postings.map(searchEntry).sort((a, b) => newestFirst(a.summary, b.summary));
const QUERIES: PostingQuery[] = [{}, { text: '运营' }, { text: '天猫 直通车' }, { role: 'designer' }, { text: '客服', site: 'zhipin.com' }, { role: null }];

function steps(sizes: number[]): (typeof entries)[] {
  const out = [];
  let at = 0;
  for (const n of sizes) (out.push(entries.slice(at, at + n)), (at += n));
  out.push(entries.slice(at));
  return out;
}

describe('a search over a growing index', () => {
  test('after each step, the same matches and facets as a fresh index of what was read', () => {
    for (const query of QUERIES) {
      const index = new PostingIndex();
      const view = new GrowingView();
      let read = 0;
      let scannedBefore = 0;
      for (const step of steps([120, 300, 200])) {
        index.appendOlder(step);
        read += step.length;
        const prefix = new PostingIndex();
        prefix.appendOlder(entries.slice(0, read));
        expect(view.search(index, query)).toEqual(prefix.search(query));
        expect(view.facets(index)).toEqual(prefix.facets());
        scannedBefore = read;
      }
      expect(scannedBefore).toBe(postings.length);
      expect(view.search(index, query)).toEqual(PostingIndex.build(postings).search(query));
    }
  });

  test('a step scans only the entries it added', () => {
    const index = new PostingIndex();
    const view = new GrowingView();
    index.appendOlder(entries.slice(0, 500));
    const first = view.search(index, { text: '运营' });
    index.appendOlder(entries.slice(500));
    const tail = index.search({ text: '运营' }, 500).hits;
    const second = view.search(index, { text: '运营' });
    // The first step's matches are kept as they were, the rest appended: nothing was searched twice.
    expect(second.hits.slice(0, first.total)).toEqual(first.hits);
    expect(second.hits.slice(first.total)).toEqual(tail);
    expect(tail.length).toBeGreaterThan(0);
  });

  test('an edit, a save or a deletion while reading starts the search over, and it stays right', () => {
    const index = new PostingIndex();
    const view = new GrowingView();
    index.appendOlder(entries.slice(0, 400));
    view.search(index, { text: '运营' });
    view.facets(index);
    // A save newer than everything, an edit that moves a posting into the search, a deletion.
    const saved = { ...postings[0]!, id: 'new-1', clippedAt: entries[0]!.summary.clippedAt + 1, title: '运营新人' };
    index.upsert(saved);
    const edited = postings.find((p) => !searchEntry(p).hay.includes('运营') && entries.slice(0, 400).some((e) => e.summary.id === p.id))!;
    index.upsert({ ...edited, title: `${edited.title} 运营` });
    index.remove(entries[3]!.summary.id);
    index.appendOlder(entries.slice(400));
    const whole = PostingIndex.build([...postings.filter((p) => p.id !== entries[3]!.summary.id && p.id !== edited.id), saved, { ...edited, title: `${edited.title} 运营` }]);
    expect(view.search(index, { text: '运营' })).toEqual(whole.search({ text: '运营' }));
    expect(view.search(index, { text: '运营' }).hits[0]!.id).toBe('new-1');
    expect(view.facets(index)).toEqual(whole.facets());
  });
});
