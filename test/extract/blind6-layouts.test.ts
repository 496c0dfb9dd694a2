import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractPostings } from '@/lib/extract/index';
import { cleanTitle } from '@/lib/extract/title';

/**
 * Layouts met on real saved pages held out from development (stop 24's blind check, round 6):
 * careers pages whose posts share placeholder text, posts in a field table of label/value cells,
 * labels the lexicon did not know. Every ad here is written for the test.
 */
const page = (body: string, title = 'Careers') => parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('posts that share the same placeholder text', () => {
  // An accordion: <h4>title<span>+</span></h4> over the post's sections; every post carries the
  // same items (the site was launched with one text copied into each).
  const post = (title: string) =>
    `<li><h4>${title}<span class="toggle">+</span></h4><div class="content"><h5>${title}</h5>
     <h6>岗位职责：</h6><p>1. 负责门店日常运营</p><p>2. 跟进会员活动执行</p>
     <h6>任职要求：</h6><p>1、大专及以上学历</p><p>2、两年以上零售经验</p></div></li>`;
  const r = extractPostings(page(`<ul class="jobs">${post('店长')}${post('店员')}${post('收银员')}</ul>`), 'https://www.example.com/join');

  test('each post is a posting, though their items are the same', () => {
    expect(r.postings.map((p) => p.title)).toEqual(['店长', '店员', '收银员']);
  });
  test("the accordion's toggle sign is not part of a title; a name's own plus stays", () => {
    expect(cleanTitle('文案编辑+')).toBe('文案编辑');
    expect(cleanTitle('C++')).toBe('C++');
    expect(cleanTitle('高级C++')).toBe('高级C++');
  });
  test('a hidden copy of one post (same title, same items) is still one posting', () => {
    const one = `<div class="job">${post('店长')}</div><div class="dialog" style="display:none">${post('店长')}</div>`;
    const again = extractPostings(page(`<ul>${one}${post('店员')}</ul>`), 'https://www.example.com/join');
    expect(again.postings.map((p) => p.title)).toEqual(['店长', '店员']);
  });
});
