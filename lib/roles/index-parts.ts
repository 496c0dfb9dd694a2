import type { RoleClipDb } from '../db/db';
import type { Alias, Role } from '../db/schemas';
import { hash53 } from '../text/hash';
import { FOLD_STORES } from './fold-stores';
import type { Vector } from './features';
import { indexParts, type IndexParts } from './matcher-index';

/**
 * The matcher index's role-and-alias parts (matcher-index.ts, IndexParts) kept in IndexedDB, so
 * the popup does not normalise and segment every role's text and every alias on each open (most
 * of a cold index build, and the OpenCC tables it loads for that). They are stored with a stamp of
 * exactly what they were made from: the text of every role field the index reads, and the learned
 * aliases. A stamp that differs from the roles and aliases read with it means the parts are stale:
 * the reader builds from scratch (results never come from stale parts) and asks for them again.
 *
 * Bump PARTS_FORMAT when what the parts hold or how they are made changes (features.ts,
 * titles.ts, outside.ts, normalize.ts): test/roles/index-parts.test.ts fails until it is bumped.
 */
export const PARTS_FORMAT = 1;

/**
 * Stored form: each term list joined by newlines (no term holds one: terms never cross a line),
 * each count list a Float64Array. IndexedDB clones one string and one typed array far faster than
 * thousands of small strings and numbers.
 */
interface PackedCounts {
  terms: string;
  values: Float64Array;
}

export interface IndexPartsRow {
  id: 'parts';
  stamp: string;
  classes: { id: string; kind: 'role' | 'outside'; label: string; counts: PackedCounts }[];
  aliases: IndexParts['aliases'];
  itemIdf: PackedCounts;
}

export const partsTable = (db: RoleClipDb) => db.table<IndexPartsRow, string>(FOLD_STORES.parts);

/** What the parts are made from, as one string: every role field the index reads, the learned aliases. */
export function partsStamp(roles: readonly Role[], learned: readonly Alias[]): string {
  const source = JSON.stringify([
    roles.map((r) => [r.id, r.nameZh, r.nameEn, r.aliases, r.duties.map((d) => d.text), r.requirements.items.map((d) => d.text), r.requirements.skills]),
    learned.map((a) => [a.alias, a.text, a.roleId]),
  ]);
  return `${PARTS_FORMAT}:${source.length}:${hash53(source)}:${hash53(source, 1)}`;
}

function pack(map: ReadonlyMap<string, number>): PackedCounts | null {
  const terms = [...map.keys()];
  if (terms.some((t) => t.includes('\n') || t.length === 0)) return null;
  return { terms: terms.join('\n'), values: Float64Array.from(map.values()) };
}

function unpack(packed: PackedCounts): Vector {
  const out: Vector = new Map();
  if (!packed.terms) return out;
  packed.terms.split('\n').forEach((t, i) => out.set(t, packed.values[i]!));
  return out;
}

/** The row to store for these parts (null: a term the packing cannot hold; then none is stored). */
export function toPartsRow(stamp: string, parts: IndexParts): IndexPartsRow | null {
  const classes: IndexPartsRow['classes'] = [];
  for (const c of parts.classes) {
    const counts = pack(c.counts);
    if (!counts) return null;
    classes.push({ id: c.id, kind: c.kind, label: c.label, counts });
  }
  const itemIdf = pack(parts.itemIdf);
  return itemIdf && { id: 'parts', stamp, classes, aliases: parts.aliases, itemIdf };
}

/** The parts a stored row holds, when it was made from these roles and aliases; null when stale. */
export function partsFromRow(row: IndexPartsRow | undefined, roles: readonly Role[], learned: readonly Alias[]): IndexParts | null {
  if (!row || row.stamp !== partsStamp(roles, learned)) return null;
  return {
    classes: row.classes.map((c) => ({ id: c.id, kind: c.kind, label: c.label, counts: unpack(c.counts) })),
    aliases: row.aliases,
    itemIdf: unpack(row.itemIdf),
  };
}

/**
 * Makes and stores the parts for the roles and aliases as they stand (the background does this
 * when a page found them stale). Read and written in separate transactions: an edit in between
 * leaves a row whose stamp no longer matches, which readers treat as stale, never as wrong.
 */
export async function refreshIndexParts(db: RoleClipDb): Promise<void> {
  const [roles, aliases, row] = await db.transaction('r', [db.roles, db.aliases, partsTable(db)], () =>
    Promise.all([db.roles.toArray(), db.aliases.toArray(), partsTable(db).get('parts')]),
  );
  const stamp = partsStamp(roles, aliases);
  if (row?.stamp === stamp) return;
  const next = toPartsRow(stamp, indexParts(roles, aliases));
  if (next) await partsTable(db).put(next);
}
