import { afterEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { confirmImport, exportBackup, exportRoleLibrary, importFile, previewImport, writeBackup } from '@/lib/library/backup';
import { ImportError, formatPath, utf8Length } from '@/lib/library/backup-format';
import { canonicalJson } from '@/lib/library/canonical-json';
import { generatePostings } from '@/lib/library/generate';
import type { RoleClipDb } from '@/lib/db/db';
import type { Alias, Settings } from '@/lib/db/schemas';
import { freshDb, testDeps } from '../helpers/db';
import { posting, role } from './helpers';

const dbs: RoleClipDb[] = [];
function db(): RoleClipDb {
  const d = freshDb();
  dbs.push(d);
  return d;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

const clock = { now: () => Date.UTC(2026, 2, 1, 9, 30) };
const ids = () => {
  let n = 0;
  return { newId: () => `new-${++n}` };
};

const roles = [
  role({ edited: true, duties: [{ id: 'd-1', text: '负责店铺首页设计', textEn: 'Design the home page' }, { id: 'd-2', text: '修图' }] }),
  role({ id: 'my-role', nameZh: '直播场控', nameEn: 'Live-stream controller', origin: 'user', builtinVersion: null, aliases: [] }),
];
const aliases: Alias[] = [
  { alias: '视觉设计师', text: '視覺設計師', roleId: 'designer', createdAt: 1_700_000_000_000 },
  { alias: '场控', text: '场控', roleId: 'my-role', createdAt: 1_700_000_100_000 },
];
const settings: Settings = { id: 'settings', locale: 'zh_CN', libraryVersion: 3 };
const own = [
  posting({ id: 'h1', title: '淘寶美工', url: 'https://www.zhipin.com/job_detail/a1.html?ka=x', roleId: 'designer', tags: ['竞品'], note: '注意 "引号", 逗号\n换行' }),
  posting({ id: 'h2', title: '场控', url: '', roleId: 'my-role', duties: ['配合主播控场，负责直播间的节奏把控与突发状况处理', '记录直播数据并在下播后复盘', '维护直播间设备与灯光'], requirements: [] }),
];

async function fill(d: RoleClipDb, postings = [...own, ...generatePostings({ count: 60, seed: 3 })]) {
  await d.roles.bulkAdd(roles);
  await d.aliases.bulkAdd(aliases);
  await d.postings.bulkAdd(postings);
  await d.settings.put(settings);
}

describe('full backup', () => {
  test('export -> restore into an empty database -> export gives the same bytes', async () => {
    const source = db();
    await fill(source);
    const first = await exportBackup(source, clock);
    const target = db();
    const report = await importFile(target, first, {}, ids());
    expect(report.postings.added).toBe(62);
    expect(report.postings.duplicates).toEqual([]);
    expect(report.roles.added).toEqual(['designer', 'my-role']);
    expect(report.settings).toBe('restored');
    const second = await exportBackup(target, clock);
    expect(second).toBe(first);
    const parsed = JSON.parse(first);
    expect(parsed).toMatchObject({ format: 'roleclip-backup', version: 1, exportedAt: '2026-03-01T09:30:00.000Z' });
    expect(parsed.postings.map((p: { id: string }) => p.id)).toEqual([...parsed.postings.map((p: { id: string }) => p.id)].sort());
    expect(Object.keys(parsed.postings[0])).toEqual([...Object.keys(parsed.postings[0])].sort());
  });

  test('an empty library round-trips too', async () => {
    const first = await exportBackup(db(), clock);
    expect(JSON.parse(first)).toMatchObject({ roles: [], aliases: [], postings: [], settings: null });
    const target = db();
    await importFile(target, first, {}, ids());
    expect(await exportBackup(target, clock)).toBe(first);
  });

  test('merging into a library that has some of it: duplicates by URL, text and id are skipped', async () => {
    const source = db();
    await fill(source, own);
    const file = await exportBackup(source, clock);
    const target = db();
    await target.postings.bulkAdd([
      // same job, other tracking parameters
      posting({ id: 'mine-1', title: '淘宝美工', url: 'https://www.zhipin.com/job_detail/a1.html?lid=9' }),
      // another posting that happens to use the id h2 (different title): the incoming one is renamed
      posting({ id: 'h2', title: '客服', url: 'https://a.example/jobs/7', duties: ['回复顾客咨询'] }),
    ]);
    const newIds = ids();
    const report = await importFile(target, file, {}, newIds);
    expect(report.postings.duplicates).toEqual([{ incomingId: 'h1', existingId: 'mine-1', by: 'url' }]);
    expect(report.postings.renamed).toEqual([{ from: 'h2', to: 'new-1' }]);
    expect(report.postings.added).toBe(1);
    expect((await target.postings.get('new-1'))?.title).toBe('场控');
    expect(await target.postings.count()).toBe(3);

    // Importing the same file again adds nothing: h2's copy is found by its text.
    const again = await importFile(target, file, {}, newIds);
    expect(again.postings.added).toBe(0);
    expect(again.postings.duplicates).toEqual([
      { incomingId: 'h1', existingId: 'mine-1', by: 'url' },
      { incomingId: 'h2', existingId: 'new-1', by: 'content' },
    ]);
    expect(await target.postings.count()).toBe(3);
  });

  test('a repost with the same text (Traditional, renumbered) under another URL is a duplicate', async () => {
    const target = db();
    const mine = posting({ id: 'm', url: 'https://jobs.example/1', duties: ['负责天猫店铺的日常运营，商品上下架与活动报名', '分析店铺流量、转化等数据并提出优化方案'] });
    await target.postings.add(mine);
    const source = db();
    await source.postings.add(posting({ id: 't', url: 'https://other.example/9', duties: ['1、負責天貓店鋪的日常運營，商品上下架與活動報名；', '2. 分析店鋪流量、轉化等數據並提出優化方案'] }));
    const report = await importFile(target, await exportBackup(source, clock), {}, ids());
    expect(report.postings.duplicates).toEqual([{ incomingId: 't', existingId: 'm', by: 'content' }]);
  });

  test('roles and aliases: ours are kept unless the caller says replace', async () => {
    const target = db();
    await target.roles.add(role({ nameZh: '我的美工', edited: true }));
    await target.aliases.add({ alias: '视觉设计师', text: '视觉设计师', roleId: 'designer', createdAt: 1 });
    const source = db();
    await fill(source, []);
    const file = await exportBackup(source, clock);

    const kept = await importFile(target, file, { restoreSettings: false }, ids());
    expect(kept.roles).toEqual({ added: ['my-role'], replaced: [], kept: ['designer'] });
    expect(kept.aliases).toMatchObject({ added: 1, kept: 1 });
    expect(kept.settings).toBe('kept');
    expect((await target.roles.get('designer'))?.nameZh).toBe('我的美工');
    expect(await target.settings.get('settings')).toBeUndefined();

    const replaced = await importFile(target, file, { onConflict: 'replace' }, ids());
    expect(replaced.roles.replaced).toEqual(['designer', 'my-role']);
    expect((await target.roles.get('designer'))?.nameZh).toBe('美工');
    expect((await target.aliases.get('视觉设计师'))?.text).toBe('視覺設計師');
  });

  test('a built-in role the user never edited (a fresh profile) takes the file’s copy', async () => {
    const target = db();
    await target.roles.add(role({ nameZh: '美工（刚装好）', createdAt: 99, edited: false }));
    const source = db();
    await fill(source, []);
    const report = await importFile(target, await exportBackup(source, clock), { restoreSettings: false }, ids());
    expect(report.roles.replaced).toEqual(['designer']);
    expect((await target.roles.get('designer'))?.nameZh).toBe('美工');
  });

  test('a dry run reports what would happen and writes nothing', async () => {
    const source = db();
    await fill(source);
    const target = db();
    const report = await importFile(target, await exportBackup(source, clock), { dryRun: true }, ids());
    expect(report).toMatchObject({ dryRun: true, settings: 'restored' });
    expect(report.postings.added).toBe(62);
    expect(await target.postings.count()).toBe(0);
    expect(await target.roles.count()).toBe(0);
  });
});

describe('role library for a teammate', () => {
  test('exports the chosen roles with their aliases; imports into another library', async () => {
    const source = db();
    await fill(source, []);
    const text = await exportRoleLibrary(source, clock, ['my-role']);
    expect(text).toContain('\n  "aliases": [');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'roleclip-roles', version: 1 });
    expect(file.roles.map((r: { id: string }) => r.id)).toEqual(['my-role']);
    expect(file.aliases.map((a: Alias) => a.alias)).toEqual(['场控']);
    expect(file.postings).toBeUndefined();
    const target = db();
    const report = await importFile(target, text, {}, ids());
    expect(report.format).toBe('roleclip-roles');
    expect(report.roles.added).toEqual(['my-role']);
    expect(report.settings).toBe('none');
    expect((await target.roles.get('my-role'))?.nameZh).toBe('直播场控');
    expect(await target.aliases.count()).toBe(1);
  });

  test('an alias whose role is nowhere is skipped', async () => {
    const text = JSON.stringify({ format: 'roleclip-roles', version: 1, exportedAt: 'x', roles: [], aliases: [aliases[0]] });
    const target = db();
    const report = await importFile(target, text, {}, ids());
    expect(report.aliases).toMatchObject({ added: 0, unknownRole: 1 });
    expect(await target.aliases.count()).toBe(0);
  });
});

