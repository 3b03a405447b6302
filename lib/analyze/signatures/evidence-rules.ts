/**
 * When a vendor's URL on the page is not evidence that the vendor's tag runs there:
 * - a URL that is only a value inside a config object that switches the integration off
 *   (`"enabled": false`, `"active": false`, `"disabled": true`) or leaves its account empty
 *   (`"pixelId": ""`, `accountId: null`) — a plugin's settings, not a loader;
 * - a link (<a href>) to an image file on a vendor's host (a badge, a logo, a photo on its CDN).
 * Images shown on the page stay evidence: tracking pixels, and the pictures a widget renders
 * from its own CDN (a loyalty page, a shoppable gallery).
 */

/** How far around a URL to look for the object that holds it. */
const OBJECT_REACH = 400;

/** A switch that turns the integration off, or an account left empty. */
const SWITCHED_OFF = /(?:^|[\s{,])["']?(?:enabled|active|is_?enabled|isActive|status)["']?\s*:\s*(?:false|0|["'](?:false|off|disabled|inactive)["'])|(?:^|[\s{,])["']?disabled["']?\s*:\s*true|(?:^|[\s{,])["']?[a-z_]*(?:account|pixel|tracking|measurement|container|property|site|client|app|api)_?(?:id|key|code)["']?\s*:\s*(?:["']\s*["']|null)(?=\s*[,}])/i;

/**
 * The text of the innermost `{…}` object around `index`, found by counting braces outward
 * within OBJECT_REACH characters; null when the URL is not inside an object (a loader call).
 */
export function enclosingObject(text: string, index: number): string | null {
  let depth = 0;
  let start = -1;
  for (let i = index - 1; i >= Math.max(0, index - OBJECT_REACH); i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) {
        start = i;
        break;
      }
      depth--;
    }
  }
  if (start < 0) return null;
  depth = 0;
  const limit = Math.min(text.length, index + OBJECT_REACH);
  for (let i = index; i < limit; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return text.slice(start, i + 1);
      depth--;
    }
  }
  return text.slice(start, limit);
}

/** A URL written in a config object that is switched off or has no account: settings, not a tag. */
export function isInertConfigUrl(text: string, index: number): boolean {
  const object = enclosingObject(text, index);
  return object !== null && SWITCHED_OFF.test(object);
}

const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|avif|ico|bmp)$/i;

function isImageFile(url: string): boolean {
  return IMAGE_FILE.test(url.split(/[?#]/)[0]);
}

/** A link to an image file: a lightbox or a download, never a vendor's tag. */
export function isImageLink(href: string): boolean {
  return isImageFile(href);
}
