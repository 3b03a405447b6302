/**
 * Sync while no panel is open: an alarm every few minutes (the service worker may sleep at any
 * time; alarms wake it). The panel syncs live while it is open (components/LiveSync.tsx).
 */
import { browser } from 'wxt/browser';
import { readConfig } from './sync-config';
import { runSync } from './sync';

export const SYNC_ALARM = 'racescout-sync';
export const SYNC_PERIOD_MINUTES = 10;

export function registerSyncEvents(): void {
  void browser.alarms.get(SYNC_ALARM).then(async (a) => {
    if (!a) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    // Not set up: nothing to do (the alarm costs nothing).
    void readConfig().then((c) => (c ? runSync() : undefined)).catch(() => undefined);
  });
}
