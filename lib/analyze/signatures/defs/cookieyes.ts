import { defineSignature } from '../types';

/**
 * CookieYes: cdn-cookieyes.com/client_data/<id>/script.js (script#cookieyes), and its WordPress
 * plugin (formerly GDPR Cookie Consent / cookie-law-info) with #cookie-law-info-bar,
 * .cky-consent-container and the cookielawinfo cookie table.
 */
export default defineSignature({
  id: 'cookieyes',
  name: 'CookieYes',
  website: 'https://www.cookieyes.com',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['cdn-cookieyes\\.com/', 'app\\.cookieyes\\.com/client_data/', '/plugins/cookie-law-info/'],
    inline: ['cdn-cookieyes\\.com/'],
    dom: [
      '#cookie-law-info-bar',
      '.cky-consent-container',
      '#cliSettingsPopup',
      '.cookielawinfo-row',
      '#cookieyes',
    ],
    cookies: ['cookieyes-consent', 'viewed_cookie_policy'],
  },
  docs: 'https://www.cookieyes.com/documentation/',
  fixtures: {
    positive: [
      {
        html: '<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/0123456789abcdef/script.js"></script>',
      },
      { html: '<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies.</span></div>' },
    ],
    negative: [
      {
        html: '<p>Cookies? Yes! <a href="/recipes/cookies">cookie recipes</a></p><div class="cookie-notice">We use cookies</div>',
      },
    ],
  },
});
