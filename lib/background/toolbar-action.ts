/** The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in Firefox's MV2 build. */
import { browser } from 'wxt/browser';

type ActionApi = typeof browser.action;

export function toolbarAction(): ActionApi {
  return browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction;
}
