import { afterEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { savePosting, type PostingDraft } from '@/lib/db/repo';
import { createRole } from '@/lib/db/roles-repo';
import { reassignPosting } from '@/lib/roles/learning';
import { loadMatcherIndex } from '@/lib/roles/load';
import { matchPosting } from '@/lib/roles/matcher';
import { seedLibrary } from '@/lib/roles/seed';
import { freshDb, testDeps } from '../helpers/db';

let db: RoleClipDb;
afterEach(async () => {
  await db?.delete();
});

function draft(over: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: '店铺小二',
    company: '某家居旗舰店',
    location: '杭州',
    salary: null,
    experienceYears: null,
    education: null,
    skills: [],
    // Items that name no role: "the shop's daily affairs" alone now reads as shop operations
    // (the body model learned it from real ads), and this test is about the title being taught.
    duties: ['负责日常事务', '配合完成各项工作'],
    requirements: ['有责任心'],
    preferred: [],
    source: 'text',
    url: '',
    body: '店铺小二\n负责日常事务',
    ...over,
  };
}

const asInput = (d: PostingDraft) => ({ title: d.title, duties: d.duties, requirements: d.requirements, body: d.body });

describe('learning from the user', () => {
  test('reassigning a posting teaches its title; later matches use it', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const { posting } = await savePosting(db, draft({ roleId: null }), deps);

    const before = matchPosting(await loadMatcherIndex(db), asInput(draft()));
    expect(before.role?.id).not.toBe('store-manager');

    deps.tick(5000);
    const { alias, posting: updated } = await reassignPosting(db, posting.id, 'store-manager', deps);
    expect(alias).toEqual({ alias: '店铺小二', text: '店铺小二', roleId: 'store-manager', createdAt: 1_700_000_005_000 });
    expect(updated).toMatchObject({ roleId: 'store-manager', roleAssignedBy: 'user', roleScore: null, updatedAt: 1_700_000_005_000 });
    expect(await db.aliases.get('店铺小二')).toEqual(alias);
    expect((await db.postings.get(posting.id))?.roleAssignedBy).toBe('user');

    // A new ad with the same title (and a qualifier) now goes to the taught role, citing the alias.
    const after = matchPosting(await loadMatcherIndex(db), asInput(draft({ title: '店铺小二（急招）' })));
    expect(after.role?.id).toBe('store-manager');
    expect(after.evidence.alias).toEqual({ text: '店铺小二', roleId: 'store-manager', learned: true });
  });

  test('a learned title outranks a built-in alias for exactly that title', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const d = draft({ title: '运营专员/助理', duties: ['负责店铺商品上下架和活动报名'], requirements: [] });
    const { posting } = await savePosting(db, d, deps);
    await reassignPosting(db, posting.id, 'store-manager', deps);
    const result = matchPosting(await loadMatcherIndex(db), asInput(d));
    expect(result.role?.id).toBe('store-manager');
    expect(result.evidence.alias?.learned).toBe(true);
  });

  test('clearing the role forgets the title', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const { posting } = await savePosting(db, draft(), deps);
    await reassignPosting(db, posting.id, 'store-manager', deps);
    await reassignPosting(db, posting.id, null, deps);
    expect(await db.aliases.count()).toBe(0);
    expect(await db.postings.get(posting.id)).toMatchObject({ roleId: null, roleAssignedBy: 'user' });
  });

  test('reassigning to a role that does not exist writes nothing', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const { posting } = await savePosting(db, draft(), deps);
    await expect(reassignPosting(db, posting.id, 'astronaut', deps)).rejects.toThrow(/role astronaut not found/);
    expect(await db.aliases.count()).toBe(0);
    expect((await db.postings.get(posting.id))?.roleAssignedBy).not.toBe('user');
  });
});

describe('user-created roles take part in matching', () => {
  test('a user role is matched by its name like a built-in alias', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const role = await createRole(db, { nameZh: '跨境选品师', duties: ['在亚马逊挑选有潜力的商品', '分析海外市场需求'] }, deps);
    const result = matchPosting(await loadMatcherIndex(db), {
      title: '跨境选品师',
      duties: ['负责亚马逊站点的选品和市场调研'],
      requirements: ['英语四级'],
    });
    expect(result.role?.id).toBe(role.id);
  });

  test('a user role named like an outside family replaces it (产品经理 stops abstaining)', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const input = { title: '产品经理', duties: ['负责产品规划和需求分析，撰写PRD'], requirements: ['熟悉Axure'] };
    expect(matchPosting(await loadMatcherIndex(db), input).role).toBeNull();
    const role = await createRole(db, { nameZh: '产品经理', nameEn: 'Product Manager' }, deps);
    expect(matchPosting(await loadMatcherIndex(db), input).role?.id).toBe(role.id);
  });

  test('saved postings fold into their role: a role with no duties learns its vocabulary', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const role = await createRole(db, { nameZh: '茶艺顾问' }, deps);
    for (const [i, title] of ['茶艺顾问', '茶艺顾问（门店）', '资深茶艺顾问'].entries()) {
      const { posting } = await savePosting(
        db,
        draft({
          title,
          url: `https://example.com/job/${i}`,
          duties: ['为顾客冲泡和讲解普洱、乌龙等茶叶', '负责茶室茶具的清洁和茶叶品鉴活动', `接待到店品茶的客人${i}`],
          requirements: ['持有茶艺师证书'],
        }),
        deps,
      );
      await reassignPosting(db, posting.id, role.id, deps);
    }
    // No title to go by: the items alone now point at the user's role.
    const result = matchPosting(await loadMatcherIndex(db), {
      title: '',
      duties: ['为客人冲泡普洱和乌龙，讲解茶叶知识', '组织茶叶品鉴活动'],
      requirements: ['有茶艺师证书优先'],
    });
    expect(result.candidates[0]?.id).toBe(role.id);
  });
});
