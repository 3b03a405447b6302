import { defineSignature } from '../types';

/** Google Ads conversion tracking: gtag.js with an AW- id, or the older conversion.js tag. */
export default defineSignature({
  id: 'google-ads',
  name: 'Google Ads conversion tracking',
  website: 'https://ads.google.com/',
  categories: ['advertising'],
  channels: ['paid-search'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['googletagmanager\\.com/gtag/js\\?(?:[^#]*&)?id=AW-', 'googleadservices\\.com/pagead/conversion(?:_async)?\\.js'],
    // td/rul/<AW id> is the audience iframe gtag's Google Ads tag adds to the page.
    resources: ['googleadservices\\.com/pagead/conversion/\\d+', 'td\\.doubleclick\\.net/td/rul/\\d+'],
    inline: [
      'gtag\\(\\s*[\'"]config[\'"]\\s*,\\s*[\'"]AW-\\d+',
      '[\'"]?send_to[\'"]?\\s*:\\s*[\'"]AW-\\d+',
      'google_conversion_id\\s*=\\s*\\d+',
      // Shopify's Google & YouTube app keeps the conversion id in its web-pixel settings (escaped JSON).
      'pixel_id\\W{1,12}AW-\\d{6,}',
    ],
    cookies: ['_gcl_au'],
  },
  fixtures: {
    positive: [
      {
        html: `<script async src="https://www.googletagmanager.com/gtag/js?id=AW-123456789"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'AW-123456789');
gtag('event', 'conversion', {'send_to': 'AW-123456789/AbC-D_efG-h12_34-567', 'value': 1.0, 'currency': 'THB'});</script>`,
      },
      { html: '<p>fired later</p>', resources: ['https://www.googleadservices.com/pagead/conversion/123456789/?label=AbC&guid=ON&script=0'] },
      { html: '<iframe allow="join-ad-interest-group" data-tagging-id="AW-123456789" height="0" width="0" src="https://td.doubleclick.net/td/rul/123456789?random=1&cv=11&fst=1&fmt=3"></iframe>' },
    ],
    negative: [
      { html: '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9"></script><a href="https://ads.google.com/home/">Advertise with Google Ads</a>' },
    ],
  },
});
