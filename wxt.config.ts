import { defineConfig } from 'wxt';

// The shipped manifest asks for no host access and declares no content script: every capture
// goes through activeTab, which the user grants by acting on the tab (toolbar, context menu,
// shortcut), and the page scripts are injected on demand with chrome.scripting. Watching a page
// asks for its one origin at that moment (optional host permissions).
// End-to-end tests load a copy of this build with host access to test hosts only
// (tests/e2e/harness.ts), never this manifest.
/** What the panel may ask for, one origin at a time, never as a whole. */
const WEB_ORIGINS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Watching a site asks for that one origin when the user chooses to (lib/background/watch-access.ts).
    ...(browser === 'firefox' ? { optional_permissions: WEB_ORIGINS } : { optional_host_permissions: WEB_ORIGINS }),
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
