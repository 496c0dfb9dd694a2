import { afterEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { RoleClipDb } from '@/lib/db/db';
import { Alias, Posting, Role, Settings } from '@/lib/db/schemas';
import { PostingIndex } from '@/lib/library/search-index';
import { rebuildSearchShards, searchIndexState } from '@/lib/library/search-store';
import { refreshMatcherFold } from '@/lib/roles/profile-refresh';
import { readMatcherFold } from '@/lib/roles/profile-store';
import { refreshIndexParts } from '@/lib/roles/index-parts';
import { buildIndex, indexFromParts } from '@/lib/roles/matcher-index';
import { FROZEN_STORES } from './frozen-stores';

/**
 * Schema upgrades carry real data through every version. Each case writes rows the way an older
 * RoleClip stored them (its schema frozen below, its rows as literals: never built with today's
 * helpers, which follow today's schema), then opens the database with the current RoleClipDb and
 * checks every row arrived, valid under today's zod schemas, and findable through the indexes.
 *
 * Adding version N+1 to lib/db/db.ts:
 *   1. add FROZEN_STORES[N+1] (version N's stores plus what N+1 adds, as literals here);
 *   2. give the existing cases an `expected` that applies your upgrade function's change;
 *   3. add a case `{ from: N+1, rows: … }` with rows in the new shape.
 */
const LATEST = Math.max(...Object.keys(FROZEN_STORES).map(Number));

interface Rows {
  roles: Record<string, unknown>[];
  aliases: Record<string, unknown>[];
  postings: Record<string, unknown>[];
  settings: Record<string, unknown>[];
}

interface UpgradeCase {
  name: string;
  from: number;
  rows: Rows;
  /** The rows as the current version must hold them (default: unchanged). */
  expected?: (rows: Rows) => Rows;
}

const T = 1_767_225_600_000; // 2026-01-01

const V1_ROWS: Rows = {
  roles: [
    {
      id: 'designer', nameZh: '美工', nameEn: 'Designer', department: '设计', aliases: ['美工', '视觉设计', '平面设计'],
      duties: [
        { id: 'designer-home', text: '负责店铺首页与详情页的设计和装修', textEn: 'Design the store home and product pages' },
        { id: 'designer-main', text: '制作主图、海报与活动页（用户改过）' },
      ],
      requirements: {
        experienceYears: { min: 1, max: null }, education: 'associate', skills: ['Photoshop', 'C4D'],
        items: [{ id: 'designer-tools', text: '熟练使用Photoshop、C4D', textEn: 'Photoshop and C4D' }],
      },
      sources: [{ file: '003_1ac3c4ac26cda1ff.txt', heading: '美工岗位职责' }],
      origin: 'builtin', builtinVersion: 1, edited: true, createdAt: T, updatedAt: T + 5_000,
    },
    {
      id: 'live-controller', nameZh: '直播场控', nameEn: 'Live-stream controller', department: '直播', aliases: [],
      duties: [{ id: 'u-1', text: '配合主播把控直播节奏' }],
      requirements: { experienceYears: null, education: null, skills: [], items: [] },
      sources: [], origin: 'user', builtinVersion: null, edited: false, createdAt: T + 1, updatedAt: T + 1,
    },
  ],
  aliases: [
    { alias: '视觉设计师', text: '視覺設計師', roleId: 'designer', createdAt: T + 2 },
    { alias: '场控', text: '场控', roleId: 'live-controller', createdAt: T + 3 },
  ],
  postings: [
    {
      title: '淘寶美工', company: '杭州某某服飾有限公司', location: '杭州',
      salary: { min: 8000, max: 12000, currency: 'CNY', period: 'month', months: 13, negotiable: false, raw: '8-12K·13薪' },
      experienceYears: { min: 1, max: 3 }, education: 'associate', skills: ['Photoshop'],
      duties: ['1、負責店鋪首頁設計', '2、製作主圖'], requirements: ['熟練使用PS'], preferred: [], source: 'site:zhipin',
      id: 'p-1', url: 'https://www.zhipin.com/job_detail/a1.html?ka=list', canonicalUrl: 'https://www.zhipin.com/job_detail/a1.html',
      site: 'zhipin.com', contentHash: '1x2y3z', body: '淘寶美工\n負責店鋪首頁設計', roleId: 'designer', roleScore: 0.91,
      roleAssignedBy: 'matcher', candidates: [{ id: 'designer', score: 0.91 }, { id: 'copywriter', score: 0.2 }],
      tags: ['竞品', '杭州'], note: '薪资偏高', clippedAt: T + 10, updatedAt: T + 20,
    },
    {
      title: '场控', company: '', location: '', salary: null, experienceYears: null, education: null, skills: [],
      duties: [], requirements: [], preferred: [], source: 'text', id: 'p-2', url: '', canonicalUrl: '', site: '',
      contentHash: '', body: '场控\n配合主播', roleId: 'live-controller', roleScore: null, roleAssignedBy: 'user',
      candidates: [], tags: [], note: '', clippedAt: T + 30, updatedAt: T + 30,
    },
    {
      title: 'Graphic Designer', company: 'Blue Trading Ltd.', location: 'Shanghai',
      salary: { min: 200000, max: 300000, currency: 'CNY', period: 'year', months: null, negotiable: false, raw: '200k-300k/yr' },
      experienceYears: { min: 0, max: 0 }, education: 'bachelor', skills: [], duties: ['Design banners'], requirements: [],
      preferred: ['Figma'], source: 'jsonld', id: 'p-3', url: 'https://www.linkedin.com/jobs/view/42', canonicalUrl: 'https://www.linkedin.com/jobs/view/42',
      site: 'linkedin.com', contentHash: 'abc', body: 'Graphic Designer', roleId: null, roleScore: null, roleAssignedBy: null,
      candidates: [{ id: 'designer', score: 0.55 }], tags: ['竞品'], note: '', clippedAt: T + 40, updatedAt: T + 40,
    },
  ],
  settings: [{ id: 'settings', locale: 'en', libraryVersion: 1 }],
};

const CASES: UpgradeCase[] = [
  { name: 'version 1 with roles, aliases, postings and settings', from: 1, rows: V1_ROWS },
  // Version 2 added an index only: its rows have the version-1 shape.
  { name: 'version 2 (the [roleId+clippedAt] index)', from: 2, rows: V1_ROWS },
  // Version 6 added tables derived from the postings (search shards, meta, role statistics): rows keep their shape.
  { name: 'version 6 (search shards and meta)', from: 6, rows: V1_ROWS },
  // Version 7 added the matcher's folded profiles, also derived: rows keep their shape.
  { name: 'version 7 (matcher profiles)', from: 7, rows: V1_ROWS },
  // Version 8 added the matcher index's stored parts, derived from roles and aliases: rows keep their shape.
  { name: 'version 8 (matcher index parts)', from: 8, rows: V1_ROWS },
  // Version 9 added the statistics' per-posting rows, groups and totals, derived: rows keep their shape
  // (its upgrade of stored statistics: test/db/upgrade-stats.test.ts).
  { name: 'version 9 (statistics rows and totals)', from: 9, rows: V1_ROWS },
];

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

async function writeAt(version: number, rows: Rows): Promise<string> {
  const name = `upgrade-${version}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(version).stores(FROZEN_STORES[version]!);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
  return name;
}

const byKey = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) => String(a[key]).localeCompare(String(b[key]));

describe('Dexie schema upgrades keep every row', () => {
  test.each(CASES)('$name, opened by the current version', async ({ from, rows, expected }) => {
    const name = await writeAt(from, rows);
    const db = new RoleClipDb(name);
    await db.open();
    try {
      expect(db.verno).toBe(LATEST);
      const want = expected ? expected(rows) : rows;
      expect((await db.roles.toArray()).sort(byKey('id'))).toEqual([...want.roles].sort(byKey('id')));
      expect((await db.aliases.toArray()).sort(byKey('alias'))).toEqual([...want.aliases].sort(byKey('alias')));
      expect((await db.postings.toArray()).sort(byKey('id'))).toEqual([...want.postings].sort(byKey('id')));
      expect(await db.settings.toArray()).toEqual(want.settings);

      // Valid under today's schemas: the app reads them without a ValidationError.
      for (const r of await db.roles.toArray()) expect(Role.safeParse(r).success, `role ${r.id}`).toBe(true);
      for (const a of await db.aliases.toArray()) expect(Alias.safeParse(a).success, `alias ${a.alias}`).toBe(true);
      for (const p of await db.postings.toArray()) expect(Posting.safeParse(p).success, `posting ${p.id}`).toBe(true);
      for (const s of await db.settings.toArray()) expect(Settings.safeParse(s).success).toBe(true);

      // The indexes the library's filters use still find the rows.
      const designer = want.postings.filter((p) => p.roleId === 'designer').map((p) => p.id);
      expect((await db.postings.where('roleId').equals('designer').primaryKeys()).sort()).toEqual(designer.sort());
      const tagged = want.postings.filter((p) => (p.tags as string[]).includes('竞品')).map((p) => p.id);
      expect((await db.postings.where('tags').equals('竞品').primaryKeys()).sort()).toEqual(tagged.sort());
      const newest = [...want.postings].sort((a, b) => Number(b.clippedAt) - Number(a.clippedAt))[0]!;
      expect((await db.postings.orderBy('clippedAt').last())?.id).toBe(newest.id);
      const withUrl = want.postings.find((p) => p.canonicalUrl)!;
      expect((await db.postings.where('canonicalUrl').equals(String(withUrl.canonicalUrl)).first())?.id).toBe(withUrl.id);
      expect(await db.aliases.where('roleId').equals('live-controller').count()).toBe(want.aliases.filter((a) => a.roleId === 'live-controller').length);
      // v2's compound index: a role's postings, newest first.
      const byTime = want.postings.filter((p) => p.roleId === 'designer').sort((a, b) => Number(b.clippedAt) - Number(a.clippedAt)).map((p) => p.id);
      const viaIndex = await db.postings.where('[roleId+clippedAt]').between(['designer', Dexie.minKey], ['designer', Dexie.maxKey]).reverse().primaryKeys();
      expect(viaIndex).toEqual(byTime);

      // v6: the search shards of postings written before them (or by a RoleClip without the
      // middleware) are not trusted; the library page's one rebuild makes them whole.
      const state = await searchIndexState(db);
      expect(state).toMatchObject({ whole: false, total: want.postings.length });
      const entries = PostingIndex.build(await db.postings.toArray()).entries();
      expect(await rebuildSearchShards(db, entries, state.gen)).toBe(true);
      expect((await searchIndexState(db)).whole).toBe(true);
      expect((await db.searchShards.toArray()).flatMap((s) => s.ids).sort()).toEqual(want.postings.map((p) => String(p.id)).sort());

      // v7: no profile is folded by the upgrade (it would read every posting); the first fold
      // takes in every assigned posting, and is then current.
      expect(await db.table('matcherFold').count()).toBe(0);
      expect((await readMatcherFold(db)).current).toBe(false);
      const { folds } = await refreshMatcherFold(db);
      const assigned = new Set(want.postings.map((p) => p.roleId).filter((r) => want.roles.some((role) => role.id === r)));
      expect(new Set(folds.keys())).toEqual(assigned);
      expect((await readMatcherFold(db)).current).toBe(true);

      // v8: no index parts are made by the upgrade; the popup builds from scratch until the
      // background stores them, and the index from the stored parts is the one built from scratch.
      expect(await db.table('matcherParts').count()).toBe(0);
      expect((await readMatcherFold(db)).parts).toBeNull();
      await refreshIndexParts(db);
      const read = await readMatcherFold(db);
      expect(read.parts).not.toBeNull();
      const stored = indexFromParts(read.parts!, read.roles, folds);
      const scratch = buildIndex(read.roles, read.aliases, folds);
      expect(stored.aliases).toEqual(scratch.aliases);
      expect(stored.classes.map((c) => [c.id, [...c.vector]])).toEqual(scratch.classes.map((c) => [c.id, [...c.vector]]));
      // The learned alias written in Traditional characters (視覺設計師) is in the table under its key.
      expect(stored.aliases.find((a) => a.learned && a.key === '视觉设计师')?.classId).toBe('designer');
    } finally {
      db.close();
    }
    // Opening an upgraded database again changes nothing.
    const again = new RoleClipDb(name);
    expect(await again.postings.count()).toBe((expected ? expected(rows) : rows).postings.length);
    again.close();
  });

  test('the newest frozen schema is what lib/db/db.ts declares (versions are appended, never edited)', async () => {
    const name = `upgrade-schema-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const db = new RoleClipDb(name);
    await db.open();
    const declared = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]),
    );
    db.close();
    expect(db.verno).toBe(LATEST);
    expect(declared).toEqual(FROZEN_STORES[LATEST]);
  });
});
