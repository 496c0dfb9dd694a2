import { afterEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { editDuties, restoreBuiltinRole } from '@/lib/db/roles-repo';
import { builtinRoles } from '@/lib/roles/library';
import { loadMatcherIndex } from '@/lib/roles/load';
import { compareWithRole } from '@/lib/roles/compare';
import { seedLibrary } from '@/lib/roles/seed';
import { markDuty, setDutyPhrasings, unmarkDuty } from '@/lib/roles/teach';
import { freshDb, testDeps } from '../helpers/db';

let db: RoleClipDb;
afterEach(async () => {
  await db?.delete();
});

const ad = (duties: string[]) => ({ title: '人事专员', duties, requirements: [], experienceYears: null, education: null, skills: [] });
const item = '负责对接外部人力资源服务供应商';

describe('teaching the comparison', () => {
  test('a marked sentence covers the duty in every later comparison', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    expect(compareWithRole(await loadMatcherIndex(db), 'hr', ad([item])).covered).toEqual([]);

    const role = await markDuty(db, { roleId: 'hr', dutyId: 'hr.channels', text: item, polarity: 'covers' }, deps);
    expect(role.edited).toBe(false);
    const later = compareWithRole(await loadMatcherIndex(db), 'hr', ad(['2、负责对接外部人力资源服务供应商；']));
    expect(later.covered).toMatchObject([{ dutyId: 'hr.channels', via: 'mark' }]);
  });

  test('marking the same sentence the other way replaces the mark; unmarking forgets it', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    await markDuty(db, { roleId: 'hr', dutyId: 'hr.channels', text: item, polarity: 'covers' }, deps);
    const role = await markDuty(db, { roleId: 'hr', dutyId: 'hr.channels', text: `${item}。`, polarity: 'not' }, deps);
    expect(role.duties.find((d) => d.id === 'hr.channels')!.marks).toMatchObject([{ polarity: 'not' }]);
    const cleared = await unmarkDuty(db, { roleId: 'hr', dutyId: 'hr.channels', text: item }, deps);
    expect(cleared.duties.find((d) => d.id === 'hr.channels')!.marks).toBeUndefined();
  });

  test('an unknown duty or an empty sentence is refused and nothing is written', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const before = await db.roles.get('hr');
    await expect(markDuty(db, { roleId: 'hr', dutyId: 'hr.nope', text: item, polarity: 'covers' }, deps)).rejects.toThrow(/not found/);
    await expect(markDuty(db, { roleId: 'hr', dutyId: 'hr.channels', text: '，。', polarity: 'covers' }, deps)).rejects.toThrow(/no words/);
    expect(await db.roles.get('hr')).toEqual(before);
  });

  test('edited phrasings are validated and make the built-in role edited', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    await expect(setDutyPhrasings(db, { roleId: 'hr', dutyId: 'hr.channels', phrasings: ['!猎头'] }, deps)).rejects.toThrow(/every clause/);
    const role = await setDutyPhrasings(db, { roleId: 'hr', dutyId: 'hr.channels', phrasings: ['人力资源服务 + 供应商', ' '] }, deps);
    expect(role.edited).toBe(true);
    expect(role.duties.find((d) => d.id === 'hr.channels')!.phrasings).toEqual(['人力资源服务 + 供应商']);
    expect(compareWithRole(await loadMatcherIndex(db), 'hr', ad([item])).covered).toMatchObject([{ dutyId: 'hr.channels', via: 'phrasing' }]);
  });

  test('rewording a duty keeps its phrasings and marks; restoring keeps the marks', async () => {
    db = freshDb();
    const deps = { ...testDeps(), newId: () => 'x' };
    await seedLibrary(db, deps);
    await markDuty(db, { roleId: 'hr', dutyId: 'hr.channels', text: item, polarity: 'covers' }, deps);
    const edited = await editDuties(db, 'hr', 'duties', { op: 'edit', dutyId: 'hr.channels', text: '维护各类招聘渠道' }, deps);
    const duty = edited.duties.find((d) => d.id === 'hr.channels')!;
    expect(duty.text).toBe('维护各类招聘渠道');
    expect(duty.phrasings?.length).toBeGreaterThan(0);
    expect(duty.marks).toHaveLength(1);
    const restored = await restoreBuiltinRole(db, builtinRoles(0).find((r) => r.id === 'hr')!, deps);
    expect(restored.duties.find((d) => d.id === 'hr.channels')!.marks).toHaveLength(1);
    expect(restored.edited).toBe(false);
  });
});
