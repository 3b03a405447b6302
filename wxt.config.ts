import { defineConfig } from 'wxt';

// The shipped manifest asks for no host access and declares no content script: every capture
// goes through activeTab, which the user grants by acting on the tab (toolbar, context menu,
// shortcut), and the page scripts are injected on demand with chrome.scripting.
// End-to-end tests load a copy of this build with host access to test hosts only
// (tests/e2e/harness.ts), never this manifest.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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
