/**
 * A task the service worker runs every few minutes even while asleep: a named alarm wakes it.
 * The alarm is created once — re-creating it on every service-worker start would keep pushing it
 * back — and each firing runs the task, whose failures stay inside it.
 */
import { browser } from 'wxt/browser';

export function onPeriodicAlarm(name: string, periodInMinutes: number, run: () => Promise<unknown>): void {
  void browser.alarms.get(name).then(async (a) => {
    if (!a) await browser.alarms.create(name, { periodInMinutes, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) void run().catch(() => undefined);
  });
}
