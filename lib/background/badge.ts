/**
 * A short mark on the toolbar icon after a clip made without the panel in view (context menu,
 * shortcut, picker): ✓ stored, ! failed. Cleared after a few seconds.
 */
import { toolbarAction } from './toolbar-action';

const SHOW_MS = 4000;
const MARKS = { ok: { text: '✓', color: '#2b8a3e' }, error: { text: '!', color: '#c92a2a' } } as const;

export async function flashBadge(tabId: number | undefined, outcome: keyof typeof MARKS): Promise<void> {
  if (tabId === undefined) return;
  const { text, color } = MARKS[outcome];
  try {
    const action = toolbarAction();
    await action.setBadgeBackgroundColor({ tabId, color });
    await action.setBadgeText({ tabId, text });
    // No text, not '': the tab falls back to the global badge (the count of unseen watch changes).
    setTimeout(() => void action.setBadgeText({ tabId }).catch(() => undefined), SHOW_MS);
  } catch {
    // the tab may be gone; the mark is only a courtesy
  }
}