describe('malformed files change nothing and say what is wrong where', () => {
  let good = '';
  const mutate = (fn: (f: Record<string, any>) => void) => {
    const f = JSON.parse(good);
    fn(f);
    return JSON.stringify(f);
  };

  test.each<[string, () => string, ImportError['kind'], RegExp]>([
    ['truncated JSON', () => good.slice(0, Math.floor(good.length / 2)), 'not-json', /not valid JSON \(the file may be truncated\)/],
    ['not JSON at all', () => 'PK\u0003\u0004 a zip file', 'not-json', /not valid JSON/],
    ['a JSON list', () => '[1,2]', 'wrong-format', /expected a RoleClip backup/],
    ['another format', () => mutate((f) => (f.format = 'other-app')), 'wrong-format', /format: expected "roleclip-backup" or "roleclip-roles", received string "other-app"/],
    ['a newer version', () => mutate((f) => (f.version = 2)), 'wrong-version', /version 2, from a newer RoleClip; this one reads up to version 1/],
    ['a version that is not a number', () => mutate((f) => (f.version = '1')), 'wrong-version', /version: expected a whole number, received string "1"/],
    ['a duty that is not text', () => mutate((f) => (f.postings[12].duties[3] = 42)), 'invalid', /postings\[12\]\.duties\.3: expected string, received number 42/],
    ['a missing field', () => mutate((f) => delete f.postings[0].title), 'invalid', /postings\[0\]\.title: expected string, received nothing \(missing\)/],
    ['an unknown education', () => mutate((f) => (f.postings[5].education = 'kindergarten')), 'invalid', /postings\[5\]\.education: expected "any" or .*received string "kindergarten"/],
    ['a bad role id', () => mutate((f) => (f.roles[0].id = 'Bad Id')), 'invalid', /roles\[0\]\.id: role id: lower-case letters, digits and -/],
    ['a too-long note', () => mutate((f) => (f.postings[1].note = 'x'.repeat(20_001))), 'invalid', /postings\[1\]\.note: too long \(at most 20000\)/],
    ['roles not a list', () => mutate((f) => (f.roles = {})), 'invalid', /roles: expected array, received object/],
    ['the same posting id twice', () => mutate((f) => (f.postings[3].id = f.postings[2].id)), 'invalid', /postings\[3\]\.id: ".*" repeats postings\[2\]/],
    // Dates past 8.64e15 ms are Invalid Date: the postings list rendered blank and CSV export threw.
    ['a clippedAt no JavaScript date can hold', () => mutate((f) => (f.postings[4].clippedAt = 9e15)), 'invalid', /postings\[4\]\.clippedAt: too large \(at most 253402214400000\)/],
    ['an updatedAt after the year 9999', () => mutate((f) => (f.postings[0].updatedAt = Date.UTC(10_000, 0, 1))), 'invalid', /postings\[0\]\.updatedAt: too large/],
    ['a role createdAt at the largest safe integer', () => mutate((f) => (f.roles[1].createdAt = Number.MAX_SAFE_INTEGER)), 'invalid', /roles\[1\]\.createdAt: too large/],
    ['an alias createdAt past the Date range', () => mutate((f) => (f.aliases[0].createdAt = 8.64e15 + 1)), 'invalid', /aliases\[0\]\.createdAt: too large/],
  ])('%s', async (_, make, kind, message) => {
    const source = db();
    await fill(source);
    good = await exportBackup(source, clock);
    const target = db();
    await target.postings.add(posting({ id: 'keep-me' }));
    const before = await exportBackup(target, clock);
    const error = await importFile(target, make(), {}, ids()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).kind).toBe(kind);
    expect((error as ImportError).message).toMatch(message);
    expect(await exportBackup(target, clock)).toBe(before);
  });

  test('a row longer than the limit is refused as too large (the file itself has no size limit)', async () => {
    const target = db();
    const file = `{"format":"roleclip-backup","version":1,"postings":[{"note":"${'x'.repeat(5000)}"}]}`;
    const error = await importFile(target, file, { maxRowChars: 1000 }, ids()).catch((e: unknown) => e);
    expect((error as ImportError).kind).toBe('too-large');
    expect((error as ImportError).message).toMatch(/longer than 1000 characters/);
    expect(await target.table('importStaging').count()).toBe(0);
  });

  test('bytes that are not UTF-8 are not a backup', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    const error = await importFile(db(), new Blob([bytes]), {}, ids()).catch((e: unknown) => e);
    expect((error as ImportError).kind).toBe('not-json');
  });

  test.each([
    ['a', 1], ['é', 2], ['岗', 3], ['😀', 4], ['a岗😀', 8],
  ])('utf8Length(%s) = %i', (s, n) => expect(utf8Length(s)).toBe(n));

  test.each<[PropertyKey[], string]>([
    [['postings', 12, 'duties', 3], 'postings[12].duties.3'],
    [['settings', 'locale'], 'settings.locale'],
    [['version'], 'version'],
    [[], '(file)'],
  ])('formatPath(%j) = %s', (path, expected) => expect(formatPath(path)).toBe(expected));
});

