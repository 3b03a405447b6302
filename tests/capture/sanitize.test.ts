/**
 * The capture's privacy rules: typed values, password fields and hidden secrets never leave the
 * tab, while the forms' structure (evidence of email capture) stays. The rules are checked one
 * by one, then applied to a saved page with linkedom (a DOM for Node that WXT already depends
 * on); tests/e2e/clip.e2e.ts checks the same in Chromium on a page typed into.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { controlVerdict } from '../../lib/capture/sanitize-rules';
import { sanitizeTree } from '../../lib/capture/sanitize-dom';

describe('control verdicts', () => {
  it.each([
    [{ tag: 'input', type: 'password', name: 'pw' }, 'remove'],
    [{ tag: 'INPUT', type: 'PASSWORD' }, 'remove'],
    [{ tag: 'input', type: 'hidden', name: 'authenticity_token', value: 'x' }, 'remove'],
    [{ tag: 'input', type: 'hidden', name: '_csrf', value: 'x' }, 'remove'],
    [{ tag: 'input', type: 'hidden', name: 'wp_nonce', value: '1' }, 'remove'],
    [{ tag: 'input', type: 'hidden', id: 'sessionId', value: '1' }, 'remove'],
    [{ tag: 'input', type: 'hidden', name: 'g-recaptcha-response', value: '' }, 'remove'],
    [{ tag: 'input', type: 'hidden', name: 'state', value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc' }, 'remove'],
    [{ tag: 'input', type: 'hidden', name: 'form_type', value: 'customer' }, 'keep'],
    [{ tag: 'input', type: 'hidden', name: 'g', value: 'XyZ12a' }, 'keep'],
    [{ tag: 'input', type: 'hidden', name: 'customer_email', value: 'a@b.co' }, 'clear'],
    [{ tag: 'input', type: 'text', name: 'otp', value: '123' }, 'remove'],
    [{ tag: 'input', type: 'text', autocomplete: 'cc-number' }, 'remove'],
    [{ tag: 'input', name: 'email', value: 'a@b.co' }, 'clear'],
    [{ tag: 'input', type: 'email' }, 'clear'],
    [{ tag: 'input', type: 'search', name: 'q' }, 'clear'],
    [{ tag: 'input', type: 'tel' }, 'clear'],
    [{ tag: 'input', type: 'text', name: 'comment[author]' }, 'clear'],
    [{ tag: 'input', type: 'weird-new-type' }, 'clear'],
    [{ tag: 'input', type: 'submit', value: 'Subscribe' }, 'keep'],
    [{ tag: 'input', type: 'checkbox', value: 'sms' }, 'keep'],
    [{ tag: 'textarea', name: 'message' }, 'clear'],
    [{ tag: 'select', name: 'topic' }, 'keep'],
    [{ tag: 'meta', name: 'csrf-token' }, 'remove'],
    [{ tag: 'meta', name: 'google-site-verification' }, 'keep'],
  ] as const)('%o → %s', (attrs, verdict) => {
    expect(controlVerdict(attrs)).toBe(verdict);
  });
});

describe('sanitizeTree on a saved page', () => {
  const html = readFileSync(path.join(import.meta.dirname, 'fixtures/account-forms.html'), 'utf8');
  const { document } = parseHTML(html);
  const out = sanitizeTree(document.documentElement.cloneNode(true) as Element).outerHTML;

  it('removes what visitors typed', () => {
    for (const typed of ['somchai@example.co.th', 'typed.by.visitor@gmail.com', '+66 81 234 5678', 'สมชาย ใจดี', 'ฉันอยากสั่งผ้าไหม', 'ผ้าไหม สีแดง', 'Somchai']) {
      expect(out).not.toContain(typed);
    }
  });

  it('removes password fields, one-time codes and hidden secrets', () => {
    expect(out).not.toMatch(/type="password"/);
    expect(out).not.toContain('hunter2');
    for (const gone of ['authenticity_token', '_csrf', 'session_id', '482913', '__RequestVerificationToken', 'name="nonce"', 'Zm9vYmFy', 'csrf-token']) expect(out).not.toContain(gone);
  });

  it('keeps the forms, their field names, labels and buttons', () => {
    for (const kept of ['id="newsletter"', 'name="email"', 'placeholder="กรอกอีเมลของคุณ"', 'name="g" value="XyZ12a"', 'value="customer_login"', 'value="เข้าสู่ระบบ"', 'สมัครรับข่าวสาร', 'name="contact[body]"', 'name="customer_email"', 'value="sms" checked', '<meta charset="utf-8">']) {
      expect(out).toContain(kept);
    }
  });

  it('leaves the live document untouched', () => {
    expect(document.querySelector('input[type=password]')).not.toBeNull();
    expect(document.querySelector('textarea')!.textContent).toContain('ฉันอยากสั่งผ้าไหม');
  });
});
