import { afterEach, describe, expect, test } from 'vitest';
import type { RoleClipDb } from '@/lib/db/db';
import { updateRoleInfo } from '@/lib/db/roles-repo';
import { LIBRARY_ROLES, LIBRARY_VERSION, type LibraryRole } from '@/lib/roles/library';
import { DUTY_PHRASINGS, PHRASING_EDITS } from '@/lib/roles/data/phrasings/index';
import { seedLibrary } from '@/lib/roles/seed';
import { freshDb, testDeps } from '../helpers/db';

let db: RoleClipDb;
afterEach(async () => {
  await db?.delete();
});

/** A later library: one role reworded, one role new in this version. */
function nextLibrary(): { version: number; roles: LibraryRole[] } {
  const version = LIBRARY_VERSION + 1;
  const roles = LIBRARY_ROLES.map((r) =>
    r.id === 'copywriter' || r.id === 'designer' ? { ...r, aliases: [...r.aliases, '新别名'] } : r,
  );
  const newRole: LibraryRole = { ...LIBRARY_ROLES.find((r) => r.id === 'hr')!, id: 'admin', nameZh: '行政', nameEn: 'Administration', since: version };
  newRole.duties = newRole.duties.map((d) => ({ ...d, id: d.id.replace(/^hr\./, 'admin.') }));
  newRole.requirements = { ...newRole.requirements, items: newRole.requirements.items.map((d) => ({ ...d, id: d.id.replace(/^hr\./, 'admin.') })) };
  newRole.specialties = newRole.specialties?.map((x) => ({ ...x, duties: x.duties.map((id) => id.replace(/^hr\./, 'admin.')) }));
  return { version, roles: [...roles, newRole] };
}

