import { parseBodyModel } from '@/lib/roles/body-model-file';
import type { BodyModel } from '@/lib/roles/body-types';
import { fetchBodyModelJson } from './body-model-json';

/**
 * The body model for the background script and the popup, read from the extension's own package (a file the
 * build copies in, wxt.config.ts; fetched from chrome-extension://…, no network). A service worker
 * cannot load chunks, so the dynamic import the pages use (lib/roles/load.ts) would be inlined into the background
 * script, weights and all (137 -> 247 KB gzip); fetched, they are read only when a clip is matched.
 * The popup reads it this way too: JSON parses faster than the same data compiled as a script
 * chunk. A failed fetch or parse matches from the library alone, as the pages do.
 */
let model: Promise<BodyModel | null> | null = null;

export function fetchBodyModel(): Promise<BodyModel | null> {
  model ??= fetchBodyModelJson()
    .then(parseBodyModel)
    .catch(() => null);
  return model;
}
