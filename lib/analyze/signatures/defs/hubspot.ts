import { defineSignature } from '../types';

/**
 * HubSpot tracking code (js.hs-scripts.com/<portal>.js, id hs-script-loader), embedded forms
 * (js.hsforms.net, hbspt.forms.create) and the _hsq queue; hubspotutk is its visitor cookie.
 */
export default defineSignature({
  id: 'hubspot',
  name: 'HubSpot',
  website: 'https://www.hubspot.com',
  categories: ['marketing-automation', 'email', 'analytics'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: [
      '\\.hs-scripts\\.com/\\d+\\.js',
      'js(?:-[a-z]{2}\\d)?\\.hsforms\\.net/forms/',
      'js\\.hs-analytics\\.net/',
      'js\\.hsleadflows\\.net/',
      'js\\.hs-banner\\.com/',
    ],
    inline: ['hbspt\\.forms\\.create\\(', '\\b_hsq\\.push\\(', '\\.hs-scripts\\.com/\\d+\\.js'],
    dom: ['#hs-script-loader'],
    cookies: ['hubspotutk', '__hstc'],
    globals: ['_hsq', 'hbspt'],
  },
  docs: 'https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/1234567.js"></script>',
      },
      {
        html: '<script charset="utf-8" src="//js.hsforms.net/forms/embed/v2.js"></script><script>hbspt.forms.create({ region: "na1", portalId: "123", formId: "abc" });</script>',
      },
    ],
    negative: [{ html: '<p>Read the <a href="https://blog.hubspot.com/marketing">HubSpot marketing blog</a>.</p>' }],
  },
});
