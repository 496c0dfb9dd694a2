import { clipText, type ClipDeps } from '@/lib/clip';
import type { Reply } from '@/lib/messages';
import { announce } from './changes';

/**
 * "Clip selection to RoleClip": read the tab's selection with its line breaks (the menu event's
 * selectionText flattens them), run it through the engine, save it, and confirm on the badge.
 */
export async function clipSelectionInTab(
  tab: { id: number; url?: string; title?: string },
  fallbackText: string,
  deps: ClipDeps,
): Promise<Reply> {
  const [injection] = await browser.scripting
    .executeScript({ target: { tabId: tab.id }, func: () => String(window.getSelection() ?? '') })
    .catch(() => [undefined]);
  const text = (injection?.result as string | undefined)?.trim() || fallbackText.trim();
  const reply: Reply = text
    ? await clipText({ text, url: tab.url ?? '', title: tab.title ?? '' }, deps).catch((error: unknown) => ({
        ok: false as const,
        error: error instanceof Error ? error.message : String(error),
      }))
    : { ok: false, error: 'empty selection' };
  await browser.action.setBadgeBackgroundColor({ tabId: tab.id, color: reply.ok ? '#0f766e' : '#cf222e' });
  await browser.action.setBadgeText({ tabId: tab.id, text: reply.ok ? '✓' : '!' });
  await browser.action.setTitle({
    tabId: tab.id,
    title: reply.ok ? `${browser.i18n.getMessage('clipSavedTitle')}: ${reply.type === 'clipped' ? reply.title : ''}` : `${browser.i18n.getMessage('clipFailedTitle')}: ${reply.error}`,
  });
  if (reply.ok && reply.type === 'clipped') announce({ kind: 'postings', ids: [reply.postingId] });
  return reply;
}
