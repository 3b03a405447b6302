import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { classifyForms, extractEmailCapture } from '../../lib/analyze/extractors/email-capture';
import type { Technology } from '../../lib/analyze/types';
import { run } from '../../scripts/eval/newsletter-forms';

const kinds = (html: string) => classifyForms(parsePage(html, 'https://shop.example/')).map((f) => f.kind);

describe('form kinds', () => {
  it.each([
    ['newsletter', '<form action="/subscribe"><input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form>'],
    ['newsletter', '<div class="footer"><h3>รับข่าวสารและโปรโมชั่น</h3><form><input type="text" name="contact[email]" placeholder="อีเมล"><button>สมัคร</button></form></div>'],
    ['newsletter', '<form><p>뉴스레터 구독하고 10% 할인 받기</p><input type="email" name="EMAIL"><button>구독</button></form>'],
    ['newsletter', '<form dir="rtl"><label>اشترك في النشرة البريدية</label><input type="email" name="email"><button>اشترك</button></form>'],
    ['newsletter', '<form action="https://shop.us5.list-manage.com/subscribe/post?u=1&id=2"><input type="email" name="EMAIL"><input name="FNAME"><input type="submit" value="Go"></form>'],
    ['login', '<form action="/account/login"><input type="email" name="customer[email]"><input type="password" name="customer[password]"><button>Sign in</button></form>'],
    ['register', '<form><input name="first"><input name="last"><input type="email" name="email"><input type="password" name="pw"><input type="password" name="pw2"></form>'],
    ['search', '<form action="/search" role="search"><input type="search" name="q"><button>Search</button></form>'],
    ['contact', '<form action="/contact"><input name="name"><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form>'],
    ['add-to-cart', '<form action="/cart/add"><input type="number" name="quantity" value="1"><button>Add to cart</button></form>'],
    ['password', '<form><h2>Forgot your password?</h2><input type="email" name="email"><button>Reset password</button></form>'],
    ['checkout', '<form><input name="name"><input type="email" name="email"><input name="address1"><input name="city"><input name="zip"><input type="tel" name="phone"><button>Place order</button></form>'],
  ])('%s', (kind, html) => {
    expect(kinds(html)).toEqual([kind]);
  });

  it('groups an e-mail field outside any <form> (a script-built signup widget) by its container', () => {
    const html = '<div class="klaviyo-form"><div><p>Join the list, get 15% off</p><div><input type="email" name="email" placeholder="Email"><button type="button">Sign up</button></div></div></div>';
    expect(kinds(html)).toEqual(['newsletter']);
  });
});

describe('extractEmailCapture', () => {
  const tech = (id: string, categories: string[]): Technology => ({ id, name: id, categories, channels: ['email-sms'], stage: 'engage', confidence: 1, evidence: [] });

  it('says why it found a signup', () => {
    const doc = parsePage('<footer><form action="/subscribe"><input type="email" name="email"><input type="tel" name="phone"><button>Join</button></form></footer>', 'https://shop.example/');
    const got = extractEmailCapture(doc, []);
    expect(got.present).toBe(true);
    expect(got.sms).toBe(true);
    expect(got.evidence[0]).toMatchObject({ source: 'form', selector: expect.stringContaining('form') });
  });

  it('is not fooled by login and search forms', () => {
    const doc = parsePage('<form><input type="email" name="e"><input type="password" name="p"></form><form role="search"><input name="q"></form>', 'https://shop.example/');
    expect(extractEmailCapture(doc, []).present).toBe(false);
  });

  it('counts a pop-up or SMS provider found by the technology scan', () => {
    const got = extractEmailCapture(parsePage('<p>hi</p>', 'https://shop.example/'), [tech('privy', ['popup', 'email']), tech('attentive', ['sms'])]);
    expect(got).toMatchObject({ present: true, sms: true });
    expect(got.evidence.map((e) => e.ref)).toEqual(['privy', 'attentive']);
  });
});

describe('on the formasaurus pages', () => {
  it('detects mailing-list forms with F1 ≥ 0.9', () => {
    const [r] = run(resolve(process.cwd(), '../shared/corpus'));
    expect(r.n).toBeGreaterThan(400);
    expect(r.f1).toBeGreaterThanOrEqual(0.9);
  });
});
