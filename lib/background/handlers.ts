/**
 * The background's answer to each message type: one handler a file, gathered here. `HandlerMap`
 * makes a missing or extra handler a compile error.
 */
import type { HandlerMap } from '../messages';
import { captureTab } from './capture-tab';
import { pickAd } from './pick-ad';
import { picked } from './picked';
import { exportHandler, exportPart } from './export';
import { restore, restorePart } from './restore';
import { reanalyzeAllHandler } from './reanalyze-all';
import { syncConfigureHandler, syncDisconnectHandler, syncNowHandler, syncStatusHandler } from './sync';
import { runWatchesHandler, unwatchHandler, watchHandler, watchSeenHandler, watchSetHandler } from './watch';

export const handlers: HandlerMap = {
  'capture-tab': captureTab,
  'pick-ad': pickAd,
  picked,
  export: exportHandler,
  'export-part': exportPart,
  restore,
  'restore-part': restorePart,
  'reanalyze-all': reanalyzeAllHandler,
  watch: watchHandler,
  unwatch: unwatchHandler,
  'run-watches': runWatchesHandler,
  'watch-set': watchSetHandler,
  'watch-seen': watchSeenHandler,
  'sync-configure': syncConfigureHandler,
  'sync-now': syncNowHandler,
  'sync-status': syncStatusHandler,
  'sync-disconnect': syncDisconnectHandler,
};
