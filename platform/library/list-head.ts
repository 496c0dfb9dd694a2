import { headInvalidation } from '@/lib/db/head-invalidation';
import { parseHead, type ListHead } from '@/lib/library/list-head';

/**
 * The list head's copy in chrome.storage.local ("storage" is already granted): readable by the
 * library page before IndexedDB has opened, dropped by any extension page or the background that
 * writes what it shows (platform/db.ts installs the middleware on every Dexie handle), and put
 * back by the background once the writes have settled (list-head-keeper.ts), so that the first open of the
 * list after a clip is not the slow one.
 */

export const HEAD_KEY = 'libraryListHead';

const area = () => (typeof browser === 'undefined' ? undefined : browser.storage?.local);

/** The stored head, or null (none, another format, storage unavailable). */
export async function readHead(): Promise<ListHead | null> {
  try {
    const got = await area()?.get(HEAD_KEY);
    return parseHead(got?.[HEAD_KEY]);
  } catch {
    return null;
  }
}

export async function writeHead(head: ListHead): Promise<void> {
  await area()?.set({ [HEAD_KEY]: head }).catch(() => undefined);
}

export function dropHead(): Promise<void> {
  return area()?.remove(HEAD_KEY).catch(() => undefined) ?? Promise.resolve();
}

/** Calls `dropped` whenever the stored copy is removed (a write to what it shows, anywhere). */
export function onHeadDropped(dropped: () => void): () => void {
  const events = typeof browser === 'undefined' ? undefined : browser.storage?.onChanged;
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && HEAD_KEY in changes && changes[HEAD_KEY]!.newValue == null) dropped();
  };
  events?.addListener(listener);
  return () => events?.removeListener(listener);
}

export const listHeadInvalidation = headInvalidation(() => void dropHead());
