import Dexie, { type EntityTable } from 'dexie';
import type { Alias, Posting, Role, Settings } from './schemas';

/**
 * The local database. Versions are append-only: a schema change adds `this.version(N + 1)` with
 * an upgrade function and a test that carries real rows through it (test/db/upgrade.test.ts).
 */
export class RoleClipDb extends Dexie {
  roles!: EntityTable<Role, 'id'>;
  postings!: EntityTable<Posting, 'id'>;
  aliases!: EntityTable<Alias, 'alias'>;
  settings!: EntityTable<Settings, 'id'>;

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
  }
}
