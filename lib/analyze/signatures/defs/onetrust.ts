import { defineSignature } from '../types';

/**
 * OneTrust cookie consent: cdn.cookielaw.org/scripttemplates/otSDKStub.js with data-domain-script
 * (also the otBannerSdk.js and consent/ paths, optanon.blob.core.windows.net legacy), function
 * OptanonWrapper(), #onetrust-consent-sdk, OptanonConsent cookie.
 */
export default defineSignature({
  id: 'onetrust',
  name: 'OneTrust',
  website: 'https://www.onetrust.com',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['cdn\\.cookielaw\\.org/', 'optanon\\.blob\\.core\\.windows\\.net/', 'cookie-cdn\\.cookiepro\\.com/'],
    resources: ['geolocation\\.onetrust\\.com/'],
    inline: ['function\\s+OptanonWrapper\\s*\\(', 'cdn\\.cookielaw\\.org/'],
    dom: ['#onetrust-consent-sdk', '#onetrust-banner-sdk', '.optanon-show-settings', '#ot-sdk-btn'],
    cookies: ['OptanonConsent', 'OptanonAlertBoxClosed'],
    globals: ['OneTrust', 'OptanonWrapper', 'OnetrustActiveGroups'],
  },
  docs: 'https://my.onetrust.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="0123abcd-4567-89ef-0123-456789abcdef"></script><script type="text/javascript">function OptanonWrapper() { }</script>',
      },
    ],
    negative: [{ html: '<p>Trust is one thing; <a href="https://www.onetrust.com/">OneTrust</a> is another.</p>' }],
  },
});
