import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RoleClipDb } from '@/lib/db/db';
import { findDuplicate, postingContentHash } from '@/lib/db/repo';
import { extractPostingsWith, isPendingMain } from '@/lib/extract/core';
import { checkJd, jdInputFromPosting } from '@/lib/library/jdcheck';
import { memoizeCompare, postingPlace, roleStats } from '@/lib/library/stats';
import { draftOf, initialAssignment, unsavedRow } from '@/lib/popup-model';
import { roleFieldsOf } from '@/lib/roles/analyze';
import { parseBodyModel } from '@/lib/roles/body-model-file';
import { compareWithRole } from '@/lib/roles/compare';
import { refreshIndexParts } from '@/lib/roles/index-parts';
import { matcherIndexFromFold } from '@/lib/roles/load-stored';
import { refreshMatcherFold } from '@/lib/roles/profile-refresh';
import { foldFromRows } from '@/lib/roles/profile-store';
import { seedLibrary } from '@/lib/roles/seed';
import { installConverter, onConverterMissing, toSimplified } from '@/lib/text/normalize';
import { makeOpenCC } from '@/lib/text/opencc';
import { converterFirst, converterFor, loadConverter, SCAN_LIMIT, startOverWhenMissing } from '@/platform/popup/converter';
import { readEarlyLibrary } from '@/platform/popup/early';
import { testDeps } from '../helpers/db';

/**
 * The popup loads OpenCC's converter only for a text that needs it (platform/popup/converter.ts).
 * An open of the popup's bench pages must never need it: everything the open computes (extraction,
 * the index from the stored rows, the match, the comparison, the JD check, the duplicate key, the
 * competitor statistics) runs here with no converter and a handler that would record a miss.
 */
afterEach(() => {
  installConverter(makeOpenCC);
  onConverterMissing(null);
});

describe('without the converter', () => {
  beforeEach(() => installConverter(null));

  test('a text that needs it throws with no handler; one that does not is its own answer', () => {
    expect(() => toSimplified('負責店鋪運營')).toThrow(/no converter/);
    expect(toSimplified('负责店铺运营，能吃苦耐劳')).toBe('负责店铺运营，能吃苦耐劳');
  });

  test('the popup starts over once, with the converter first, and meanwhile keeps the text', () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
    const reload = vi.fn();
    expect(converterFirst(storage)).toBe(false);
    startOverWhenMissing(storage, reload);
    expect(toSimplified('運營專員')).toBe('運營專員');
    expect(toSimplified('負責')).toBe('負責');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(converterFirst(storage)).toBe(true);
  });

  test('converterFor loads it only for text that needs it, and then converts', async () => {
    expect(converterFor(['<p>负责店铺运营</p>', '什么', ''], 'test')).toBeUndefined();
    expect(converterFor(['负责店铺运营和推广。'.repeat(SCAN_LIMIT / 10)], 'test')).toBeUndefined();
    expect(converterFor(['负责店铺运营和推广。'.repeat(SCAN_LIMIT / 10 + 1)], 'test')).toBeInstanceOf(Promise); // too long to scan
    const load = converterFor(['<p>负责店铺运营</p>', '<p>負責店鋪運營</p>'], 'test');
    expect(load).toBeInstanceOf(Promise);
    await load;
    expect(toSimplified('負責店鋪運營')).toBe('负责店铺运营');
    await loadConverter('test');
  });
});

describe("an open of the popup's bench pages", () => {
  let db: RoleClipDb | null = null;
  afterEach(async () => {
    db?.close();
    await db?.delete();
    db = null;
  });

  test('never needs the converter', async () => {
    db = new RoleClipDb('roleclip');
    await seedLibrary(db, testDeps());
    await refreshMatcherFold(db);
    await refreshIndexParts(db);
    const model = parseBodyModel(JSON.parse(readFileSync('lib/roles/data/body-model.json', 'utf8')));
    const early = await readEarlyLibrary();
    const saved = await db.postings.toArray();

    installConverter(null);
    const missed = vi.fn();
    onConverterMissing(missed);
    const fold = foldFromRows(early!.rows);
    expect(fold.parts).not.toBeNull();
    const index = await matcherIndexFromFold(Promise.resolve(fold), () => undefined, Promise.resolve(model));
    let compared = 0;
    for (const file of ['job-basic.html', 'job-jsonld.html', 'careers.html']) {
      const html = readFileSync(`test/e2e/pages/${file}`, 'utf8');
      expect(converterFor([html], 'test')).toBeUndefined();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const result = extractPostingsWith(doc, `http://127.0.0.1/${file}`, {}, null);
      if (isPendingMain(result)) throw new Error(`${file} needs Readability`);
      expect(result.postings.length).toBeGreaterThan(0);
      for (const posting of result.postings) {
        const { match } = roleFieldsOf(index, posting);
        const assignment = initialAssignment(match);
        postingContentHash({ ...posting, url: file });
        await findDuplicate(db, { url: file, title: posting.title, contentHash: postingContentHash({ ...posting, url: file }) });
        checkJd(jdInputFromPosting({ ...posting, roleId: assignment.roleId }));
        const role = assignment.roleId ? index.roles.get(assignment.roleId) : undefined;
        if (!role) continue;
        const compare = memoizeCompare((p, r) => compareWithRole(index, r.id, p));
        compare(posting as never, role);
        const stats = roleStats(role, saved.filter((p) => p.roleId === role.id), compare);
        postingPlace(unsavedRow(draftOf(posting, file, match, assignment)), stats);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(3);
    expect(missed).not.toHaveBeenCalled();
  });
});
