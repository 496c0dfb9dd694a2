import { afterEach, describe, expect, test } from 'vitest';
import { PostingIndex } from '@/lib/library/search-index';
import { queryTerms, type PostingQuery } from '@/lib/library/search';
import { generatePostings } from '@/lib/library/generate';
import { countByRole, getPostings, loadSearchIndex, newestOfRole, newestPostings, postingsOfRole } from '@/lib/library/queries';
import { textKey } from '@/lib/text/normalize';
import type { Posting } from '@/lib/db/schemas';
import type { RoleClipDb } from '@/lib/db/db';
import { freshDb } from '../helpers/db';
import { posting } from './helpers';

const DAY = 86_400_000;
const T0 = 1_700_000_000_000;

const library: Posting[] = [
  posting({ id: 'a', title: '天猫运营专员', company: '杭州星禾电子商务有限公司', roleId: 'operations-specialist', url: 'https://www.zhipin.com/job/1.html', clippedAt: T0, tags: ['竞品'], duties: ['负责天猫店铺日常运营', '使用直通车推广商品'], skills: ['直通车'] }),
  posting({ id: 'b', title: '淘寶美工', company: '廣州木子服飾有限公司', roleId: 'designer', url: 'https://www.51job.com/x/2', clippedAt: T0 - 1 * DAY, duties: ['負責店鋪首頁與詳情頁設計'], requirements: ['熟練使用ＰＳ、Ｃ４Ｄ'] }),
  posting({ id: 'c', title: 'Graphic Designer', company: 'Blue Trading Ltd.', roleId: 'designer', url: 'https://www.linkedin.com/jobs/view/3', clippedAt: T0 - 2 * DAY, duties: ['Design banners in Photoshop'], requirements: ['2+ years of design experience'], tags: ['竞品', '重点'] }),
  posting({ id: 'd', title: '客服', company: '杭州星禾电子商务有限公司', roleId: null, clippedAt: T0 - 3 * DAY, duties: ['通过千牛回复顾客咨询'], requirements: ['打字速度快'] }),
  posting({ id: 'e', title: '直播运营', company: '（杭州）星禾电子商务有限公司', roleId: 'live-streamer', url: 'https://www.zhipin.com/job/5.html', clippedAt: T0 - 40 * DAY, duties: ['负责抖音直播间运营'], tags: ['重点'] }),
];

const ids = (index: PostingIndex, q: PostingQuery) => index.search(q).hits.map((h) => h.id);

describe('text search', () => {
  const index = PostingIndex.build(library);
  test.each<[string, string, string[]]>([
    ['Simplified query finds Traditional text', '美工 店铺首页', ['b']],
    ['Traditional query finds Simplified text', '運營', ['a', 'e']],
    ['full-width query finds half-width', 'ＰＳ', ['b']],
    ['half-width query finds full-width text', 'c4d', ['b']],
    ['English is case-insensitive', 'photoshop', ['c']],
    ['words combine with AND', '天猫 直通车', ['a']],
    ['comma-separated words also AND', '运营，抖音', ['e']],
    ['company names are searched', '星禾', ['a', 'd', 'e']],
    ['skills are searched', '直通车', ['a']],
    ['requirement items are searched', '打字', ['d']],
    ['no match gives nothing', '会计', []],
    ['empty text matches all, newest first', '  ', ['a', 'b', 'c', 'd', 'e']],
  ])('%s: %s', (_, text, expected) => {
    expect(ids(index, { text })).toEqual(expected);
  });

  test('query terms are normalised, deduplicated and longest first', () => {
    expect(queryTerms('運營 ＰＳ 运营  淘宝美工')).toEqual(['淘宝美工', '运营', 'ps']);
  });
});

describe('filters', () => {
  const index = PostingIndex.build(library);
  test.each<[string, PostingQuery, string[]]>([
    ['by role', { role: 'designer' }, ['b', 'c']],
    ['unassigned (role null)', { role: null }, ['d']],
    ['by site', { site: 'zhipin.com' }, ['a', 'e']],
    ['pasted postings (site "")', { site: '' }, ['d']],
    ['by company, tolerant of brackets and spaces', { company: '杭州 星禾电子商务有限公司' }, ['a', 'd', 'e']],
    ['by company, tolerant of case and a missing full stop', { company: 'BLUE TRADING LTD' }, ['c']],
    ['date range [from, to)', { from: T0 - 3 * DAY, to: T0 }, ['b', 'c', 'd']],
    ['one tag', { tags: ['重点'] }, ['c', 'e']],
    ['all listed tags', { tags: ['竞品', '重点'] }, ['c']],
    ['text and filters together', { text: '运营', role: 'live-streamer' }, ['e']],
    ['filters that exclude everything', { role: 'designer', site: 'zhipin.com' }, []],
  ])('%s', (_, q, expected) => {
    expect(ids(index, q)).toEqual(expected);
  });

  test('facets count sites, companies, tags and roles (unassigned as "")', () => {
    const f = index.facets();
    expect(f.sites).toEqual([
      { value: 'zhipin.com', count: 2 },
      { value: '', count: 1 },
      { value: '51job.com', count: 1 },
      { value: 'linkedin.com', count: 1 },
    ]);
    expect(f.tags).toEqual([{ value: '竞品', count: 2 }, { value: '重点', count: 2 }]);
    expect(f.roles.find((r) => r.value === '')?.count).toBe(1);
    expect(f.roles.find((r) => r.value === 'designer')?.count).toBe(2);
    expect(index.facets(index.search({ role: 'designer' }).hits).companies).toHaveLength(2);
  });
});

