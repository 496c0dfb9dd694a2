import type { RoleClipDb } from './db/db';
import { savePosting, type PostingDraft, type RepoDeps } from './db/repo';
import type { Message, Reply } from './messages';
import { cleanDisplay } from './text/normalize';

/** A posting draft for a page or text the engine has not split yet: title and raw text only. */
export function draftFromText(input: { text: string; url: string; title: string }): PostingDraft {
  const body = input.text
    .split(/\r?\n/)
    .map(cleanDisplay)
    .filter(Boolean)
    .join('\n')
    .slice(0, 200_000);
  return {
    title: cleanDisplay(input.title).slice(0, 500),
    company: '',
    location: '',
    salary: null,
    experienceYears: null,
    education: null,
    skills: [],
    duties: [],
    requirements: [],
    preferred: [],
    source: 'text',
    url: input.url,
    body,
  };
}

/** The background script's message handler: validated message in, plain reply out. */
export async function handleMessage(
  message: Message,
  deps: RepoDeps & { db: RoleClipDb },
): Promise<Reply> {
  switch (message.type) {
    case 'ping':
      return { ok: true, type: 'pong' };
    case 'clip-text': {
      const { status, posting } = await savePosting(deps.db, draftFromText(message), deps);
      return { ok: true, type: 'clipped', status, postingId: posting.id, title: posting.title };
    }
  }
}
