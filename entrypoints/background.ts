import { RoleClipDb } from '@/lib/db/db';
import { defaultDeps } from '@/lib/db/repo';
import { handleMessage } from '@/lib/clip';
import { Message, type Reply } from '@/lib/messages';

const MENU_ID = 'roleclip-clip-selection';

export default defineBackground(() => {
  const db = new RoleClipDb();
  const deps = { ...defaultDeps, db };
  const dispatch = async (raw: unknown): Promise<Reply> => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'unknown message' };
    try {
      return await handleMessage(parsed.data, deps);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuClipSelection'),
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // The menu click grants activeTab: read the selection with its line breaks (selectionText
    // flattens them), falling back to what the menu event carries.
    const [injection] = await browser.scripting
      .executeScript({ target: { tabId: tab.id }, func: () => String(window.getSelection() ?? '') })
      .catch(() => [undefined]);
    const text = (injection?.result as string | undefined) || info.selectionText || '';
    const reply = await dispatch({ type: 'clip-text', text, url: tab.url ?? '', title: tab.title ?? '' });
    await browser.action.setBadgeText({ tabId: tab.id, text: reply.ok ? '✓' : '!' });
    await browser.action.setTitle({
      tabId: tab.id,
      title: browser.i18n.getMessage(reply.ok ? 'clipSavedTitle' : 'clipFailedTitle'),
    });
  });

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    void dispatch(raw).then(sendResponse);
    return true; // answer asynchronously
  });
});
