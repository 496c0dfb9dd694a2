import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseLenientJson, repairJson } from '@/lib/extract/jsonld-parse';
import { findJobPostings, jsonLdPostings } from '@/lib/extract/jsonld';

const docWith = (...scripts: string[]) =>
  parseHTML(`<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`)
    .document as unknown as Document;

describe('lenient JSON', () => {
  test.each([
    ['raw newline in a string', '{"description": "line one\nline two"}', { description: 'line one\nline two' }],
    ['raw tab and control characters', '{"a": "x\ty\u0001z"}', { a: 'x\ty z' }],
    ['trailing commas', '{"a": [1, 2,], "b": 3,}', { a: [1, 2], b: 3 }],
    ['an HTML comment around it', '<!-- {"a": 1} -->', { a: 1 }],
    ['CDATA around it', '//<![CDATA[\n{"a": 1}\n//]]>', { a: 1 }],
    ['two objects in a row', '{"a": 1}\n{"b": 2}', [{ a: 1 }, { b: 2 }]],
    ['escaped quotes stay', '{"a": "say \\"hi\\"\n"}', { a: 'say "hi"\n' }],
  ])('%s', (_name, raw, value) => {
    expect(parseLenientJson(raw)).toEqual(value);
  });

  test.each([[''], ['{'], ['not json at all'], ['{"a": }'], ['\u0000\u0001']])('junk gives null, never throws: %j', (raw) => {
    expect(parseLenientJson(raw)).toBeNull();
  });

  test('repairJson leaves valid JSON as it was', () => {
    const valid = '{"a": "b", "c": [1, {"d": null}]}';
    expect(repairJson(valid)).toBe(valid);
  });
});

describe('finding JobPostings', () => {
  test('@graph, @type arrays and full schema.org type URLs', () => {
    const found = findJobPostings({
      '@graph': [
        { '@type': 'Organization', name: 'x' },
        { '@type': ['JobPosting', 'Thing'], title: 'a' },
        { '@type': 'http://schema.org/JobPosting', title: 'b' },
      ],
    });
    expect(found.map((f) => f.title)).toEqual(['a', 'b']);
  });

  test('an ItemList of postings', () => {
    const found = findJobPostings({ '@type': 'ItemList', itemListElement: [{ item: { '@type': 'JobPosting', title: 'c' } }] });
    expect(found.map((f) => f.title)).toEqual(['c']);
  });

  test('a @graph without a JobPosting (SEEK) gives none', () => {
    expect(findJobPostings({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Organization' }] })).toEqual([]);
  });

  test('fields of odd types are dropped, not the posting', () => {
    const doc = docWith(
      JSON.stringify({
        '@type': 'JobPosting',
        title: 'Buyer',
        description: '<p>Responsibilities</p><ul><li>Buy stock</li></ul>',
        hiringOrganization: 42,
        baseSalary: { currency: 'AUD', value: { minValue: '70,000', maxValue: 80000, unitText: 'YEAR' } },
        jobLocation: 'nowhere',
      }),
    );
    const [p] = jsonLdPostings(doc);
    expect(p!.meta.title).toBe('Buyer');
    expect(p!.meta.company).toBe('');
    expect(p!.meta.salary).toMatchObject({ min: 70000, max: 80000, currency: 'AUD', period: 'year' });
    expect(p!.lines.map((l) => l.text)).toEqual(['Responsibilities', 'Buy stock']);
  });

  test('several postings, several scripts, broken ones skipped', () => {
    const doc = docWith('{"@type":"JobPosting","title":"A","description":"x"}', '{broken', '[{"@type":"JobPosting","title":"B"}]');
    expect(jsonLdPostings(doc).map((p) => p.meta.title)).toEqual(['A', 'B']);
  });

  test('a weekly wage is kept as a yearly one (the schema has no week)', () => {
    const doc = docWith('{"@type":"JobPosting","title":"A","baseSalary":{"currency":"GBP","value":{"value":500,"unitText":"WEEK"}}}');
    expect(jsonLdPostings(doc)[0]!.meta.salary).toMatchObject({ min: 26000, max: 26000, period: 'year' });
  });
});
