import { defineConfig } from 'wxt';

// The shipped manifest asks for no host access and declares no content script: every capture
// goes through activeTab, which the user grants by acting on the tab (toolbar, context menu,
// shortcut), and the page scripts are injected on demand with chrome.scripting. Watching a page
// asks for its one origin at that moment (optional host permissions).
// End-to-end tests load a copy of this build with host access to test hosts only
// (tests/e2e/harness.ts), never this manifest.
/** The policy of the panel, report and offscreen pages: own scripts only; pictures only from the extension or data. */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; img-src 'self' data: blob:; media-src 'self' data: blob:; font-src 'self' data:";
/** What the panel may ask for, one origin at a time, never as a whole. */
const WEB_ORIGINS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chromium's service worker cannot start Web Workers; clips are analysed in one
    // started from an offscreen document (lib/background/analysis.ts). Firefox's background page can.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // Watching a site asks for that one origin when the user chooses to (lib/background/watch-access.ts).
    ...(browser === 'firefox' ? { optional_permissions: WEB_ORIGINS } : { optional_host_permissions: WEB_ORIGINS }),
    // Extension pages show stored pictures only (screenshots kept as data: URLs): an image from
    // the web (an ad's creative, og:image) would tell its server who looked at a clip and when.
    content_security_policy: {
      extension_pages: EXTENSION_PAGES_CSP,
    },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClip__',
      },
      'pick-ad': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandPickAd__',
      },
    },
  }),
});
