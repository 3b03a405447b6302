/**
 * Injected on demand into the tab where the user chose "Pick an ad". Hovering outlines, a click
 * sends the picked element to the background (which captures the page and a cropped screenshot),
 * Esc cancels. A second injection while a picker runs restarts it instead of stacking two.
 */
import { browser } from 'wxt/browser';
import type { Message } from '../lib/messages';
import { describeElement } from '../lib/capture/picker/describe';
import { startPicker, type Picker } from '../lib/capture/picker/picker';

const KEY = '__racescoutPicker';
type PickerWindow = Window & { [KEY]?: Picker };

export default defineUnlistedScript(() => {
  const win = window as PickerWindow;
  win[KEY]?.stop();
  const hint = browser.i18n.getMessage('clip_pick_started') || 'Click the ad; Esc cancels.';
  win[KEY] = startPicker(document, hint, {
    onPick(el) {
      delete win[KEY];
      const picked = describeElement(el);
      const viewport = { width: window.innerWidth, height: window.innerHeight, devicePixelRatio: window.devicePixelRatio || 1 };
      // Two frames: the outline is gone from the screen before the background takes its screenshot.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const message: Message<'picked'> = { type: 'picked', picked, viewport };
          void browser.runtime.sendMessage(message);
        }),
      );
    },
    onCancel() {
      delete win[KEY];
    },
  });
  return 'started';
});
