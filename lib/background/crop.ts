/**
 * The screenshot region of a picked element: its viewport rectangle (CSS pixels) scaled to the
 * screenshot's pixels and clipped to the image. Pure, so the arithmetic is tested in Node.
 */
import type { Viewport } from '../messages';

export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function cropRect(rect: PixelRect, viewport: Viewport, image: { width: number; height: number }): PixelRect | null {
  // The screenshot is the viewport at device pixels; its own width gives the true scale
  // (zoom and devicePixelRatio included).
  const scale = image.width / Math.max(1, viewport.width);
  const x0 = clamp(Math.floor(rect.x * scale), 0, image.width);
  const y0 = clamp(Math.floor(rect.y * scale), 0, image.height);
  const x1 = clamp(Math.ceil((rect.x + rect.width) * scale), 0, image.width);
  const y1 = clamp(Math.ceil((rect.y + rect.height) * scale), 0, image.height);
  return x1 - x0 >= 1 && y1 - y0 >= 1 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
