import { defineSignature } from '../types';

/**
 * Klaviyo onsite script (static.klaviyo.com/onsite/js/klaviyo.js?company_id=…), its object loader
 * and the legacy _learnq queue; __kla_id is the cookie it writes. Legacy embedded signup forms
 * post to manage.kmail-lists.com/subscriptions/subscribe.
 */
export default defineSignature({
  id: 'klaviyo',
  name: 'Klaviyo',
  website: 'https://www.klaviyo.com',
  categories: ['email', 'sms', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['static\\.klaviyo\\.com/onsite/js/', 'a\\.klaviyo\\.com/media/js/'],
    resources: ['static-tracking\\.klaviyo\\.com/', 'static\\.klaviyo\\.com/onsite/'],
    inline: [
      '\\b_learnq\\b',
      'window\\._klOnsite\\b',
      'static\\.klaviyo\\.com/onsite/js/',
      'klaviyo\\.(?:push|identify|track)\\(',
    ],
    links: ['manage\\.kmail-lists\\.com/subscriptions/'],
    dom: ['.klaviyo-form-*'],
    cookies: ['__kla_id'],
    globals: ['_learnq', 'klaviyo', '_klOnsite'],
  },
  docs: 'https://developers.klaviyo.com/',
  fixtures: {
    positive: [
      {
        html: '<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=AbC123"></script>',
      },
      {
        html: '<script>var _learnq = _learnq || []; _learnq.push([\'identify\', {\'$email\': \'a@b.co\'}]);</script>',
      },
      {
        html: '<form id="email_signup" action="//manage.kmail-lists.com/subscriptions/subscribe" method="POST"><input type="hidden" name="g" value="AbC123"><input type="email" name="email"><button type="submit">Subscribe</button></form>',
      },
    ],
    negative: [
      {
        html: '<p>We moved our newsletter from <a href="https://www.klaviyo.com/">Klaviyo</a> last year.</p>',
      },
    ],
  },
});
