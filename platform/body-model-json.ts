/**
 * The body model's data file fetched from the extension's own package (no network), unparsed: the
 * popup's bootstrap starts this fetch on its first line, before the code that reads the model has
 * loaded (body-model-asset.ts reads it).
 */
let json: Promise<unknown> | null = null;

export function fetchBodyModelJson(): Promise<unknown> {
  // A path from the package's root: a worker resolves it against its own chrome-extension:// URL.
  json ??= fetch('/body-model.json').then((res) => (res.ok ? res.json() : Promise.reject(new Error(`body model: HTTP ${res.status}`))));
  return json;
}
