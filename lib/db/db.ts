import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Alias, Posting, Role, Settings } from './schemas';
import { derivedDataMiddleware } from './middleware';
import { EMPTY_SEARCH_META, SEARCH_FORMAT, type SearchMeta, type SearchShard } from './search-shards';
import type { StatsJournal } from './stats-journal';

/**
 * The local database. Versions are append-only: a schema change adds `this.version(N + 1)` with
 * an upgrade function and a test that carries real rows through it (test/db/upgrade.test.ts).
 */
export class RoleClipDb extends Dexie {
  roles!: EntityTable<Role, 'id'>;
  postings!: EntityTable<Posting, 'id'>;
  aliases!: EntityTable<Alias, 'alias'>;
  settings!: EntityTable<Settings, 'id'>;
  /** Derived from postings, kept current by middleware.ts: the list's search index by clip time. */
  searchShards!: Table<SearchShard, number>;
  /** Small bookkeeping rows: the search index's state, the statistics journal. */
  meta!: Table<SearchMeta | StatsJournal, string>;

  constructor(name = 'roleclip', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      roles: 'id, department, origin, updatedAt',
      // canonicalUrl and contentHash find re-clips; roleId, clippedAt, company, site and tags
      // back the library's filters and its newest-first list.
      postings: 'id, canonicalUrl, contentHash, roleId, clippedAt, company, site, *tags',
      aliases: 'alias, roleId',
      settings: 'id',
    });
    // v2: a role's postings newest first, read a page at a time (a role's statistics show its
    // newest ads before reading the rest). Only an index is added: no row changes.
    this.version(2).stores({
      postings: 'id, canonicalUrl, contentHash, roleId, clippedAt, company, site, *tags, [roleId+clippedAt]',
    });
    // (Versions 3-5 were reserved for parallel branches and never declared; Dexie allows the gap.) v6: what the library needs at 100,000 postings,
    // derived from the postings and never exported. New tables only: no row changes, and the
    // search shards of an upgraded library are built by the library page on its first open (in
    // the background; an upgrade that read every posting would hold the popup's first open).
    // roleStats and statsInputs: each role's cached competitor statistics and what they were
    // computed from (their row types live with their code, lib/library/stats-cache.ts).
    this.version(6).stores({
      searchShards: 'lo',
      meta: 'id',
      roleStats: 'roleId',
      statsInputs: 'roleId',
      // An import's rows, validated and set aside until it is confirmed (lib/library/import-stage.ts).
      importStaging: 'seq',
    });
    // v7: the matcher's saved-posting profiles (lib/roles/profile-store.ts): each role's kept
    // postings as term counts, and one row of every role's fold of them, which the popup reads
    // instead of every saved posting. New tables only; an upgraded library folds its postings once,
    // in the background (an upgrade that read every posting would hold the popup's first open).
    this.version(7).stores({
      savedTerms: 'roleId',
      matcherFold: 'id',
    });
    // v8: the matcher index's parts that depend only on the roles and learned aliases
    // (lib/roles/index-parts.ts), so the popup does not rebuild them on every open. A new table
    // only: an upgraded library has none, and the first popup open builds as before and asks the
    // background to store them.
    this.version(8).stores({
      matcherParts: 'id',
    });
    // v9: a role's cached statistics kept so that a change to one posting reads and writes that
    // posting's bucket of rows, the extra groups it touches and the role's running totals, never
    // all the role's rows (lib/library/stats-store.ts): statsRows (each posting's contribution, in
    // 128 buckets a role),
    // statsGroups (each recurring extra item's members) and statsTotals (one row a role). Derived
    // data only. The rows statsInputs kept per role (versions 6-8) are moved into statsRows when
    // the role is next counted, without comparing them again (an upgrade that read them all would
    // hold the popup's first open at 100,000 ads); roleStats rows lose the lists no screen shows
    // (which postings include each item, cluster members, every value: ~1.9 of a big role's 2.1 MB),
    // so an open reads only the figures. Counted again from the stored rows when wanted.
    this.version(9)
      .stores({
        statsRows: '[roleId+bucket]',
        statsGroups: '[roleId+kind+key]',
        statsTotals: 'roleId',
      })
      .upgrade((tx) =>
        tx
          .table('roleStats')
          .toCollection()
          .modify((row: { stats?: StoredStatsV8; digests?: unknown }) => {
            if (row.stats) withoutLists(row.stats);
            delete row.digests;
          }),
      );
    this.use(derivedDataMiddleware);
    // A new database has no postings: its (empty) search index is whole from the start.
    this.on('populate', (tx) => void tx.table('meta').add({ ...EMPTY_SEARCH_META, format: SEARCH_FORMAT }));
  }
}

/** The parts of a role's statistics as versions 6-8 stored them that version 9 leaves out. */
interface StoredStatsV8 {
  postingIds?: unknown;
  duties?: { postingIds?: unknown }[];
  requirementItems?: { postingIds?: unknown }[];
  extraDuties?: { members?: unknown }[];
  extraRequirements?: { members?: unknown }[];
  experience?: { values?: unknown } | null;
  education?: { values?: unknown };
  salary?: { mid?: { values?: unknown } | null; min?: { values?: unknown } | null; max?: { values?: unknown } | null };
}

/**
 * Strips the lists (which postings, cluster members, every value) from stored statistics, in
 * place: what summaryOf (lib/library/stats.ts) keeps, without loading the statistics' code into
 * every page that opens the database (test/db/upgrade-stats.test.ts checks the two agree).
 */
function withoutLists(s: StoredStatsV8): void {
  delete s.postingIds;
  for (const item of [...(s.duties ?? []), ...(s.requirementItems ?? [])]) delete item.postingIds;
  for (const c of [...(s.extraDuties ?? []), ...(s.extraRequirements ?? [])]) delete c.members;
  for (const d of [s.experience, s.salary?.mid, s.salary?.min, s.salary?.max]) if (d) delete d.values;
  if (s.education) delete s.education.values;
}
