import type { RoleClipDb } from './db/db';
import { savePosting, type RepoDeps } from './db/repo';
import { extractFromText } from './extract';
import { titleFromDocTitle } from './extract/title';
import type { Message, Reply } from './messages';
import { draftOf, initialAssignment } from './popup-model';
import { roleFieldsOf } from './roles/analyze';
import type { MatcherIndex } from './roles/matcher-index';
import { refreshMatcherFold } from './roles/profile-refresh';
import { refreshIndexParts } from './roles/index-parts';

export interface ClipDeps extends RepoDeps {
  db: RoleClipDb;
  /** The matcher index as the user's library stands (loaded lazily by the background). */
  index: () => Promise<MatcherIndex>;
}

/**
 * Clips a text (a selection or pasted ad) from a page: the same engine and matcher as the popup,
 * saved as a posting from that page. The page's <title> names the job when the text does not.
 */
export async function clipText(input: { text: string; url: string; title: string }, deps: ClipDeps): Promise<Reply> {
  const result = extractFromText(input.text, { url: input.url });
  const extracted = result.postings[0];
  if (!extracted) return { ok: false, error: `not-job:${result.notJob ?? 'not-job'}` };
  const posting = extracted.title ? extracted : { ...extracted, title: titleFromDocTitle(input.title) };
  const { match } = roleFieldsOf(await deps.index(), posting);
  const { status, posting: saved } = await savePosting(deps.db, draftOf(posting, input.url, match, initialAssignment(match)), deps);
  return { ok: true, type: 'clipped', status, postingId: saved.id, title: saved.title };
}

/** The background script's message handler for the messages lib/ can answer alone. */
export async function handleMessage(message: Exclude<Message, { type: 'clip-selection' }>, deps: ClipDeps): Promise<Reply> {
  switch (message.type) {
    case 'ping':
      return { ok: true, type: 'pong' };
    case 'clip-text':
      return clipText(message, deps);
    case 'refresh-profiles':
      // Here rather than in the popup: the background outlives a popup closed mid-fold. The
      // index's parts first: a few hundred milliseconds that the library page's comparisons also
      // start from, where folding a large library's postings takes far longer.
      await refreshIndexParts(deps.db);
      await refreshMatcherFold(deps.db);
      return { ok: true, type: 'refreshed' };
  }
}
