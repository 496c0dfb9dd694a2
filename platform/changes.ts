/**
 * Tells the extension's other open pages that postings or roles changed (the popup saves while
 * the library workspace is open in a tab). BroadcastChannel reaches every page of the extension.
 */
export type Change = { kind: 'postings'; ids: string[] } | { kind: 'roles' };

const NAME = 'roleclip-changes';

export function announce(change: Change): void {
  const channel = new BroadcastChannel(NAME);
  channel.postMessage(change);
  channel.close();
}

export function onChange(listener: (change: Change) => void): () => void {
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<Change>) => listener(event.data);
  return () => channel.close();
}
