import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Posting } from './schemas';
import { searchEntry } from './search-entry';
import { applyToShards, EMPTY_SEARCH_META, SEARCH_FORMAT, type SearchMeta, type ShardStore } from './search-shards';
import { EMPTY_JOURNAL, noteChanges, noteEverything, type StatsJournal } from './stats-journal';

/**
 * Keeps what is derived from the postings current inside the very transaction that writes them,
 * whoever writes (the popup's save, the library's edits, a reassignment, a role's deletion): the
 * search shards (search-shards.ts) and the statistics journal (stats-journal.ts). Every
 * read-write transaction over `postings` is widened to the derived tables, so a save and its index
 * land together or not at all. A caller that maintains them itself for a large batch (the
 * restore, lib/library/merge.ts) marks its transaction with `maintainedByCaller`.
 */

export const DERIVED_TABLES = ['searchShards', 'meta'] as const;

const callerMaintained = new WeakSet<object>();

/** The caller of this transaction (a Dexie Transaction's idbtrans) updates the derived tables. */
export function maintainedByCaller(trans: object): void {
  callerMaintained.add(trans);
}

/** The search shards and meta rows of one transaction, through the core below the middleware. */
export function derivedStore(core: DBCore, trans: DBCoreTransaction) {
  const shards = core.table('searchShards');
  const meta = core.table('meta');
  const store: ShardStore = {
    keys: () => shards.query({ trans, values: false, query: { index: shards.schema.primaryKey, range: ALL } }).then((r) => r.result as number[]),
    get: (lo) => shards.get({ trans, key: lo }),
    put: async (list) => void (list.length && (await shards.mutate({ trans, type: 'put', values: list }))),
    delete: async (los) => void (los.length && (await shards.mutate({ trans, type: 'delete', keys: los }))),
  };
  return {
    shards: store,
    clearShards: () => shards.mutate({ trans, type: 'deleteRange', range: ALL }),
    searchMeta: async (): Promise<SearchMeta> => ((await meta.get({ trans, key: 'search' })) as SearchMeta | undefined) ?? EMPTY_SEARCH_META,
    journal: async (): Promise<StatsJournal> => ((await meta.get({ trans, key: 'stats' })) as StatsJournal | undefined) ?? EMPTY_JOURNAL,
    putMeta: (rows: (SearchMeta | StatsJournal)[]) => meta.mutate({ trans, type: 'put', values: rows }),
  };
}

// DBCoreRangeType.Any: every key (the enum is declared const in Dexie's types).
const ALL = { type: 3, lower: undefined, upper: undefined } as const;

async function afterPostingsWrite(core: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<Awaited<ReturnType<DBCoreTable['mutate']>>> {
  const trans = req.trans;
  const store = derivedStore(core, trans);
  if (req.type === 'deleteRange') {
    // Only clear() deletes a range of postings: start the index and the statistics over.
    const result = await table.mutate(req);
    const [meta, journal] = await Promise.all([store.searchMeta(), store.journal()]);
    await store.clearShards();
    await store.putMeta([{ ...meta, format: 0, count: 0, gen: meta.gen + 1 }, noteEverything(journal)]);
    return result;
  }
  const keys: string[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: Posting) => v.id));
  const before = req.type === 'add' ? [] : ((await table.getMany({ trans, keys })) as (Posting | undefined)[]);
  const result = await table.mutate(req);
  const failed = (i: number) => result.failures[i] !== undefined;
  const removes: { id: string; clippedAt: number }[] = [];
  const pairs: [string, string | null][] = [];
  before.forEach((old, i) => {
    if (!old || failed(i)) return;
    removes.push({ id: old.id, clippedAt: old.clippedAt });
    pairs.push([old.id, old.roleId]);
  });
  const written = req.type === 'delete' ? [] : (req.values as Posting[]).filter((_, i) => !failed(i));
  for (const p of written) pairs.push([p.id, p.roleId]);
  const [meta, journal] = await Promise.all([store.searchMeta(), store.journal()]);
  let count = meta.count;
  // Shards of another format (or none yet) are rebuilt by the library page: leave them.
  if (meta.format === SEARCH_FORMAT) count += await applyToShards(store.shards, written.map(searchEntry), removes);
  await store.putMeta([{ ...meta, count, gen: meta.gen + 1 }, noteChanges(journal, pairs)]);
  return result;
}

export const derivedDataMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RoleClipDerivedData',
  // Below Dexie's own middlewares that read the caller's Dexie transaction from its zone (hooks,
  // live-query cache and observability), which this code's awaits leave: the derived tables are
  // written straight on the IndexedDB transaction. Not observed by liveQuery, which no one needs.
  level: -0.5,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('postings') ? [...new Set([...stores, ...DERIVED_TABLES])] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'postings') return table;
        return {
          ...table,
          mutate: (req) => (callerMaintained.has(req.trans) ? table.mutate(req) : afterPostingsWrite(down, table, req)),
        };
      },
    };
  },
};
