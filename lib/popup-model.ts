import type { Locale } from './i18n';
import type { Education, Posting, Role } from './db/schemas';
import type { PostingDraft } from './db/repo';
import type { ExtractedWithBody } from './extract/types';
import type { PostingPlace, RoleStats } from './library/stats';
import type { MatchResult } from './roles/types';

/**
 * The popup's pure pieces: what is saved for an extracted posting, and how the competitor
 * statistics read as the popup's short summary.
 */

export interface Assignment {
  roleId: string | null;
  byUser: boolean;
}

export function initialAssignment(match: MatchResult): Assignment {
  return { roleId: match.role?.id ?? null, byUser: false };
}

/** The draft saved for an extracted posting with the role in force. */
export function draftOf(
  posting: ExtractedWithBody,
  url: string,
  match: MatchResult,
  assignment: Assignment,
  extra: { tags?: string[]; note?: string } = {},
): PostingDraft {
  const fromMatcher = !assignment.byUser && assignment.roleId !== null && assignment.roleId === match.role?.id;
  return {
    ...posting,
    url,
    roleId: assignment.roleId,
    roleScore: fromMatcher ? (match.role?.score ?? null) : null,
    roleAssignedBy: assignment.roleId === null ? null : assignment.byUser ? 'user' : 'matcher',
    candidates: match.candidates,
    tags: extra.tags ?? [],
    note: extra.note ?? '',
  };
}

/** A not-yet-saved posting as a row, so it can be placed among the saved ones (id '' is nobody's). */
export function unsavedRow(draft: PostingDraft): Posting {
  return {
    ...draft,
    id: '',
    canonicalUrl: '',
    site: '',
    contentHash: '',
    roleId: draft.roleId ?? null,
    roleScore: draft.roleScore ?? null,
    roleAssignedBy: draft.roleAssignedBy ?? null,
    candidates: draft.candidates ?? [],
    tags: draft.tags ?? [],
    note: draft.note ?? '',
    clippedAt: 0,
    updatedAt: 0,
  };
}

export interface PlaceLine {
  key: string;
  percent: number;
}

/**
 * The posting's place as at most three sentences, each the side that says more: "asks more
 * experience than 80% of saved ads" rather than "less than 10%".
 */
export function placeLines(place: PostingPlace): PlaceLine[] {
  const lines: PlaceLine[] = [];
  const add = (p: PostingPlace[keyof PostingPlace], more: string, less: string) => {
    if (!p || p.n === 0) return;
    if (p.percentBelow >= p.percentAbove && p.percentBelow > 0) lines.push({ key: more, percent: p.percentBelow });
    else if (p.percentAbove > 0) lines.push({ key: less, percent: p.percentAbove });
  };
  add(place.experience, 'placeExperienceMore', 'placeExperienceLess');
  add(place.salary, 'placeSalaryMore', 'placeSalaryLess');
  return lines;
}

export interface CompetitorSummaryModel {
  count: number;
  dutyFrequency: { dutyId: string; text: string; count: number }[];
  places: PlaceLine[];
}

export function competitorSummary(stats: RoleStats, place: PostingPlace, locale: Locale): CompetitorSummaryModel {
  return {
    count: stats.postingCount,
    dutyFrequency: [...stats.duties]
      .sort((a, b) => b.count - a.count)
      .map((d) => ({ dutyId: d.id, text: locale === 'en' && d.textEn ? d.textEn : d.text, count: d.count })),
    places: placeLines(place),
  };
}

/** A numeric spread over the saved postings of the same role. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export interface SavedRequirements {
  experience: Spread | null;
  /** The median education level among saved ads. */
  education: Education | null;
}

/** The saved ads' spread of experience and their median education, for the requirements table. */
export function savedRequirements(stats: RoleStats): SavedRequirements {
  const e = stats.experience;
  return {
    experience: e ? { median: e.median, min: e.min, max: e.max, n: e.n } : null,
    education: stats.education.median,
  };
}

/** Roles in a stable, useful order for menus: built-in first (library order), then the user's. */
export function menuRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => Number(a.origin === 'user') - Number(b.origin === 'user'));
}
