import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapterFor, SITE_ADAPTERS } from '@/lib/extract/registry';

/** The rules of site adapters, as tests: registered, claimed by their example, and with fixtures. */
const SITES_DIR = 'lib/extract/sites';
const FIXTURES = 'test/fixtures/pages';

describe('site adapters', () => {
  const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && f !== 'adapter.ts');

  test.each(files)('%s is in the registry', (file) => {
    const source = readFileSync(join(SITES_DIR, file), 'utf8');
    const id = /\bid:\s*'([a-z0-9-]+)'/.exec(source)?.[1];
    expect(id, `${file} declares an id`).toBeTruthy();
    expect(SITE_ADAPTERS.map((a) => a.id)).toContain(id);
  });

  test('ids are unique', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s: its example URL is served by it', (_id, adapter) => {
    expect(adapterFor(adapter.example)?.adapter.id).toBe(adapter.id);
    expect(adapter.description.length).toBeGreaterThan(1); // fallback selectors
  });

  test.each(SITE_ADAPTERS.map((a) => [a.id] as const))('%s has a fixture page extracted by it', (id) => {
    const dir = join(FIXTURES, id);
    expect(existsSync(dir), `${dir} exists`).toBe(true);
    const sources = readdirSync(dir)
      .map((c) => join(dir, c, 'expected.json'))
      .filter(existsSync)
      .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { postings: { source: string }[] }).postings.map((p) => p.source));
    expect(sources).toContain(`site:${id}`);
  });

  test('hosts that are no board get no adapter', () => {
    expect(adapterFor('https://www.example.com/jobs/1')).toBeNull();
    expect(adapterFor('https://notzhipin.com/job_detail/1.html')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
  });
});
