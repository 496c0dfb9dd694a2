import type { DBCore, Middleware } from 'dexie';

/** The tables a list head (lib/library/list-head.ts) is drawn from: its rows, their role names, the language. */
export const HEAD_SOURCES: readonly string[] = ['postings', 'roles', 'settings'];

/**
 * Calls `drop` when a transaction first writes to a table the list head is drawn from, and again
 * when that transaction commits: whoever writes (the popup's save, the background's clip, the
 * library's edits, reassignments, deletions, an import, a role's deletion), through any Dexie
 * handle that uses it. Before the write, so a context that closes right after its commit (the
 * popup) has already dropped it; after the commit, so a head copied by a page that read just
 * before the commit does not survive it. Per mutation, not per transaction: the roles' seeding
 * opens a read-write transaction on every page load and usually writes nothing.
 */
export function headInvalidation(drop: () => void): Middleware<DBCore> {
  const watched = new WeakSet<object>();
  return {
    stack: 'dbcore',
    name: 'RoleClipListHead',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (!HEAD_SOURCES.includes(name)) return table;
          return {
            ...table,
            mutate(req) {
              const trans = req.trans as unknown as Partial<EventTarget>;
              if (!watched.has(trans)) {
                watched.add(trans);
                drop();
                trans.addEventListener?.('complete', () => drop());
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}
