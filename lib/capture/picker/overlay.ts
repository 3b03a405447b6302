/**
 * The picker's outline: one fixed box in a shadow root, drawn over the page with
 * pointer-events off. The page's own elements and styles are never touched, and the page's
 * CSS cannot reach inside the shadow root.
 */
export interface Overlay {
  outline(el: Element | null): void;
  remove(): void;
  /** The host element, so the picker can ignore events on it. */
  host: HTMLElement;
}

const BOX_STYLE = [
  'position:fixed',
  'z-index:2147483647',
  'pointer-events:none',
  'box-sizing:border-box',
  'border:2px solid #e8590c',
  'background:rgba(232,89,12,.12)',
  'border-radius:2px',
  'display:none',
  'transition:all 40ms linear',
].join(';');
const HINT_STYLE = 'position:fixed;z-index:2147483647;pointer-events:none;left:8px;bottom:8px;padding:4px 8px;font:12px system-ui,sans-serif;background:#212529;color:#fff;border-radius:4px';

export function createOverlay(doc: Document, hint: string): Overlay {
  const host = doc.createElement('racescout-picker');
  const root = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.setAttribute('style', BOX_STYLE);
  const label = doc.createElement('div');
  label.setAttribute('style', HINT_STYLE);
  label.textContent = hint;
  root.append(box, label);
  doc.documentElement.append(host);
  return {
    host,
    outline(el) {
      if (!el) return void (box.style.display = 'none');
      const r = el.getBoundingClientRect();
      Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    },
    remove: () => host.remove(),
  };
}
