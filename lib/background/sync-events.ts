/**
 * Sync while no panel is open: an alarm every few minutes (the service worker may sleep at any
 * time; alarms wake it). The panel syncs live while it is open (components/LiveSync.tsx).
 */
import { onPeriodicAlarm } from './periodic-alarm';
import { readConfig } from './sync-config';
import { runSync } from './sync';

export const SYNC_ALARM = 'racescout-sync';
export const SYNC_PERIOD_MINUTES = 10;

export function registerSyncEvents(): void {
  // Not set up: nothing to do (the alarm costs nothing).
  onPeriodicAlarm(SYNC_ALARM, SYNC_PERIOD_MINUTES, () => readConfig().then((c) => (c ? runSync() : undefined)));
}
