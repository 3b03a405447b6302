/**
 * Live sync while the panel is open: soon after a change here (a clip, an edit), and every
 * minute for what teammates did. Renders nothing; the background runs one sync at a time.
 */
import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { pendingCount } from '../lib/store/sync-store';
import { syncNow, syncStatus } from './runtime';

const AFTER_CHANGE_MS = 3_000;
const EVERY_MS = 60_000;

export function LiveSync() {
  const pending = useLiveQuery(() => pendingCount(), []);
  const configured = useRef(false);
  useEffect(() => {
    const tick = () =>
      void syncStatus().then((r) => {
        if (!r.ok) return;
        configured.current = r.status.configured;
        if (r.status.configured && !r.status.running) void syncNow();
      });
    tick();
    const timer = setInterval(tick, EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (!pending || !configured.current) return;
    const timer = setTimeout(() => void syncNow(), AFTER_CHANGE_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  return null;
}