describe('seedLibrary', () => {
  test('first run fills the roles table with the whole library and records the version', async () => {
    db = freshDb();
    const report = await seedLibrary(db, testDeps());
    expect(report.added).toHaveLength(15);
    expect(await db.roles.count()).toBe(15);
    const row = await db.roles.get('designer');
    expect(row).toMatchObject({ origin: 'builtin', builtinVersion: LIBRARY_VERSION, edited: false, createdAt: 1_700_000_000_000 });
    expect((await db.settings.get('settings'))?.libraryVersion).toBe(LIBRARY_VERSION);
  });

  test('a second run of the same version changes nothing', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    deps.tick(1000);
    const report = await seedLibrary(db, deps);
    expect(report).toMatchObject({ added: [], updated: [], kept: [], merged: [] });
    expect((await db.roles.get('tech'))?.updatedAt).toBe(1_700_000_000_000);
  });

  test('an upgrade adds new roles and refreshes unedited ones, never the user’s edits', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    deps.tick(1000);
    await updateRoleInfo(db, 'designer', { nameZh: '我的美工' }, { ...deps, newId: () => 'x' });
    deps.tick(1000);
    const report = await seedLibrary(db, deps, nextLibrary());

    expect(report.added).toEqual(['admin']);
    expect(report.updated).toContain('copywriter');
    expect(report.kept).toEqual(['designer']);
    const designer = await db.roles.get('designer');
    expect(designer?.nameZh).toBe('我的美工');
    expect(designer?.aliases).not.toContain('新别名');
    const copywriter = await db.roles.get('copywriter');
    expect(copywriter?.aliases).toContain('新别名');
    expect(copywriter?.builtinVersion).toBe(LIBRARY_VERSION + 1);
    expect(copywriter?.createdAt).toBe(1_700_000_000_000);
    expect((await db.settings.get('settings'))?.libraryVersion).toBe(LIBRARY_VERSION + 1);
  });

  test('an upgrade keeps the sentences the user marked on unedited roles', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const copywriter = (await db.roles.get('copywriter'))!;
    const marked = { ...copywriter, duties: copywriter.duties.map((d, i) => (i === 0 ? { ...d, marks: [{ text: '撰写宝贝描述', polarity: 'covers' as const, createdAt: 1 }] } : d)) };
    await db.roles.put(marked);
    const report = await seedLibrary(db, deps, nextLibrary());
    expect(report.updated).toContain('copywriter');
    const after = (await db.roles.get('copywriter'))!;
    expect(after.aliases).toContain('新别名');
    expect(after.duties[0]!.marks).toEqual([{ text: '撰写宝贝描述', polarity: 'covers', createdAt: 1 }]);
  });

  test('an edited role keeps its words and gains only the phrasings and specialties it lacks', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    // An edited tech role as library v2 stored it: no phrasings, no specialties, one duty reworded.
    const tech = (await db.roles.get('tech'))!;
    const { specialties: _none, ...v2 } = tech;
    const duties = v2.duties.map(({ phrasings: _p, ...d }, i) => (i === 0 ? { ...d, text: '我改写的职责', phrasings: ['我的写法'] } : d));
    await db.roles.put({ ...v2, duties, edited: true, nameZh: '我的技术' });
    const report = await seedLibrary(db, deps, nextLibrary());
    expect(report.kept).toContain('tech');
    expect(report.merged).toContain('tech');
    const after = (await db.roles.get('tech'))!;
    expect(after.nameZh).toBe('我的技术');
    expect(after.duties[0]).toMatchObject({ text: '我改写的职责', phrasings: ['我的写法'] });
    expect(after.duties[1]!.phrasings?.length).toBeGreaterThan(0);
    expect(after.specialties?.map((x) => x.id)).toContain('testing');
  });

  test.each([3, 4])('from library v%i, an edited role gets the phrasing edits on the patterns the user left as they were', async (stored) => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const edit = (duty: string) => PHRASING_EDITS.find((e) => e.duty === duty)!;
    const host = edit('live-streamer.host');
    const review = edit('live-streamer.review');
    const live = (await db.roles.get('live-streamer'))!;
    // As a v3/v4 library stored it, then edited: the user kept host's built-in pattern next to one of
    // their own, rewrote review's, and marked a sentence.
    const mark = { text: '负责直播间日常开播', polarity: 'covers' as const, createdAt: 1 };
    const duties = live.duties.map((d) =>
      d.id === host.duty ? { ...d, phrasings: [host.from!, '我的写法 + 直播'], marks: [mark] } : d.id === review.duty ? { ...d, phrasings: ['我改过的 + 复盘'] } : d,
    );
    await db.roles.put({ ...live, duties, edited: true, nameZh: '我的主播' });
    await db.settings.put({ ...(await db.settings.get('settings'))!, libraryVersion: stored });

    const report = await seedLibrary(db, deps);
    expect(report.merged).toContain('live-streamer');
    const after = (await db.roles.get('live-streamer'))!;
    const byId = new Map(after.duties.map((d) => [d.id, d]));
    expect(after.nameZh).toBe('我的主播');
    // Each pattern the first edit wrote, as a later version's edit of that same pattern rewrote it (v6
    // narrowed 负责 + 直播), then the user's own.
    const later = (p: string) => PHRASING_EDITS.find((e) => e.since > host.since && e.duty === host.duty && e.from === p)?.to ?? [p];
    expect(host.to.some((p) => later(p)[0] !== p)).toBe(true);
    expect(byId.get(host.duty)!.phrasings).toEqual([...host.to.flatMap(later), '我的写法 + 直播']);
    expect(byId.get(host.duty)!.marks).toEqual([mark]);
    expect(byId.get(review.duty)!.phrasings).toEqual(['我改过的 + 复盘']);
    expect((await db.settings.get('settings'))?.libraryVersion).toBe(LIBRARY_VERSION);
    // Seeding again changes nothing more.
    expect((await seedLibrary(db, deps)).merged).toEqual([]);
  });

  test('an edit that adds patterns adds them once, after the user’s own', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const added = PHRASING_EDITS.find((e) => e.from === null)!;
    const roleId = added.duty.split('.')[0]!;
    const row = (await db.roles.get(roleId))!;
    const duties = row.duties.map((d) => (d.id === added.duty ? { ...d, phrasings: ['我的写法'] } : d));
    await db.roles.put({ ...row, duties, edited: true });
    await db.settings.put({ ...(await db.settings.get('settings'))!, libraryVersion: 3 });
    await seedLibrary(db, deps);
    const after = (await db.roles.get(roleId))!.duties.find((d) => d.id === added.duty)!;
    expect(after.phrasings).toEqual(['我的写法', ...added.to]);
  });

  test('an unedited role gets the new version’s phrasings whole', async () => {
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const host = PHRASING_EDITS.find((e) => e.duty === 'live-streamer.host')!;
    const live = (await db.roles.get('live-streamer'))!;
    await db.roles.put({ ...live, builtinVersion: 3, duties: live.duties.map((d) => (d.id === host.duty ? { ...d, phrasings: [host.from!] } : d)) });
    await db.settings.put({ ...(await db.settings.get('settings'))!, libraryVersion: 3 });
    expect((await seedLibrary(db, deps)).updated).toContain('live-streamer');
    const after = (await db.roles.get('live-streamer'))!.duties.find((d) => d.id === host.duty)!;
    expect(after.phrasings).toEqual([...DUTY_PHRASINGS[host.duty]!]);
    expect(after.phrasings).not.toContain(host.from);
  });

  test('library v3 with the user’s edits upgrades to the current version (v4 brought issue 12’s vocabulary) and loses none of them', async () => {
    // v3 as it was stored: this version's new title words (投手, 助播, 社媒 …) not yet in it.
    const added: Record<string, string[]> = {
      'promotion-specialist': ['投手', '千川', '随心推', 'dou+'],
      'live-streamer': ['助播', '直播助播'],
      'new-media-operator': ['社媒', '社媒运营', 'tiktok'],
    };
    for (const [id, words] of Object.entries(added)) {
      const role = LIBRARY_ROLES.find((r) => r.id === id)!;
      for (const w of words) expect(role.aliases).toContain(w); // the test tracks the real v4 data
    }
    const v3Roles = LIBRARY_ROLES.map((r) => (added[r.id] ? { ...r, aliases: r.aliases.filter((a) => !added[r.id]!.includes(a)) } : r));
    expect(LIBRARY_VERSION).toBeGreaterThanOrEqual(4);
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps, { version: 3, roles: v3Roles });
    // The user's edits under v3: a renamed role, a marked sentence on an unedited role, a role of their own.
    await updateRoleInfo(db, 'new-media-operator', { nameZh: '我的新媒体' }, { ...deps, newId: () => 'x' });
    const live = (await db.roles.get('live-streamer'))!;
    const mark = { text: '负责直播间的节奏把控', polarity: 'covers' as const, createdAt: 7 };
    await db.roles.put({ ...live, duties: live.duties.map((d, i) => (i === 0 ? { ...d, marks: [mark] } : d)) });
    const own = { ...(await db.roles.get('hr'))!, id: 'my-buyer', origin: 'user' as const, builtinVersion: null, nameZh: '买手', aliases: ['买手'] };
    await db.roles.put(own);
    deps.tick(1000);

    const report = await seedLibrary(db, deps);
    expect(report).toMatchObject({ from: 3, to: LIBRARY_VERSION, added: [] });
    expect(report.updated).toEqual(expect.arrayContaining(['promotion-specialist', 'live-streamer']));
    expect(report.kept).toContain('new-media-operator');
    expect((await db.roles.get('promotion-specialist'))!.aliases).toEqual(expect.arrayContaining(['投手', '千川', '随心推']));
    const liveAfter = (await db.roles.get('live-streamer'))!;
    expect(liveAfter.aliases).toContain('助播');
    expect(liveAfter.duties[0]!.marks).toEqual([mark]);
    expect(liveAfter.builtinVersion).toBe(LIBRARY_VERSION);
    const edited = (await db.roles.get('new-media-operator'))!;
    expect(edited.nameZh).toBe('我的新媒体');
    expect(edited.aliases).not.toContain('社媒'); // an edited role keeps the user's alias list as it is
    expect(await db.roles.get('my-buyer')).toEqual(own);
    expect(await db.roles.count()).toBe(16);
    expect((await db.settings.get('settings'))?.libraryVersion).toBe(LIBRARY_VERSION);
  });

  test('library v5 with the user’s edits upgrades to v6 (mined vocabulary): built-in patterns the user kept are replaced, nothing the user wrote is lost', async () => {
    expect(LIBRARY_VERSION).toBeGreaterThanOrEqual(6);
    db = freshDb();
    const deps = testDeps();
    await seedLibrary(db, deps);
    const v6 = (duty: string, narrowing: boolean) => PHRASING_EDITS.find((e) => e.since === 6 && e.duty === duty && (e.from !== null) === narrowing)!;
    const feedback = v6('customer-service.feedback', true);
    const crm = v6('customer-service.crm', false);
    const carriers = v6('warehouse-logistics.carriers', true);
    const host = PHRASING_EDITS.find((e) => e.since === 5 && e.duty === 'live-streamer.host')!;

    // As v5 stored them, then edited by the user.
    const service = (await db.roles.get('customer-service'))!;
    const mark = { text: '负责售前咨询的接待', polarity: 'covers' as const, createdAt: 3 };
    const mine = { id: 'customer-service.mine', text: '我加的职责：整理话术库' };
    await db.roles.put({
      ...service,
      edited: true,
      nameZh: '我的客服',
      duties: [
        ...service.duties.map((d) =>
          d.id === feedback.duty
            ? { ...d, phrasings: [feedback.from!, '我的写法 + 反馈'] }
            : d.id === crm.duty
              ? { ...d, phrasings: ['我的会员 + 维护'] }
              : d.id === 'customer-service.pre-sale'
                ? { ...d, marks: [mark] }
                : d,
        ),
        mine,
      ],
    });
    // An edited role whose user put back the pattern a v5 edit had replaced: v5's edit is not applied again.
    const live = (await db.roles.get('live-streamer'))!;
    await db.roles.put({ ...live, edited: true, duties: live.duties.map((d) => (d.id === host.duty ? { ...d, phrasings: [host.from!] } : d)) });
    // An unedited role stored by v5, with a marked sentence.
    const store = (await db.roles.get('warehouse-logistics'))!;
    const stockMark = { text: '每周把库存表发给运营', polarity: 'covers' as const, createdAt: 4 };
    await db.roles.put({
      ...store,
      builtinVersion: 5,
      duties: store.duties.map((d) => (d.id === carriers.duty ? { ...d, phrasings: [carriers.from!], marks: [stockMark] } : d)),
    });
    await db.settings.put({ ...(await db.settings.get('settings'))!, libraryVersion: 5 });

    const report = await seedLibrary(db, deps);
    expect(report).toMatchObject({ from: 5, to: LIBRARY_VERSION });
    expect(report.merged).toContain('customer-service');
    expect(report.merged).not.toContain('live-streamer');
    expect(report.updated).toContain('warehouse-logistics');

    const after = (await db.roles.get('customer-service'))!;
    const byId = new Map(after.duties.map((d) => [d.id, d]));
    expect(after.nameZh).toBe('我的客服');
    expect(byId.get(feedback.duty)!.phrasings).toEqual([...feedback.to, '我的写法 + 反馈']);
    expect(byId.get(crm.duty)!.phrasings).toEqual(['我的会员 + 维护', ...crm.to]);
    expect(byId.get('customer-service.pre-sale')!.marks).toEqual([mark]);
    expect(byId.get(mine.id)).toEqual(mine);
    expect(after.duties).toHaveLength(service.duties.length + 1);
    expect((await db.roles.get('live-streamer'))!.duties.find((d) => d.id === host.duty)!.phrasings).toEqual([host.from]);
    const carriersAfter = (await db.roles.get('warehouse-logistics'))!.duties.find((d) => d.id === carriers.duty)!;
    expect(carriersAfter.phrasings).toEqual([...DUTY_PHRASINGS[carriers.duty]!]);
    expect(carriersAfter.phrasings).not.toContain(carriers.from);
    expect(carriersAfter.marks).toEqual([stockMark]);
    expect((await db.settings.get('settings'))?.libraryVersion).toBe(LIBRARY_VERSION);
    expect((await seedLibrary(db, deps)).merged).toEqual([]);
  });

  test('a built-in role removed from the table is not brought back by an upgrade', async () => {
    db = freshDb();
    await seedLibrary(db, testDeps());
    await db.roles.delete('finance');
    const report = await seedLibrary(db, testDeps(), nextLibrary());
    expect(report.added).toEqual(['admin']);
    expect(await db.roles.get('finance')).toBeUndefined();
  });

  test('a user role that took a built-in id is left alone', async () => {
    db = freshDb();
    const designer = (await import('@/lib/roles/library')).builtinRoles(5).find((r) => r.id === 'designer')!;
    await db.roles.put({ ...designer, origin: 'user', builtinVersion: null, nameZh: '自建' });
    const report = await seedLibrary(db, testDeps());
    expect(report.kept).toEqual(['designer']);
    expect((await db.roles.get('designer'))?.nameZh).toBe('自建');
  });

  test('the settings row keeps the user’s language choice', async () => {
    db = freshDb();
    await db.settings.put({ id: 'settings', locale: 'en', libraryVersion: 0 });
    await seedLibrary(db, testDeps());
    expect(await db.settings.get('settings')).toEqual({ id: 'settings', locale: 'en', libraryVersion: LIBRARY_VERSION });
  });
});
