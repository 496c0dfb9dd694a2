import { RoleClipDb } from '@/lib/db/db';
import type { RepoDeps } from '@/lib/db/repo';

let counter = 0;
/** A fresh, empty database on fake-indexeddb, unique per call. */
export function freshDb(): RoleClipDb {
  counter += 1;
  return new RoleClipDb(`roleclip-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Deterministic clock and ids. */
export function testDeps(start = 1_700_000_000_000): RepoDeps & { tick: (ms: number) => void } {
  let now = start;
  let id = 0;
  return {
    now: () => now,
    newId: () => `p${++id}`,
    tick: (ms) => {
      now += ms;
    },
  };
}
