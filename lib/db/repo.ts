import type { RoleClipDb } from './db';
import { canonicalUrl, siteOf } from './canonical-url';
import { describeZodError, Posting, type ExtractedPosting, type RoleScore } from './schemas';
import { hash53 } from '../text/hash';
import { textKey } from '../text/normalize';
import { stripItemMarker } from '../text/items';

/** Side effects are passed in so tests control time and ids. */
export interface RepoDeps {
  now: () => number;
  newId: () => string;
}

export const defaultDeps: RepoDeps = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

/** A row (or file) that its schema rejects. The message says what is wrong where. */
export class ValidationError extends Error {
  constructor(what: string, detail: string) {
    super(`${what}: ${detail}`);
    this.name = 'ValidationError';
  }
}

/** What the popup, the context menu or an import hands over to be saved. */
export interface PostingDraft extends ExtractedPosting {
  url: string;
  body: string;
  roleId?: string | null;
  roleScore?: number | null;
  roleAssignedBy?: 'matcher' | 'user' | null;
  candidates?: RoleScore[];
  tags?: string[];
  note?: string;
}

// Below this many significant characters two texts are too short to call the same posting.
const MIN_HASHED_CHARS = 40;
// Marks the key of a short pasted text ('~' is never a character of hash53's base 36).
const SHORT_PASTE = '~';

/**
 * The "same normalised text" key: title, company and items (or the raw body when nothing was
 * split), compared without spaces, punctuation, width or script differences.
 *
 * Below MIN_HASHED_CHARS two ads at different addresses may share their few words by chance, so
 * a short text gets no key ('') and is matched by its URL only. A pasted text (url '') has no
 * address to be known by: there the exact normalised text is the key however short, so pasting
 * the same ad again says "already saved" instead of adding a row each time.
 */
export function postingContentHash(p: {
  title: string;
  company: string;
  duties: string[];
  requirements: string[];
  preferred: string[];
  body?: string;
  /** '' for a pasted text; absent when unknown (then a short text gets no key). */
  url?: string;
}): string {
  const items = [...p.duties, ...p.requirements, ...p.preferred].map(stripItemMarker).join('\n');
  const text = textKey(items || p.body || '');
  const key = `${textKey(p.title)}|${textKey(p.company)}|${text}`;
  if (text.length >= MIN_HASHED_CHARS) return hash53(key);
  return p.url === '' && text.length > 0 ? `${SHORT_PASTE}${hash53(key)}` : '';
}

/**
 * A posting's identity by address: its canonical URL and its title. The title is part of it
 * because a careers page holds several postings at one URL; a re-clip of the same ad keeps both.
 */
export function urlIdentity(url: string, title: string): string {
  const canonical = canonicalUrl(url);
  return canonical ? `${canonical}\n${textKey(title)}` : '';
}

/**
 * The saved posting this one re-clips, if any: the same canonical URL with the same title, or
 * the same normalised text (a repost under another URL).
 */
export async function findDuplicate(
  db: RoleClipDb,
  probe: { url: string; title: string; contentHash: string },
): Promise<Posting | undefined> {
  const identity = urlIdentity(probe.url, probe.title);
  if (identity) {
    const atUrl = await db.postings.where('canonicalUrl').equals(canonicalUrl(probe.url)).toArray();
    const same = atUrl.find((p) => urlIdentity(p.canonicalUrl, p.title) === identity);
    if (same) return same;
  }
  if (!probe.contentHash) return undefined;
  const same = await db.postings.where('contentHash').equals(probe.contentHash).first();
  if (same || !probe.contentHash.startsWith(SHORT_PASTE)) return same;
  // Short pastes saved before they had a key are stored with ''; there are few such rows.
  const keyless = await db.postings.where('contentHash').equals('').toArray();
  return keyless.find((p) => p.canonicalUrl === '' && postingContentHash({ ...p, url: '' }) === probe.contentHash);
}