describe('incremental updates keep the same answers as a rebuild', () => {
  test('upsert, reassign, re-date and remove', () => {
    const index = PostingIndex.build(library);
    const added = posting({ id: 'f', title: '运营助理', roleId: null, clippedAt: T0 - 2 * DAY });
    index.upsert(added);
    const reassigned = { ...library[3]!, roleId: 'customer-service' };
    index.upsert(reassigned);
    const moved = { ...library[0]!, clippedAt: T0 - 50 * DAY };
    index.upsert(moved);
    expect(index.remove('c')).toBe(true);
    expect(index.remove('nope')).toBe(false);
    const rebuilt = PostingIndex.build([moved, library[1]!, reassigned, library[4]!, added]);
    expect(index.size).toBe(5);
    for (const q of [{}, { text: '运营' }, { role: null }, { role: 'customer-service' }] as PostingQuery[]) {
      expect(ids(index, q)).toEqual(ids(rebuilt, q));
    }
    expect(ids(index, {})).toEqual(['b', 'f', 'd', 'e', 'a']);
  });

  test('same clip time: ties broken by id, stable across upserts', () => {
    const index = PostingIndex.build([posting({ id: 'y', clippedAt: T0 }), posting({ id: 'w', clippedAt: T0 })]);
    index.upsert(posting({ id: 'x', clippedAt: T0 }));
    expect(ids(index, {})).toEqual(['w', 'x', 'y']);
  });
});

describe('on generated postings, the index agrees with a brute-force filter', () => {
  const all = generatePostings({ count: 600, seed: 7 });
  const index = PostingIndex.build(all);
  const brute = (pred: (p: Posting) => boolean) => all.filter(pred).map((p) => p.id);
  test.each<[string, PostingQuery, (p: Posting) => boolean]>([
    ['role', { role: 'designer' }, (p) => p.roleId === 'designer'],
    ['unassigned', { role: null }, (p) => p.roleId === null],
    ['tag', { tags: ['竞品'] }, (p) => p.tags.includes('竞品')],
    ['company', { company: all[5]!.company }, (p) => textKey(p.company) === textKey(all[5]!.company)],
    ['text in Simplified also finds Traditional', { text: '负责' }, (p) => [p.title, ...p.duties, ...p.requirements].some((t) => /负责|負責/.test(t))],
  ])('%s', (_, q, pred) => {
    const expected = brute(pred);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(index, q)).toEqual(expected);
  });
});

describe('Dexie-backed reads', () => {
  let db: RoleClipDb;
  afterEach(async () => db?.delete());

  test('role counts from the index keys, unassigned as null; role postings newest first', async () => {
    db = freshDb();
    await db.postings.bulkAdd(library);
    const counts = await countByRole(db);
    expect(counts.get('designer')).toBe(2);
    expect(counts.get(null)).toBe(1);
    expect(counts.get('operations-specialist')).toBe(1);
    expect((await postingsOfRole(db, 'designer')).map((p) => p.id)).toEqual(['b', 'c']);
    expect((await postingsOfRole(db, null)).map((p) => p.id)).toEqual(['d']);
    expect((await newestOfRole(db, 'designer', 1)).map((p) => p.id)).toEqual(['b']);
    expect((await newestOfRole(db, 'designer', 10)).map((p) => p.id)).toEqual(['b', 'c']);
    // Counting only the given roles: postings of other roles count as "no role".
    const given = await countByRole(db, ['designer']);
    expect([given.get('designer'), given.get(null)]).toEqual([2, 3]);
    expect((await getPostings(db, ['e', 'missing', 'a'])).map((p) => p.id)).toEqual(['e', 'a']);
    const index = await loadSearchIndex(db);
    expect(ids(index, { text: '運營' })).toEqual(['a', 'e']);
    expect((await newestPostings(db, 2)).map((p) => p.id)).toEqual(['a', 'b']);
  });

  test('the index is loaded in steps, pausing between them, and equals a one-go build', async () => {
    db = freshDb();
    const all = generatePostings({ count: 25, seed: 11 });
    await db.postings.bulkAdd(all);
    let pauses = 0;
    const progress: number[] = [];
    const index = await loadSearchIndex(db, { chunk: 10, pause: async () => void pauses++, onProgress: (n) => progress.push(n) });
    expect(progress).toEqual([10, 20, 25]);
    expect(pauses).toBe(2);
    expect(ids(index, {})).toEqual(ids(PostingIndex.build(all), {}));
  });
});
