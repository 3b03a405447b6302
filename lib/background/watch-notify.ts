/**
 * Telling the user: one desktop notification per competitor with one line per confirmed change,
 * and the toolbar badge counting unseen changes.
 */
import { browser } from 'wxt/browser';
import { makeT, resolveLocale, type LanguageChoice, type Translate } from '../i18n';
import { SETTING } from '../plan/settings';
import { db } from '../store/db';
import { getSetting } from '../store/queries-plan';
import type { WatchChangeRow } from '../store/watch-schema';
import { unseenCount } from '../store/watches';
import { changeLine, groupByCompetitor } from '../watch/lines';
import { toolbarAction } from './toolbar-action';

/** The translator in the language the user chose in the panel. */
export async function userT(): Promise<Translate> {
  const choice = await getSetting<LanguageChoice>(SETTING.language).catch(() => undefined);
  return makeT(resolveLocale(choice, globalThis.navigator?.language));
}

export const NOTIFICATION_PREFIX = 'racescout-watch-';

export async function notifyChanges(rows: readonly WatchChangeRow[]): Promise<string[]> {
  if (!rows.length) return [];
  const t = await userT();
  const names = new Map((await db.competitors.toArray()).map((c) => [c.id, c.name]));
  const ids: string[] = [];
  for (const [competitorId, changes] of groupByCompetitor(rows)) {
    const name = (competitorId !== null ? names.get(competitorId) : null) ?? new URL(changes[0].url).hostname;
    const id = `${NOTIFICATION_PREFIX}${competitorId ?? 0}-${changes[0].id}`;
    try {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('watch_notify_title', name),
        message: changes.map((c) => changeLine(t, name, c)).join('\n'),
        priority: 0,
      });
      ids.push(id);
    } catch {
      // Notifications turned off for the browser: the inbox and the badge still tell.
    }
  }
  return ids;
}

const BADGE_COLOR = '#1864ab';

export async function updateWatchBadge(): Promise<number> {
  const n = await unseenCount();
  try {
    const action = toolbarAction();
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await action.setBadgeText({ text: n ? (n > 99 ? '99+' : String(n)) : '' });
  } catch {
    // no toolbar button (tests in Node): nothing to show on
  }
  return n;
}
