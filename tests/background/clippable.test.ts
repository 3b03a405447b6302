import { describe, expect, it } from 'vitest';
import { refusalFor } from '../../lib/background/clippable';
import { asClipError, CLIP_ERROR_MESSAGES } from '../../lib/background/errors';
import { cropRect } from '../../lib/background/crop';
import { format } from '../../lib/i18n';

describe('which tabs can be clipped', () => {
  it.each([
    ['https://www.baanthai.co.th/products/silk', null],
    ['http://127.0.0.1:8080/', null],
    ['file:///home/me/page.html', null],
    ['chrome://settings/', 'browser-page'],
    ['edge://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abcdef/sidepanel.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store-page'],
    ['https://chrome.google.com/webstore/category/extensions', 'store-page'],
    ['https://chrome.google.com/search', null],
    ['https://addons.mozilla.org/th/firefox/', 'store-page'],
    ['https://shop.example.com/catalogue.PDF', 'pdf'],
    [undefined, null],
  ] as const)('%s → %s', (url, code) => {
    expect(refusalFor(url)).toBe(code);
  });
});

describe('clip errors', () => {
  it('reads what the browser’s own errors mean', () => {
    expect(asClipError(new Error('Cannot access a chrome:// URL')).code).toBe('browser-page');
    expect(asClipError(new Error('The extensions gallery cannot be scripted.')).code).toBe('store-page');
    expect(asClipError(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).code).toBe('no-access');
    expect(asClipError(new Error('No tab with id: 42.')).code).toBe('tab-gone');
    expect(asClipError(new Error('Frame with ID 0 was removed.')).code).toBe('tab-gone');
    expect(asClipError(new TypeError('x is undefined'))).toMatchObject({ code: 'failed', detail: 'x is undefined' });
  });

  it('has an English phrase for every code, with its detail filled in', () => {
    for (const { en } of Object.values(CLIP_ERROR_MESSAGES)) expect(format(en, ['23'])).not.toMatch(/\$/);
    expect(format(CLIP_ERROR_MESSAGES['too-large'].en, [23])).toContain('23 MB');
  });
});

describe('cropping a picked element out of the screenshot', () => {
  const viewport = { width: 1280, height: 800, devicePixelRatio: 2 };
  const image = { width: 2560, height: 1600 };

  it('scales CSS pixels to the screenshot’s pixels', () => {
    expect(cropRect({ x: 380, y: 120.5, width: 520, height: 300 }, viewport, image)).toEqual({ x: 760, y: 241, width: 1040, height: 600 });
  });

  it('clips to the visible part and gives null for an element off screen', () => {
    expect(cropRect({ x: -10, y: 700, width: 100, height: 300 }, viewport, image)).toEqual({ x: 0, y: 1400, width: 180, height: 200 });
    expect(cropRect({ x: 10, y: 900, width: 100, height: 100 }, viewport, image)).toBeNull();
    expect(cropRect({ x: 10, y: 10, width: 0, height: 100 }, viewport, image)).toBeNull();
  });
});