function mergeNotes(earlier: string, later: string): string {
  if (!later.trim() || earlier.includes(later)) return earlier;
  if (!earlier.trim() || later.includes(earlier)) return later;
  return `${earlier}\n\n${later}`;
}

/**
 * Saves a posting. A re-clip of a saved posting updates it in place (saving is idempotent): the
 * new text replaces the old, while the earlier copy's id, clip time, tags, notes and a role the
 * user chose are kept. A row the schema rejects throws ValidationError and writes nothing.
 */
export async function savePosting(
  db: RoleClipDb,
  draft: PostingDraft,
  deps: RepoDeps = defaultDeps,
): Promise<{ status: 'created' | 'updated'; posting: Posting }> {
  const now = deps.now();
  const contentHash = postingContentHash(draft);
  const fresh = {
    title: draft.title,
    company: draft.company,
    location: draft.location,
    salary: draft.salary,
    experienceYears: draft.experienceYears,
    education: draft.education,
    skills: draft.skills,
    duties: draft.duties,
    requirements: draft.requirements,
    preferred: draft.preferred,
    source: draft.source,
    url: draft.url,
    canonicalUrl: canonicalUrl(draft.url),
    site: siteOf(draft.url),
    contentHash,
    body: draft.body,
    roleId: draft.roleId ?? null,
    roleScore: draft.roleScore ?? null,
    roleAssignedBy: draft.roleAssignedBy ?? (draft.roleId ? 'matcher' : null),
    candidates: draft.candidates ?? [],
    tags: draft.tags ?? [],
    note: draft.note ?? '',
    updatedAt: now,
  };
  // Validate before opening the transaction so a bad row never reaches the database.
  const probe = Posting.safeParse({ ...fresh, id: 'probe', clippedAt: now });
  if (!probe.success) throw new ValidationError('posting', describeZodError(probe.error));

  return db.transaction('rw', db.postings, async () => {
    const existing = await findDuplicate(db, { url: draft.url, title: draft.title, contentHash });
    if (!existing) {
      const posting = Posting.parse({ ...fresh, id: deps.newId(), clippedAt: now });
      await db.postings.add(posting);
      return { status: 'created' as const, posting };
    }
    const keepUserRole = existing.roleAssignedBy === 'user' && draft.roleAssignedBy !== 'user';
    const posting = Posting.parse({
      ...fresh,
      id: existing.id,
      clippedAt: existing.clippedAt,
      // A pasted re-clip has no URL: keep the one we already know.
      url: fresh.url || existing.url,
      canonicalUrl: fresh.canonicalUrl || existing.canonicalUrl,
      site: fresh.site || existing.site,
      tags: [...new Set([...existing.tags, ...fresh.tags])],
      note: mergeNotes(existing.note, fresh.note),
      ...(keepUserRole
        ? { roleId: existing.roleId, roleScore: existing.roleScore, roleAssignedBy: 'user' as const }
        : {}),
    });
    await db.postings.put(posting);
    return { status: 'updated' as const, posting };
  });
}

/** What the library lets the user edit on a saved posting. */
export type PostingPatch = Partial<
  Pick<Posting, 'title' | 'company' | 'location' | 'duties' | 'requirements' | 'preferred' | 'tags' | 'note' | 'skills'>
>;

/** Edits a saved posting (validated; its content hash follows its text). Returns the new row. */
export async function updatePosting(db: RoleClipDb, id: string, patch: PostingPatch, deps: Pick<RepoDeps, 'now'> = defaultDeps): Promise<Posting> {
  return db.transaction('rw', db.postings, async () => {
    const existing = await db.postings.get(id);
    if (!existing) throw new ValidationError('posting', `${id} not found`);
    const next = { ...existing, ...patch, updatedAt: deps.now() };
    next.contentHash = postingContentHash(next);
    const parsed = Posting.safeParse(next);
    if (!parsed.success) throw new ValidationError('posting', describeZodError(parsed.error));
    await db.postings.put(parsed.data);
    return parsed.data;
  });
}

export async function deletePosting(db: RoleClipDb, id: string): Promise<void> {
  await db.postings.delete(id);
}
