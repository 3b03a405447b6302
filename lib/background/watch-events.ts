/**
 * The browser events watching listens to: the periodic alarm that runs due checks, and access
 * to a site given or taken away in the browser's settings.
 */
import { browser } from 'wxt/browser';
import { onPeriodicAlarm } from './periodic-alarm';
import { refreshAccess } from './watch-access';
import { NOTIFICATION_PREFIX, updateWatchBadge } from './watch-notify';
import { runWatches } from './watch-runner';

export const WATCH_ALARM = 'racescout-watch';
/** How often due watches are looked for; each watch keeps its own frequency. */
export const ALARM_PERIOD_MINUTES = 5;

export function registerWatchEvents(): void {
  onPeriodicAlarm(WATCH_ALARM, ALARM_PERIOD_MINUTES, () => runWatches(false));
  const onAccess = () => void refreshAccess().catch(() => undefined);
  browser.permissions.onRemoved.addListener(onAccess);
  browser.permissions.onAdded.addListener(onAccess);
  // A click on an alert opens the inbox (a tab: the side panel itself only opens on a gesture on the page).
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#watching') }).catch(() => undefined);
    void browser.notifications.clear(id).catch(() => undefined);
  });
  void updateWatchBadge().catch(() => undefined);
}