describe('a failure half-way through the import rolls everything back', () => {
  test('the disk fills up on the 30th posting: nothing is imported, the error says storage is full', async () => {
    const source = db();
    await fill(source);
    const file = await exportBackup(source, clock);
    const target = db();
    await target.roles.add(role({ id: 'existing-role' }));
    const before = await exportBackup(target, clock);
    let writes = 0;
    target.postings.hook('creating', () => {
      if (++writes === 30) throw new Dexie.QuotaExceededError('simulated: disk full');
    });
    const error = await importFile(target, file, {}, ids()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).kind).toBe('storage');
    expect((error as ImportError).message).toMatch(/quota is full; nothing was imported/);
    expect(writes).toBe(30);
    expect(await exportBackup(target, clock)).toBe(before);
    expect(await target.roles.count()).toBe(1);
    expect(await target.settings.count()).toBe(0);
  });
});

describe('backups of any size: written in pieces, read as a stream, staged, then merged', () => {
  test('the pieces of an export are the canonical JSON of the whole file', async () => {
    const source = db();
    await fill(source);
    const pieces: string[] = [];
    const progress: number[] = [];
    await writeBackup(source, clock, (p) => pieces.push(p), (done) => progress.push(done));
    const whole = {
      format: 'roleclip-backup',
      version: 1,
      exportedAt: new Date(clock.now()).toISOString(),
      roles: (await source.roles.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
      aliases: (await source.aliases.toArray()).sort((a, b) => (a.alias < b.alias ? -1 : 1)),
      postings: (await source.postings.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
      settings: (await source.settings.get('settings')) ?? null,
    };
    expect(pieces.join('')).toBe(canonicalJson(whole));
    expect(progress.at(-1)).toBe(62);
  });

  test('a file read in small chunks, never as one string, restores the same library', async () => {
    const source = db();
    await fill(source, generatePostings({ count: 300, seed: 8 }));
    const text = await exportBackup(source, clock);
    const bytes = new TextEncoder().encode(text);
    let reads = 0;
    // Chunks of 999 bytes split the UTF-8 of Chinese characters: the decoder must carry them over.
    const file = {
      size: bytes.length,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 999) controller.enqueue(bytes.slice(i, i + 999));
            controller.close();
          },
        }).pipeThrough(new TransformStream({ transform: (chunk, c) => void (reads++, c.enqueue(chunk)) })),
    };
    const target = db();
    const report = await importFile(target, file, {}, ids());
    expect(reads).toBeGreaterThan(100);
    expect(report.postings.added).toBe(300);
    expect(await exportBackup(target, clock)).toBe(text);
    expect(await target.table('importStaging').count()).toBe(0);
  });

  test('preview stages the file and changes nothing; confirm merges what was previewed', async () => {
    const source = db();
    await fill(source);
    const file = await exportBackup(source, clock);
    const target = db();
    const progress: number[] = [];
    const preview = await previewImport(target, file, {}, ids(), (p) => progress.push(p.postings));
    expect(preview).toMatchObject({ dryRun: true, settings: 'restored' });
    expect(preview.postings.added).toBe(62);
    expect(progress.at(-1)).toBe(62);
    expect(await target.postings.count()).toBe(0);
    const report = await confirmImport(target, {}, ids());
    expect({ ...report, dryRun: true }).toEqual(preview);
    expect(await target.postings.count()).toBe(62);
    expect(await exportBackup(target, clock)).toBe(file);
  });

  test('a posting saved between preview and confirm is taken into account', async () => {
    const source = db();
    await fill(source, own);
    const file = await exportBackup(source, clock);
    const target = db();
    const preview = await previewImport(target, file, {}, ids());
    expect(preview.postings.added).toBe(2);
    // The user clips the same ad meanwhile (another tracking parameter).
    await target.postings.add(posting({ id: 'clipped', title: '淘宝美工', url: 'https://www.zhipin.com/job_detail/a1.html?from=x' }));
    const report = await confirmImport(target, {}, ids());
    expect(report.postings.duplicates).toEqual([{ incomingId: 'h1', existingId: 'clipped', by: 'url' }]);
    expect(report.postings.added).toBe(1);
    expect(await target.postings.count()).toBe(2);
  });

  test('the search index and the statistics journal follow a restore', async () => {
    const source = db();
    await fill(source);
    const target = db();
    await target.postings.add(posting({ id: 'mine', title: '仓库管理员', url: 'https://jobs.example/w1', duties: ['负责仓库收发货管理'] }));
    await importFile(target, await exportBackup(source, clock), {}, ids());
    const shards = await target.searchShards.toArray();
    expect(shards.flatMap((s) => s.ids).sort()).toEqual((await target.postings.toCollection().primaryKeys()).sort());
    const meta = await target.meta.get('search');
    expect(meta).toMatchObject({ format: 1, count: 63 });
    const journal = (await target.meta.get('stats')) as { allRev: number; rev: number };
    expect(journal.allRev).toBe(journal.rev);
  });
});
