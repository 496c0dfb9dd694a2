import { describe, expect, it } from 'vitest';
import { foldOf, halfOf, outerFoldOf } from '../../lib/roles/body-split';

// Ids shaped like the eval sets' (a board prefix and a number); 2,000 of them.
const ids = Array.from({ length: 2000 }, (_, i) => `${i % 3 ? 'ecom' : 'dev'}-${1000 + i * 7}`);
const shares = (xs: number[], k: number) => Array.from({ length: k }, (_, f) => xs.filter((x) => x === f).length / xs.length);
const expectBalanced = (xs: number[], k: number) => {
  for (const s of shares(xs, k)) {
    expect(s).toBeGreaterThan(0.15);
    expect(s).toBeLessThan(0.25);
  }
};

describe('deterministic splits by id hash', () => {
  it('puts an id in the same half and folds every time', () => {
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
    expect(ids.map((id) => outerFoldOf(id, 5))).toEqual(ids.map((id) => outerFoldOf(id, 5)));
  });

  it('balances the outer folds', () => {
    expectBalanced(ids.map((id) => outerFoldOf(id, 5)), 5);
  });

  // The eval's k-fold check trains on four outer folds with the training's own cross-fitting
  // (foldOf) inside: were the two the same function, one inner fold would be empty.
  it('keeps every inner fold populated inside each outer training set, and every half inside each outer fold', () => {
    for (let outer = 0; outer < 5; outer++) {
      const train = ids.filter((id) => outerFoldOf(id, 5) !== outer);
      expectBalanced(train.map((id) => foldOf(id, 5)), 5);
      const held = ids.filter((id) => outerFoldOf(id, 5) === outer);
      const ones = held.filter((id) => halfOf(id) === 1).length / held.length;
      expect(ones).toBeGreaterThan(0.4);
      expect(ones).toBeLessThan(0.6);
    }
  });
});
