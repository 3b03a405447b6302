/**
 * The four ways to act on a page besides the panel's buttons: the toolbar button (opens the side
 * panel and clips the tab), the context menu ("Clip this page", "Pick an ad") and the shortcuts
 * (clip-page Alt+Shift+S, pick-ad Alt+Shift+A). Each is a user gesture, so the browser grants
 * activeTab for that tab, and each opens the panel so the result is in view.
 */
import { browser } from 'wxt/browser';
import { clipTab } from './clip';
import { clipAnswer } from './clip-answer';
import { startPickerIn } from './pick-ad';
import { flashBadge } from './badge';
import { toolbarAction } from './toolbar-action';

type Action = 'clip-page' | 'pick-ad';
interface TabLike {
  id?: number;
  windowId?: number;
}

/** Menu items and commands share ids, so one table says what each does. */
const MENU_ITEMS: readonly { id: Action; titleKey: 'menuClip' | 'menuPickAd' }[] = [
  { id: 'clip-page', titleKey: 'menuClip' },
  { id: 'pick-ad', titleKey: 'menuPickAd' },
];

const ACTIONS: Readonly<Record<Action, (tabId: number) => Promise<unknown>>> = {
  'clip-page': (tabId) => clipAnswer(tabId, () => clipTab(tabId)),
  'pick-ad': (tabId) => startPickerIn(tabId).catch(() => flashBadge(tabId, 'error')),
};

const isAction = (id: unknown): id is Action => typeof id === 'string' && Object.hasOwn(ACTIONS, id);

export function registerGestures(): void {
  browser.runtime.onInstalled.addListener(createMenus);
  toolbarAction().onClicked.addListener((tab) => {
    openPanel(tab);
    if (tab.id !== undefined) void ACTIONS['clip-page'](tab.id);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => run(info.menuItemId, tab));
  browser.commands.onCommand.addListener((command, tab) => run(command, tab));
}

function run(id: unknown, tab: TabLike | undefined): void {
  if (!isAction(id) || tab?.id === undefined) return;
  // Opened first, while the gesture is still live: the browser refuses it after an await.
  if (id === 'clip-page') openPanel(tab);
  void ACTIONS[id](tab.id);
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of MENU_ITEMS) {
    browser.contextMenus.create({ id: item.id, title: browser.i18n.getMessage(item.titleKey) || item.id, contexts: ['page', 'frame', 'selection', 'link', 'image', 'video'] });
  }
}

/** Chrome's side panel, or Firefox's sidebar. */
function openPanel(tab: TabLike): void {
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  const opened = api.sidePanel ? api.sidePanel.open(tab.id !== undefined ? { tabId: tab.id } : { windowId: tab.windowId }) : api.sidebarAction?.open();
  void opened?.catch(() => undefined);
}
