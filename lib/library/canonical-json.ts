/**
 * JSON with object keys in sorted order, so the same data always gives the same bytes: a row
 * read back from IndexedDB after a zod parse (which rebuilds objects in schema order) serialises
 * exactly like the row that was exported. Arrays keep their order; the callers sort rows.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function canonicalJson(value: unknown, indent?: number): string {
  return `${JSON.stringify(sortKeys(value), null, indent)}\n`;
}

/** Code-unit order, not locale order: the same on every machine and in every language setting. */
export function byKey<T>(key: (row: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}
