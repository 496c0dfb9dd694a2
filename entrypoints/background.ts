import '@/lib/text/opencc'; // the converter (the popup loads it only when a text needs it)
import { handleMessage, type ClipDeps } from '@/lib/clip';
import { defaultDeps } from '@/lib/db/repo';
import { Message, type Reply } from '@/lib/messages';
import { loadMatcherIndexWith } from '@/lib/roles/load-index';
import { fetchBodyModel } from '@/platform/body-model-asset';
import { ensureLibrary } from '@/platform/bootstrap';
import { clipSelectionInTab } from '@/platform/clip-tab';
import { getDb } from '@/platform/db';
import { keepHead } from '@/platform/library/list-head-keeper';

const MENU_ID = 'roleclip-clip-selection';

export default defineBackground(() => {
  const db = getDb();
  // Each clip reads the library as it stands now (the user may have taught it since).
  const deps: ClipDeps = { ...defaultDeps, db, index: () => ensureLibrary(db).then(() => loadMatcherIndexWith(db, fetchBodyModel())) };
  const fail = (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) });

  const dispatch = async (raw: unknown): Promise<Reply> => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'unknown message' };
    const message = parsed.data;
    if (message.type === 'clip-selection') {
      const tab = await browser.tabs.get(message.tabId);
      return clipSelectionInTab({ id: message.tabId, url: tab.url, title: tab.title }, '', deps);
    }
    return handleMessage(message, deps).catch(fail);
  };

  // The library's first screen reads a copy of the list's newest rows; put it back after writes drop it.
  keepHead(db);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuClipSelection'), contexts: ['selection'] });
    void ensureLibrary(db);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void clipSelectionInTab({ id: tab.id, url: tab.url, title: tab.title }, info.selectionText ?? '', deps);
  });

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    dispatch(raw).then(sendResponse, (error: unknown) => sendResponse(fail(error)));
    return true; // answer asynchronously
  });
});
