/**
 * The viewport screenshot (jpeg) of the clipped tab, and its crop to a picked element. A clip
 * never fails for want of a screenshot: the browser allows two per second and none of a tab
 * that is not the visible one, so these return null instead of throwing.
 */
import { browser } from 'wxt/browser';
import type { Viewport } from '../messages';
import { cropRect, type PixelRect } from './crop';

const JPEG_QUALITY = 70;

export async function screenshotOf(tab: { active?: boolean; windowId?: number }): Promise<string | null> {
  if (!tab.active || tab.windowId === undefined) return null;
  try {
    return await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: JPEG_QUALITY });
  } catch {
    return null;
  }
}

/** The part of `dataUrl` under `rect`, as a jpeg data: URL (OffscreenCanvas: the worker has no DOM). */
export async function cropScreenshot(dataUrl: string, rect: PixelRect, viewport: Viewport): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
    const region = cropRect(rect, viewport, bitmap);
    if (!region) return null;
    const canvas = new OffscreenCanvas(region.width, region.height);
    canvas.getContext('2d')!.drawImage(bitmap, region.x, region.y, region.width, region.height, 0, 0, region.width, region.height);
    bitmap.close();
    return blobToDataUrl(await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY / 100 }));
  } catch {
    return null;
  }
}

async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
}
