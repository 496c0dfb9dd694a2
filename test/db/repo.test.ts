import { afterEach, describe, expect, test } from 'vitest';
import { deletePosting, findDuplicate, postingContentHash, savePosting, updatePosting, ValidationError, type PostingDraft } from '@/lib/db/repo';
import { freshDb, testDeps } from '../helpers/db';
import type { RoleClipDb } from '@/lib/db/db';

function draft(over: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: '天猫运营专员',
    company: '杭州某服饰有限公司',
    location: '杭州',
    salary: { min: 8000, max: 12000, currency: 'CNY', period: 'month', months: 13, negotiable: false, raw: '8-12K·13薪' },
    experienceYears: { min: 1, max: 3 },
    education: 'associate',
    skills: ['直通车', '生意参谋'],
    duties: ['负责天猫店铺的日常运营，商品上下架与活动报名', '分析店铺流量、转化等数据并提出优化方案'],
    requirements: ['1年以上天猫运营经验', '熟练使用生意参谋、直通车'],
    preferred: [],
    source: 'site:zhipin',
    url: 'https://www.zhipin.com/job_detail/abc123.html?ka=search_list_1',
    body: '岗位职责\n负责天猫店铺的日常运营',
    ...over,
  };
}

let db: RoleClipDb;
afterEach(async () => {
  await db?.delete();
});

