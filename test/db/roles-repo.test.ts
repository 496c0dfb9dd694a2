import { afterEach, describe, expect, test } from 'vitest';
import { createRole, deleteRole, editDuties, RecordNotFoundError, restoreBuiltinRole, updateRoleInfo } from '@/lib/db/roles-repo';
import { savePosting, ValidationError } from '@/lib/db/repo';
import type { RoleClipDb } from '@/lib/db/db';
import { freshDb, testDeps } from '../helpers/db';
import { sampleRole } from '../helpers/roles';

let db: RoleClipDb;
afterEach(async () => db?.delete());

async function withRole() {
  db = freshDb();
  await db.roles.put(sampleRole());
  return testDeps();
}

describe('editing a role’s duties', () => {
  test('add appends a user duty and marks the built-in role edited', async () => {
    const deps = await withRole();
    const role = await editDuties(db, 'designer', 'duties', { op: 'add', text: ' 拍摄短视频素材。 ' }, deps);
    expect(role.duties.map((d) => d.text)).toEqual(['设计店铺首页和商品详情页', '制作主图、海报和活动图', '商品图片的修图与后期', '拍摄短视频素材']);
    expect(role.duties[3]!.id).toBe('designer.u-p1');
    expect(role.edited).toBe(true);
    expect((await db.roles.get('designer'))?.duties).toHaveLength(4);
  });

  test('edit replaces the text and drops the stale English rendering', async () => {
    const deps = await withRole();
    const role = await editDuties(db, 'designer', 'duties', { op: 'edit', dutyId: 'designer.pages', text: '设计首页、详情页和专题页' }, deps);
    expect(role.duties[0]).toEqual({ id: 'designer.pages', text: '设计首页、详情页和专题页' });
  });

  test('move reorders; remove deletes', async () => {
    const deps = await withRole();
    await editDuties(db, 'designer', 'duties', { op: 'move', dutyId: 'designer.photos', toIndex: 0 }, deps);
    const role = await editDuties(db, 'designer', 'duties', { op: 'remove', dutyId: 'designer.images' }, deps);
    expect(role.duties.map((d) => d.id)).toEqual(['designer.photos', 'designer.pages']);
  });

  test('requirement items are edited the same way', async () => {
    const deps = await withRole();
    const role = await editDuties(db, 'designer', 'requirements', { op: 'add', text: '会使用C4D建模', index: 0 }, deps);
    expect(role.requirements.items.map((d) => d.text)).toEqual(['会使用C4D建模', '熟练使用Photoshop等设计软件']);
  });

  test('an empty duty is refused and nothing changes', async () => {
    const deps = await withRole();
    await expect(editDuties(db, 'designer', 'duties', { op: 'add', text: '   ' }, deps)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.roles.get('designer'))?.duties).toHaveLength(3);
    expect((await db.roles.get('designer'))?.edited).toBe(false);
  });

  test('unknown role or duty is a RecordNotFoundError', async () => {
    const deps = await withRole();
    await expect(editDuties(db, 'nope', 'duties', { op: 'remove', dutyId: 'x' }, deps)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(editDuties(db, 'designer', 'duties', { op: 'remove', dutyId: 'x' }, deps)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  test('restore puts the shipped text back', async () => {
    const deps = await withRole();
    await editDuties(db, 'designer', 'duties', { op: 'remove', dutyId: 'designer.pages' }, deps);
    const restored = await restoreBuiltinRole(db, sampleRole(), deps);
    expect(restored.duties).toHaveLength(3);
    expect(restored.edited).toBe(false);
  });
});

describe('user roles', () => {
  test('create, rename, delete: postings survive unassigned and learned aliases go', async () => {
    db = freshDb();
    const deps = testDeps();
    const role = await createRole(db, { nameZh: '跨境运营', nameEn: 'Cross-border operations', duties: ['负责亚马逊店铺运营'] }, deps);
    expect(role.id).toMatch(/^user-cross-border-operations-/);
    expect(role.origin).toBe('user');
    const renamed = await updateRoleInfo(db, role.id, { nameZh: '跨境电商运营', aliases: ['亚马逊运营', ' 亚马逊运营 ', ''] }, deps);
    expect(renamed.nameZh).toBe('跨境电商运营');
    expect(renamed.aliases).toEqual(['亚马逊运营']);
    const draft = {
      title: '亚马逊运营', company: 'A', location: '', salary: null, experienceYears: null, education: null, skills: [],
      duties: ['负责亚马逊店铺的日常运营和广告投放工作'], requirements: ['一年以上亚马逊运营经验，英语四级以上'], preferred: [],
      source: 'text' as const, url: 'https://a.example/1', body: '', roleId: role.id, roleAssignedBy: 'user' as const,
    };
    await savePosting(db, draft, deps);
    await db.aliases.put({ alias: '亚马逊运营', text: '亚马逊运营', roleId: role.id, createdAt: 1 });
    expect(await deleteRole(db, role.id, deps)).toEqual({ unassigned: 1 });
    const posting = (await db.postings.toArray())[0]!;
    expect(posting.roleId).toBeNull();
    expect(posting.roleAssignedBy).toBeNull();
    expect(await db.aliases.count()).toBe(0);
    expect(await db.roles.get(role.id)).toBeUndefined();
  });

  test('a built-in role cannot be deleted', async () => {
    const deps = await withRole();
    await expect(deleteRole(db, 'designer', deps)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.roles.get('designer')).toBeDefined();
  });
});
