/**
 * Deterministic splits of labelled ads by a hash of their id (FNV-1a, 32 bits): the split-half
 * check of the eval and the cross-fitting of the body model's training. A hash mixes both boards'
 * ads alike and a record keeps its half when others are added.
 */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Half 0 or 1. */
export function halfOf(id: string): 0 | 1 {
  return (idHash(id) & 1) as 0 | 1;
}

/** One of k folds; independent of the half (higher bits), so folds inside a half stay balanced. */
export function foldOf(id: string, k: number): number {
  return (idHash(id) >>> 1) % k;
}

/**
 * The eval's k-fold check (bench/eval-roles.ts): one of k outer folds, from the hash's high bits, so
 * it is independent of foldOf (the training's own cross-fitting inside each outer training set
 * keeps all its folds) and of the half.
 */
export function outerFoldOf(id: string, k: number): number {
  return (idHash(id) >>> 16) % k;
}
