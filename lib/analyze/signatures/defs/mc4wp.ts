import { defineSignature } from '../types';

/**
 * The Mailchimp for WordPress plugin renders its signup form as form.mc4wp-form and loads forms.js
 * from its plugin folder; it subscribes into Mailchimp, hence implies.
 */
export default defineSignature({
  id: 'mc4wp',
  name: 'MC4WP (Mailchimp for WordPress)',
  website: 'https://www.mc4wp.com',
  categories: ['email', 'popup'],
  channels: ['email-sms'],
  stage: 'act',
  patterns: {
    scriptSrc: ['/plugins/mailchimp-for-wp/'],
    dom: ['.mc4wp-form'],
    inline: ['\\bmc4wp\\s*=\\s*window\\.mc4wp'],
  },
  implies: ['mailchimp'],
  docs: 'https://www.mc4wp.com/kb/',
  fixtures: {
    positive: [
      {
        html: '<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-12" method="post"><input type="email" name="EMAIL"></form>',
      },
    ],
    negative: [{ html: '<form class="newsletter-form" action="/subscribe"><input type="email" name="email"></form>' }],
  },
});
