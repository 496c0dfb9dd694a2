import type { Message } from '@/lib/messages';

/**
 * Asks the background to fold the saved postings into the matcher's stored profiles again
 * (lib/roles/profile-store.ts): the popup may close before a fold of a large library ends, the
 * background does not. Fire and forget: a fold not made now is made at the next popup open.
 */
export function refreshProfilesLater(): void {
  const message: Message = { type: 'refresh-profiles' };
  void Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .catch(() => undefined);
}
