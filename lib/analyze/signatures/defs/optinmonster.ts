import { defineSignature } from '../types';

/**
 * OptinMonster embed: a.omappapi.com/app/js/api.min.js with data-account/data-user (older
 * a.optnmstr.com), or its WordPress plugin (plugins/optinmonster/…, omapi_localized).
 */
export default defineSignature({
  id: 'optinmonster',
  name: 'OptinMonster',
  website: 'https://optinmonster.com',
  categories: ['popup', 'email', 'cro'],
  channels: ['email-sms'],
  stage: 'act',
  patterns: {
    scriptSrc: [
      'a\\.omappapi\\.com/app/js/api\\.min\\.js',
      'a\\.optnmstr\\.com/app/js/api\\.min\\.js',
      '/plugins/optinmonster/',
    ],
    inline: ['a\\.omappapi\\.com/app/js/', '\\bomapi_localized\\b', 'a\\.optnmstr\\.com/'],
    globals: ['OptinMonsterApp', 'om_loaded'],
  },
  docs: 'https://optinmonster.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" src="https://a.omappapi.com/app/js/api.min.js" data-account="12345" data-user="67890" async></script>',
      },
      {
        html: '<script src="https://www.example.com/wp-content/plugins/optinmonster/assets/dist/js/helper.min.js?ver=2.16.22" id="optinmonster-wp-helper-js"></script>',
      },
    ],
    negative: [{ html: '<p>Our recipes are <a href="https://optinmonster.com/blog/">not an opt-in monster</a>.</p>' }],
  },
});
