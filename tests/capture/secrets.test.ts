/**
 * Redaction before anything is stored: a page holding every secret shape (secret-shapes.ts) is
 * sanitised as the capture script does (linkedom stands in for the tab), redacted as the
 * background does, analysed, saved and exported; no secret may be in the raw capture, the
 * observation or any export, while the vendor ids the analyzer needs stay. The rule functions
 * are checked one by one below. tests/e2e/secrets.e2e.ts does the same in Chromium.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { sanitizeTree } from '../../lib/capture/sanitize-dom';
import { redactCapture } from '../../lib/capture/redact-capture';
import { isSecretName, redactDataAttribute, redactScript, redactUrl, REDACTED } from '../../lib/capture/redact-rules';
import { analyze } from '../../lib/analyze/analyze';
import { db } from '../../lib/store/db';
import { saveClip } from '../../lib/store/queries';
import { decodeCapture } from '../../lib/store/capture-codec';
import { exportData } from '../../lib/background/export';
import type { CaptureInput, Observation } from '../../lib/analyze/types';
import { KEPT, SECRETS } from './secret-shapes';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/pages/secrets.test/index.html');
const PAGE_URL = `http://secrets.test/?utm_source=mail&token=${SECRETS.urlToken}#access_token=${SECRETS.urlAccessToken}`;

function absent(where: string, text: string) {
  const found = Object.entries(SECRETS).filter(([, v]) => text.includes(v)).map(([k]) => k);
  expect(found, `secrets left in ${where}`).toEqual([]);
}

describe('a page holding every secret shape', () => {
  let capture: CaptureInput;
  let observation: Observation;
  const exports: Record<string, string> = {};

  beforeAll(async () => {
    (globalThis as { DOMParser?: unknown }).DOMParser = DOMParser;
    const { document } = parseHTML(readFileSync(FIXTURE, 'utf8'));
    // What a visitor did before clipping: typed into a rich-text box and a field (frameworks mirror the value into the attribute).
    document.querySelector('#review')!.textContent = SECRETS.typedEditable;
    document.querySelector('#nl_email')!.setAttribute('value', SECRETS.typedEmail);
    const html = '<!DOCTYPE html>' + sanitizeTree(document.documentElement.cloneNode(true) as Element, { pageHost: 'secrets.test' }).outerHTML;
    const resources = [
      `https://www.googletagmanager.com/gtm.js?id=${KEPT.gtmId}`,
      `https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=${KEPT.klaviyoCompany}`,
      `http://secrets.test/pixel.gif?token=${SECRETS.resourceToken}&access_token=${SECRETS.resourceAccessToken}`,
    ];
    capture = redactCapture({ html, url: PAGE_URL, resources, globals: ['fbq', '_learnq'], capturedAt: '2026-12-04T10:00:00.000Z' });
    observation = analyze(capture);
    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    await saveClip(capture, observation, null);
    for (const [name, run] of Object.entries({
      markdown: () => exportData('markdown', { locale: 'en' }),
      csv: () => exportData('csv'),
      'csv-matrix': () => exportData('csv', { table: 'matrix' }),
      json: () => exportData('json'),
    })) exports[name] = await run();
  });

  it('the fixture really holds each secret before redaction', () => {
    const raw = readFileSync(FIXTURE, 'utf8');
    const typed = ['typedEditable', 'typedEmail', 'urlToken', 'urlAccessToken', 'resourceToken', 'resourceAccessToken'];
    for (const [k, v] of Object.entries(SECRETS)) if (!typed.includes(k) && !k.startsWith('resource')) expect(raw, k).toContain(v.replace(/"/g, '"'));
  });

  it('none is in the raw capture as stored (gunzipped)', async () => {
    const row = (await db.captures.toArray())[0];
    absent('stored capture', JSON.stringify(decodeCapture(row.gz)));
  });

  it('none is in the observation, stored or fresh', async () => {
    absent('observation', JSON.stringify(observation));
    absent('stored observation', JSON.stringify(await db.observations.toArray()));
  });

  it('none is in any export', () => {
    for (const [name, text] of Object.entries(exports)) absent(`${name} export`, text);
  });

  it('the analyzer still sees the vendor ids and the shop', () => {
    const ids = observation.technologies.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['google-tag-manager', 'meta-pixel', 'klaviyo']));
    expect(capture.html).toContain(KEPT.gtmId);
    expect(capture.html).toContain(KEPT.pixelId);
    expect(capture.html).toContain(KEPT.shopContact);
    expect(capture.resources!.join(' ')).toContain(`company_id=${KEPT.klaviyoCompany}`);
    expect(capture.url).toContain('utm_source=mail');
    expect(observation.emailCapture.present).toBe(true);
  });
});

describe('redaction rules', () => {
  it.each([
    ['token', true], ['access_token', true], ['accessToken', true], ['X-CSRF-Token', true], ['csrf', true], ['nonce', true], ['session', true], ['sessionId', true],
    ['auth', true], ['authToken', true], ['secret', true], ['client_secret', true], ['key', true], ['apiKey', true], ['form_key', true], ['_token', true],
    ['author', false], ['keywords', false], ['tokenUrl', false], ['sessionTimeout', false], ['company_id', false], ['pixelId', false], ['email', false], ['monkey', false],
  ] as const)('isSecretName(%s) → %s', (name, secret) => expect(isSecretName(name)).toBe(secret));

  it('URLs keep everything but secret parameter values', () => {
    expect(redactUrl('https://x.test/cb?code=abc&state=xyz&utm_source=fb')).toBe(`https://x.test/cb?code=${REDACTED}&state=${REDACTED}&utm_source=fb`);
    expect(redactUrl('https://x.test/#access_token=abc&token_type=bearer')).toBe(`https://x.test/#access_token=${REDACTED}&token_type=bearer`);
    expect(redactUrl('https://www.googletagmanager.com/gtag/js?id=G-ABC123&l=dataLayer')).toBe('https://www.googletagmanager.com/gtag/js?id=G-ABC123&l=dataLayer');
    expect(redactUrl('https://x.test/confirm?email=a%40b.co&list=5')).toBe(`https://x.test/confirm?email=${REDACTED}&list=5`);
    expect(redactUrl('https://x.test/path/no-query')).toBe('https://x.test/path/no-query');
  });

  it('scripts: secret keys, secret shapes, and the visitor by context', () => {
    const out = redactScript(`var c = {token:"t1", user: {email: "u@mail.test", phone: "+66 81 234 5678"}, store: {email: "help@mail.test"}, title: "Hi"}; gtag('config', 'G-XYZ');`);
    expect(out).not.toContain('t1');
    expect(out).not.toContain('u@mail.test');
    expect(out).not.toContain('81 234');
    expect(out).toContain('help@mail.test');
    expect(out).toContain(`'G-XYZ'`);
    expect(out).toContain('"Hi"');
    // JSON-LD: the organisation's own address
    expect(redactScript('{"@type":"Organization","email":"info@shop.test"}', { structuredData: true })).toContain('info@shop.test');
    // without context: an address at the page's own domain is the shop's, another is a person's
    expect(redactScript('x = {email: "a@shop.test"}', { pageHost: 'www.shop.test' })).toContain('a@shop.test');
    expect(redactScript('dataLayer.push({email: "p@gmail.test"})', { pageHost: 'www.shop.test' })).not.toContain('p@gmail.test');
    // a function named like a secret does not swallow its body
    expect(redactScript('function initSession() { load("https://cdn.vendor.test/a.js"); }')).toContain('https://cdn.vendor.test/a.js');
  });

  it('data attributes: personal and secret values go, ordinary ones stay', () => {
    expect(redactDataAttribute('data-user-email', 'a@b.test', false)).toBe(REDACTED);
    expect(redactDataAttribute('data-phone', '+66 81 234 5678', true)).toBe(REDACTED);
    expect(redactDataAttribute('data-api-key', 'sk_live_x', false)).toBe(REDACTED);
    expect(redactDataAttribute('data-product-id', '12345', false)).toBe('12345');
    expect(redactDataAttribute('data-price', '1290000', true)).toBe('1290000');
  });
});