describe('savePosting', () => {
  test('creates a row with canonical URL, site and content hash', async () => {
    db = freshDb();
    const { status, posting } = await savePosting(db, draft(), testDeps());
    expect(status).toBe('created');
    const row = await db.postings.get(posting.id);
    expect(row?.title).toBe('天猫运营专员');
    expect(row?.canonicalUrl).toBe('https://www.zhipin.com/job_detail/abc123.html');
    expect(row?.site).toBe('zhipin.com');
    expect(row?.contentHash).toMatch(/^[0-9a-z]+$/);
    expect(row?.clippedAt).toBe(1_700_000_000_000);
  });

  test('refuses a row its schema rejects: clear error, nothing written', async () => {
    db = freshDb();
    const bad = draft({ duties: ['x'.repeat(5000)], education: 'kindergarten' as never });
    const error = await savePosting(db, bad, testDeps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^posting: /);
    expect((error as Error).message).toContain('duties.0');
    expect((error as Error).message).toContain('education');
    expect(await db.postings.count()).toBe(0);
  });

  test('a re-clip with other tracking parameters updates the same row', async () => {
    db = freshDb();
    const deps = testDeps();
    const first = await savePosting(db, draft({ tags: ['竞品'], note: '薪资偏高' }), deps);
    deps.tick(60_000);
    const again = await savePosting(
      db,
      draft({ url: 'https://www.zhipin.com/job_detail/abc123.html?lid=77&securityId=zz&utm_source=x', tags: ['杭州'] }),
      deps,
    );
    expect(again.status).toBe('updated');
    expect(again.posting.id).toBe(first.posting.id);
    expect(await db.postings.count()).toBe(1);
    const row = await db.postings.get(first.posting.id);
    expect(row?.note).toBe('薪资偏高');
    expect(row?.tags).toEqual(['竞品', '杭州']);
    expect(row?.clippedAt).toBe(1_700_000_000_000);
    expect(row?.updatedAt).toBe(1_700_000_060_000);
  });

  test('the same text under another URL (a repost) is recognised by its normalised text', async () => {
    db = freshDb();
    const deps = testDeps();
    await savePosting(db, draft(), deps);
    const repost = draft({
      url: 'https://jobs.example-ats.com/apply/998',
      duties: ['1、負責天貓店鋪的日常運營，商品上下架與活動報名；', '2. 分析店鋪流量、轉化等數據並提出優化方案'],
      requirements: ['（1）1年以上天猫运营经验', '（2）熟练使用生意参谋、直通车。'],
    });
    expect(postingContentHash(repost)).toBe(postingContentHash(draft()));
    const dup = await findDuplicate(db, { url: repost.url, title: repost.title, contentHash: postingContentHash(repost) });
    expect(dup?.id).toBe('p1');
    const { status } = await savePosting(db, repost, deps);
    expect(status).toBe('updated');
    expect(await db.postings.count()).toBe(1);
  });

  test('different postings are not confused', async () => {
    db = freshDb();
    const deps = testDeps();
    await savePosting(db, draft(), deps);
    const other = draft({
      url: 'https://www.zhipin.com/job_detail/zzz999.html',
      title: '淘宝美工',
      duties: ['负责店铺首页、详情页的设计与装修', '负责主图、海报和活动页面的制作'],
      requirements: ['熟练使用Photoshop、C4D', '有服装类目设计经验优先'],
    });
    const { status } = await savePosting(db, other, deps);
    expect(status).toBe('created');
    expect(await db.postings.count()).toBe(2);
  });

  test('several postings of one careers page (one URL) are kept apart by title', async () => {
    db = freshDb();
    const deps = testDeps();
    const page = 'https://shop.example.com/join-us';
    await savePosting(db, draft({ url: page }), deps);
    const second = await savePosting(
      db,
      draft({ url: page, title: '淘宝美工', duties: ['负责店铺首页和详情页的设计与装修工作'], requirements: ['熟练使用Photoshop和C4D软件'] }),
      deps,
    );
    expect(second.status).toBe('created');
    const again = await savePosting(db, draft({ url: `${page}?utm_source=x`, title: '淘宝美工', duties: ['负责店铺首页和详情页的设计'] }), deps);
    expect(again).toMatchObject({ status: 'updated', posting: { id: second.posting.id } });
    expect(await db.postings.count()).toBe(2);
  });

  // Ten saves of the same short pasted ad made ten rows: a paste has no URL to know it by.
  test('the same short pasted text, however short, is recognised as already saved', async () => {
    db = freshDb();
    const deps = testDeps();
    const paste = draft({ url: '', title: '客服', company: '', duties: [], requirements: [], body: '招客服，会打字' });
    expect(postingContentHash(paste)).not.toBe('');
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await savePosting(db, paste, deps)).status);
    expect(statuses).toEqual(['created', ...Array(9).fill('updated')]);
    expect(await db.postings.count()).toBe(1);
    // Re-pasted with other spacing, width and punctuation, it is the same normalised text.
    const again = { ...paste, body: ' 招客服 ， 会打字。' };
    expect((await findDuplicate(db, { url: '', title: again.title, contentHash: postingContentHash(again) }))?.id).toBe('p1');
  });

  test('two different short pastes stay two postings', async () => {
    db = freshDb();
    const deps = testDeps();
    const paste = draft({ url: '', title: '客服', company: '', duties: [], requirements: [], body: '招客服，会打字' });
    await savePosting(db, paste, deps);
    expect((await savePosting(db, { ...paste, body: '招客服，会说粤语' }, deps)).status).toBe('created');
    expect(await db.postings.count()).toBe(2);
  });

  test('a short paste saved before this check (stored without a key) is still found', async () => {
    db = freshDb();
    const deps = testDeps();
    const paste = draft({ url: '', title: '客服', company: '', duties: [], requirements: [], body: '招客服，会打字' });
    const { posting } = await savePosting(db, paste, deps);
    await db.postings.update(posting.id, { contentHash: '' }); // as an older version stored it
    expect((await savePosting(db, paste, deps)).status).toBe('updated');
    expect(await db.postings.count()).toBe(1);
  });

  test('postings with too little text are matched by URL only', async () => {
    db = freshDb();
    const deps = testDeps();
    const bare = draft({ duties: [], requirements: [], body: '', url: 'https://a.example/jobs/1' });
    expect(postingContentHash(bare)).toBe('');
    await savePosting(db, bare, deps);
    const { status } = await savePosting(db, { ...bare, url: 'https://a.example/jobs/2' }, deps);
    expect(status).toBe('created');
    expect(await db.postings.count()).toBe(2);
  });

  test('a role the user chose survives a re-clip; notes from both copies are kept', async () => {
    db = freshDb();
    const deps = testDeps();
    await savePosting(db, draft({ roleId: 'designer', roleAssignedBy: 'user', note: '第一次' }), deps);
    const { posting } = await savePosting(
      db,
      draft({ roleId: 'operations-specialist', roleScore: 0.9, roleAssignedBy: 'matcher', note: '第二次' }),
      deps,
    );
    expect(posting.roleId).toBe('designer');
    expect(posting.roleAssignedBy).toBe('user');
    expect(posting.note).toBe('第一次\n\n第二次');
  });
});

describe('updatePosting / deletePosting', () => {
  test('an edit is validated, re-hashed and stored; a bad edit changes nothing', async () => {
    db = freshDb();
    const deps = testDeps();
    const { posting } = await savePosting(db, draft(), deps);
    deps.tick(1000);
    const edited = await updatePosting(db, posting.id, { duties: ['负责天猫店铺的整体运营与团队管理工作'], tags: ['竞品'] }, deps);
    expect(edited.duties).toEqual(['负责天猫店铺的整体运营与团队管理工作']);
    expect(edited.contentHash).not.toBe(posting.contentHash);
    expect(edited.updatedAt).toBe(posting.updatedAt + 1000);
    await expect(updatePosting(db, posting.id, { tags: [''] }, deps)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.postings.get(posting.id))?.tags).toEqual(['竞品']);
    await deletePosting(db, posting.id);
    expect(await db.postings.count()).toBe(0);
  });
});
