import { defineConfig } from 'wxt';

// The shipped manifest asks for no host access: every capture goes through activeTab,
// which the user grants by acting on the tab (toolbar, menu, shortcut, panel button).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'sidePanel', 'storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClip__',
      },
    },
  },
});
