/**
 * The element picker: hovering outlines the element under the pointer, ArrowUp/ArrowDown widen
 * or narrow the choice to the parent or back, a click picks, Esc cancels. While it runs, the
 * page sees no pointer presses or clicks (a click on a sponsored post must not follow its link).
 */
import { createOverlay } from './overlay';

export interface PickerCallbacks {
  onPick(el: Element): void;
  onCancel(): void;
}

export interface Picker {
  stop(): void;
}

/** Presses the page must not see while picking. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'contextmenu', 'auxclick'] as const;

export function startPicker(doc: Document, hint: string, cb: PickerCallbacks): Picker {
  const overlay = createOverlay(doc, hint);
  let current: Element | null = null;
  /** Elements narrowed away from with ArrowUp, so ArrowDown can go back. */
  const trail: Element[] = [];

  const select = (el: Element | null) => {
    current = el;
    overlay.outline(el);
  };
  const onMove = (e: MouseEvent) => {
    const el = doc.elementFromPoint(e.clientX, e.clientY);
    if (el && el !== overlay.host && el !== current && !trail.includes(el)) {
      trail.length = 0;
      select(el);
    }
  };
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onClick = (e: MouseEvent) => {
    swallow(e);
    const el = current ?? doc.elementFromPoint(e.clientX, e.clientY);
    stop();
    if (el) cb.onPick(el);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      swallow(e);
      stop();
      cb.onCancel();
    } else if (e.key === 'ArrowUp' && current?.parentElement && current.parentElement !== doc.body) {
      swallow(e);
      trail.push(current);
      select(current.parentElement);
    } else if (e.key === 'ArrowDown' && trail.length) {
      swallow(e);
      select(trail.pop()!);
    }
  };
  const onScroll = () => overlay.outline(current);

  const listeners: [string, EventListener][] = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['keydown', onKey as EventListener],
    ['scroll', onScroll],
    ...SWALLOWED.map((t): [string, EventListener] => [t, swallow]),
  ];
  // Capture phase on the window: the picker sees events before any page handler.
  for (const [type, fn] of listeners) doc.defaultView?.addEventListener(type, fn, true);

  function stop() {
    for (const [type, fn] of listeners) doc.defaultView?.removeEventListener(type, fn, true);
    overlay.remove();
  }
  return { stop };
}
