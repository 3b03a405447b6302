import { defineSignature } from '../types';

/**
 * Cookiebot CMP: script#Cookiebot from consent.cookiebot.com/uc.js with data-cbid (or
 * consent.cookiebot.eu); the cookie declaration script cd.js; Cookiebot global.
 */
export default defineSignature({
  id: 'cookiebot',
  name: 'Cookiebot (Usercentrics)',
  website: 'https://www.cookiebot.com',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['consent\\.cookiebot\\.(?:com|eu)/', 'consentcdn\\.cookiebot\\.(?:com|eu)/'],
    inline: ['consent\\.cookiebot\\.(?:com|eu)/uc\\.js'],
    dom: ['#CybotCookiebotDialog', '#CookieDeclaration'],
    globals: ['Cookiebot'],
  },
  docs: 'https://www.cookiebot.com/en/developer/',
  fixtures: {
    positive: [
      {
        html: '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="00000000-0000-0000-0000-000000000000" data-blockingmode="auto" type="text/javascript"></script>',
      },
    ],
    negative: [
      {
        html: '<script>var pys_options = {"cookiebot_integration_enabled":false,"cookiebot_facebook_consent_category":"marketing"};</script>',
      },
    ],
  },
});
