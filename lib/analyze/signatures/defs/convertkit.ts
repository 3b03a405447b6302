import { defineSignature } from '../types';

/**
 * Kit (ConvertKit) embeds: <form class="formkit-form" data-sv-form> posting to
 * app.convertkit.com/forms/<id>/subscriptions, JS embeds from <user>.ck.page/<uid>/index.js (now
 * also .kit.com), and the ConvertKit WordPress plugin.
 */
export default defineSignature({
  id: 'convertkit',
  name: 'Kit (ConvertKit)',
  website: 'https://kit.com',
  categories: ['email', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: [
      '\\.ck\\.page/[0-9a-f]{6,}/index\\.js',
      '\\.kit\\.com/[0-9a-f]{6,}/index\\.js',
      'f\\.convertkit\\.com/',
      '/plugins/convertkit/',
    ],
    dom: ['.formkit-form', '[data-sv-form]'],
    links: ['\\.ck\\.page/', 'app\\.(?:convertkit|kit)\\.com/forms/\\d+/subscriptions'],
    inline: ['\\bconvertkit_broadcasts\\b', '\\.ck\\.page/[0-9a-f]{6,}/index\\.js'],
  },
  docs: 'https://help.kit.com/',
  fixtures: {
    positive: [
      {
        html: '<script async data-uid="a1b2c3d4e5" src="https://acme.ck.page/a1b2c3d4e5/index.js"></script>',
      },
      {
        html: '<form action="https://app.convertkit.com/forms/123456/subscriptions" class="seva-form formkit-form" method="post" data-sv-form="123456" data-uid="a1b2c3d4e5" data-format="inline"><input name="email_address"></form>',
      },
      {
        html: '<form action="https://app.kit.com/forms/7654321/subscriptions" method="post"><input name="email_address" aria-label="Email Address" required><button>Subscribe</button></form>',
      },
    ],
    negative: [
      {
        html: '<ul class="wp-block-pages-list"><li class="wp-block-pages-list__item"><a href="/back-pages/">Back pages</a></li></ul><p>We convert kit to kilos.</p>',
      },
    ],
  },
});
