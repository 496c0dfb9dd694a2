import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every fixture page folder: test/fixtures/pages/<site>/<case>/ (source.html, expected.json). */
const ROOT = 'test/fixtures/pages';

export function fixtureCases(): { site: string; name: string; dir: string }[] {
  return readdirSync(ROOT)
    .sort()
    .flatMap((site) =>
      readdirSync(join(ROOT, site))
        .sort()
        .map((name) => ({ site, name, dir: join(ROOT, site, name) }))
        .filter((c) => statSync(c.dir).isDirectory()),
    );
}
