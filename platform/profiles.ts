import type { Message } from '@/lib/messages';

/**
 * Asks the background to fold the saved postings into the matcher's stored profiles again
 * (lib/roles/profile-refresh.ts): the popup may close before a fold of a large library ends, the
 * background does not. Fire and forget: a fold not made now is asked for at the next popup open.
 */
export function refreshProfilesLater(): void {
  browser.runtime.sendMessage({ type: 'refresh-profiles' } satisfies Message).catch(() => undefined);
}
