/**
 * The last redaction before a clip is analysed and stored (background): the page script already
 * sanitised the HTML in the tab, but the page URL, the loaded-resource list and a picked
 * element's links and text pass here too, whichever script produced them (redact-rules.ts).
 */
import type { CaptureInput } from '../analyze/types';
import { redactShapes, redactUrl } from './redact-rules';

export function redactCapture<T extends CaptureInput>(capture: T): T {
  const out: T = { ...capture, url: redactUrl(capture.url) };
  if (capture.resources) out.resources = capture.resources.map(redactUrl);
  if (capture.picked) {
    const p = capture.picked;
    out.picked = { ...p, text: redactShapes(p.text), links: p.links.map(redactUrl), images: p.images.map(redactUrl) };
  }
  return out;
}
