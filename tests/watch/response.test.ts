import { describe, expect, it } from 'vitest';
import { failureOf, movedToLogin } from '../../lib/watch/response';

const body = (inner: string, title = 'Hard Cider Kit') => `<!doctype html><html><head><title>${title}</title></head><body>${inner}${' <p>product text</p>'.repeat(30)}</body></html>`;
const page = (over: Partial<Parameters<typeof failureOf>[0]> = {}) => ({ url: 'https://shop.test/p/1', finalUrl: 'https://shop.test/p/1', status: 200, contentType: 'text/html; charset=utf-8', html: body(''), ...over });

describe('failureOf', () => {
  it('accepts an ordinary page', () => expect(failureOf(page())).toBeNull());
  it('accepts a page protected by a bot manager that let it through', () => expect(failureOf(page({ html: body('<script src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e3a6e6fffd425f7e032f3"></script>') }))).toBeNull());
  it('refuses the bot manager\'s block page', () => expect(failureOf(page({ html: body('Request unsuccessful. Incapsula incident ID: 1234-5678') }))).toBe('bot-wall'));
  it.each([
    [{ status: 500 }, 'server-error'],
    [{ status: 503 }, 'server-error'],
    [{ status: 429 }, 'rate-limited'],
    [{ status: 404 }, 'http-error'],
    [{ finalUrl: 'https://shop.test/account/login?return=/p/1' }, 'login'],
    [{ finalUrl: 'https://accounts.shop.test/?next=/p/1' }, 'login'],
    [{ html: body('', 'Just a moment...') }, 'bot-wall'],
    [{ status: 403, html: body('<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script>', 'Attention Required! | Cloudflare') }, 'bot-wall'],
    [{ html: body('', 'Page not found – Shop') }, 'error-page'],
    [{ html: '<html></html>' }, 'empty'],
    [{ contentType: 'application/pdf' }, 'not-html'],
  ])('%o → %s', (over, reason) => expect(failureOf(page(over))).toBe(reason));

  it('does not call a watched login page a redirect to login', () => {
    expect(movedToLogin('https://shop.test/login', 'https://shop.test/login/')).toBe(false);
    expect(movedToLogin('https://shop.test/p/1', 'https://shop.test/p/1?variant=2')).toBe(false);
  });
});
