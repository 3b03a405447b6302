/**
 * The service worker: owns no logic of its own. Messages go to the handler map
 * (lib/background/handlers.ts), gestures to lib/background/gestures.ts.
 */
import { browser } from 'wxt/browser';
import { handlers } from '../lib/background/handlers';
import { createRouter, messageListener } from '../lib/background/router';
import { registerGestures } from '../lib/background/gestures';
import { warmUp } from '../lib/background/warm-up';
import { registerWatchEvents } from '../lib/background/watch-events';
import { registerSyncEvents } from '../lib/background/sync-events';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(messageListener(createRouter(handlers)));
  registerGestures();
  warmUp();
  registerWatchEvents();
  registerSyncEvents();
});
