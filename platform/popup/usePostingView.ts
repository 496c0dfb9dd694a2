import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Posting } from '@/lib/db/schemas';
import type { MatcherIndex } from '@/lib/roles/matcher-index';
import type { Comparison } from '@/lib/roles/types';
import type { PostingPlace, RoleStats } from '@/lib/library/stats';
import { classifyStorageError } from '@/lib/library/storage';
import { competitorSummary, draftOf, initialAssignment, savedRequirements, unsavedRow, type Assignment } from '@/lib/popup-model';
import type { Posting as PostingRow } from '@/lib/db/schemas';
import type { Locale } from '@/lib/i18n';
import { announce } from '../changes';
import { libraryAccess, libraryAccessAfterPaint } from './access';
import { converterFor, loadConverter } from './converter';
import { refreshProfilesLater } from '../profiles';
import type { Candidate, CompareFn } from './usePopup';

// Competitor statistics read at most this many of the role's newest saved ads (bounds the popup).
const MAX_COMPETITORS = 300;

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'done'; key: string } | { state: 'error'; message: string };

/** Storage failures as what the user can do about them. */
function saveErrorMessage(error: unknown, t: (key: string, ...s: (string | number)[]) => string): string {
  return classifyStorageError(error) === 'quota' ? t('errorStorageFull') : t('errorSave', error instanceof Error ? error.message : String(error));
}

/** Everything the comparison view of one posting needs, and the user's actions on it. */
export function usePostingView(
  candidate: Candidate,
  url: string,
  index: MatcherIndex,
  compareWithRole: CompareFn,
  locale: Locale,
  t: (key: string, ...s: (string | number)[]) => string,
  reloadIndex: () => Promise<MatcherIndex>,
) {
  const { extracted, match } = candidate;
  const [assignment, setAssignment] = useState<Assignment>(() => initialAssignment(match));
  const [duplicate, setDuplicate] = useState<Posting | null | undefined>(undefined);
  const [stats, setStats] = useState<RoleStats | null | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [roleStatus, setRoleStatus] = useState<string | undefined>(undefined);

  const role = assignment.roleId ? index.roles.get(assignment.roleId) : undefined;
  const comparison: Comparison | null = useMemo(
    () => (role ? compareWithRole(index, role.id, extracted) : null),
    [index, role, extracted, compareWithRole],
  );

  const draft = useCallback((extra?: { tags?: string[]; note?: string }) => draftOf(extracted, url, match, assignment, extra), [extracted, url, match, assignment]);

  // Is it saved already? (same canonical URL or same normalised text) Asked once the comparison
  // is on screen: Dexie loads then (access.ts).
  useEffect(() => {
    let live = true;
    libraryAccessAfterPaint()
      .then(({ findDuplicate, getDb, postingContentHash }) => findDuplicate(getDb(), { url, title: extracted.title, contentHash: postingContentHash({ ...extracted, url }) }))
      .then(
        (found) => live && setDuplicate(found ?? null),
        () => live && setDuplicate(null),
      );
    return () => {
      live = false;
    };
  }, [url, extracted]);

  // The user chose this role when the posting was saved: that choice stands.
  useEffect(() => {
    if (duplicate?.roleAssignedBy === 'user') setAssignment({ roleId: duplicate.roleId, byUser: true });
  }, [duplicate]);

  // Competitors: the saved ads of the same role, after the comparison is on screen. The
  // statistics code is loaded then too: the popup's first paint does not wait for it.
  const [placeOf, setPlaceOf] = useState<((p: PostingRow, s: RoleStats) => PostingPlace) | null>(null);
  useEffect(() => {
    if (!role) return setStats(null);
    let live = true;
    setStats(undefined);
    void Promise.all([import('@/lib/library/stats'), libraryAccessAfterPaint()])
      .then(async ([{ memoizeCompare, postingPlace, roleStats }, { getDb, newestOfRole }]) => {
        const compare = memoizeCompare((posting, r) => compareWithRole(index, r.id, posting));
        // Only the newest are read: a role with thousands of saved ads costs the popup nothing more.
        const rows = await newestOfRole(getDb(), role.id, MAX_COMPETITORS);
        await converterFor([JSON.stringify(rows)], 'competitors'); // a saved ad in Traditional script
        if (!live) return;
        setPlaceOf(() => postingPlace);
        setStats(roleStats(role, rows, compare));
      })
      .catch(() => live && setStats(null));
    return () => {
      live = false;
    };
  }, [index, role, compareWithRole]);

  const competitors = useMemo(() => {
    if (!stats || !placeOf) return stats === null ? null : undefined;
    const row = duplicate && stats.postingIds.includes(duplicate.id) ? duplicate : unsavedRow(draft());
    return competitorSummary(stats, placeOf(row, stats), locale);
  }, [stats, placeOf, duplicate, draft, locale]);

  const reassign = async (roleId: string) => {
    try {
      // Writes normalise text: never without the converter.
      const [{ defaultDeps, getDb, learnTitle, reassignPosting }] = await Promise.all([libraryAccess(), loadConverter('write')]);
      const db = getDb();
      if (duplicate) {
        const { posting } = await reassignPosting(db, duplicate.id, roleId, defaultDeps);
        setDuplicate(posting);
        announce({ kind: 'postings', ids: [posting.id] });
      } else {
        await learnTitle(db, extracted.title, roleId, defaultDeps);
      }
      setAssignment({ roleId, byUser: true });
      setRoleStatus(t('roleReassigned', index.roles.get(roleId)?.[locale === 'en' ? 'nameEn' : 'nameZh'] ?? roleId));
    } catch (error) {
      setRoleStatus(saveErrorMessage(error, t));
    }
  };

  const addDuty = async (item: string) => {
    if (!role) return;
    const [{ defaultDeps, editDuties, getDb }] = await Promise.all([libraryAccess(), loadConverter('write')]);
    await editDuties(getDb(), role.id, 'duties', { op: 'add', text: item }, defaultDeps);
    announce({ kind: 'roles' });
    await reloadIndex();
  };

  // "This sentence covers duty X" / "this is not X": stored on the duty, read for every later ad.
  const markDuty = async (text: string, dutyId: string, polarity: 'covers' | 'not') => {
    if (!role) return;
    const [{ defaultDeps, getDb }, { markDuty: mark }] = await Promise.all([libraryAccess(), import('@/lib/roles/teach'), loadConverter('write')]);
    await mark(getDb(), { roleId: role.id, dutyId, text, polarity }, defaultDeps);
    announce({ kind: 'roles' });
    await reloadIndex();
  };

  const onSave = async (extra: { tags: string[]; note: string }) => {
    setSave({ state: 'saving' });
    try {
      const [{ defaultDeps, getDb, savePosting }] = await Promise.all([libraryAccess(), loadConverter('write')]);
      const { status, posting } = await savePosting(getDb(), draft(extra), defaultDeps);
      setDuplicate(posting);
      setSave({ state: 'done', key: status === 'created' ? 'saved' : 'updated' });
      announce({ kind: 'postings', ids: [posting.id] });
      // The saved ad joins its role's profile now, not at the next popup open.
      refreshProfilesLater();
    } catch (error) {
      setSave({ state: 'error', message: saveErrorMessage(error, t) });
    }
  };

  return {
    assignment,
    role,
    comparison,
    duplicate,
    competitors,
    requirementsSaved: stats ? savedRequirements(stats) : null,
    save,
    roleStatus,
    reassign,
    addDuty,
    markDuty,
    onSave,
    draft,
  };
}
