import { defineSignature } from '../types';

/**
 * Drip snippet: the _dcq queue and _dcs.account, then tag.getdrip.com/<account>.js; embedded
 * forms post to www.getdrip.com/forms/<id>/submissions.
 */
export default defineSignature({
  id: 'drip',
  name: 'Drip',
  website: 'https://www.drip.com',
  categories: ['email', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['tag\\.getdrip\\.com/\\d+\\.js'],
    inline: ['\\b_dcq\\s*=\\s*_dcq\\b', '\\b_dcs\\.account\\s*=', 'tag\\.getdrip\\.com/'],
    links: ['getdrip\\.com/forms/\\d+/submissions'],
    globals: ['_dcq', '_dcs'],
  },
  docs: 'https://developer.drip.com/',
  fixtures: {
    positive: [
      {
        html: '<script>var _dcq = _dcq || []; var _dcs = _dcs || {}; _dcs.account = \'1234567\'; (function() { var dc = document.createElement(\'script\'); dc.async = true; dc.src = \'//tag.getdrip.com/1234567.js\'; document.getElementsByTagName(\'script\')[0].parentNode.insertBefore(dc, document.getElementsByTagName(\'script\')[0]); })();</script>',
      },
      {
        html: '<form action="https://www.getdrip.com/forms/12345678/submissions" method="post" data-drip-embedded-form="12345678"><input type="email" name="fields[email]"><input type="submit" value="Sign Up"></form>',
      },
    ],
    negative: [
      {
        html: '<p>Let the sauce drip, then <a href="https://example.com/drip-coffee">brew drip coffee</a>.</p>',
      },
    ],
  },
});
