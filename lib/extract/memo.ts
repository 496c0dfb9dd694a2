/**
 * Small bounded memos for pure per-line answers (heading kind, item evidence, noise kind): the
 * splitter, the regions, the blocks and the title choice ask about the same lines several times.
 * Benchmarks clear them with the text caches so every timed run starts cold, as a real clip does.
 */
const all: Map<string, unknown>[] = [];
const SIZE = 4000;

export function memoized<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  all.push(memo);
  return (text: string) => {
    const hit = memo.get(text);
    if (hit !== undefined || memo.has(text)) return hit as T;
    const v = fn(text);
    if (memo.size >= SIZE) memo.clear();
    memo.set(text, v);
    return v;
  };
}

export function clearExtractCaches(): void {
  for (const m of all) m.clear();
}
