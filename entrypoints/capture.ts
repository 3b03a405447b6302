/**
 * Injected on demand (chrome.scripting, files: ['/capture.js']) into the one tab the user clipped;
 * returns the page capture to the background. Never declared as a content script.
 */
import { capturePage } from '../lib/capture/page-capture';

export default defineUnlistedScript(() => capturePage());
