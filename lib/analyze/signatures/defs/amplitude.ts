import { defineSignature } from '../types';

export default defineSignature({
  id: 'amplitude',
  name: 'Amplitude',
  website: 'https://amplitude.com/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  docs: 'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2',
  patterns: {
    scriptSrc: ['cdn\\.amplitude\\.com/'],
    resources: ['api2?\\.amplitude\\.com/2/httpapi', 'api\\.eu\\.amplitude\\.com/'],
    inline: ['amplitude\\.getInstance\\(\\)\\.init\\(', 'amplitude\\.init\\(\\s*[\'"][0-9a-f]{32}', 'cdn\\.amplitude\\.com/'],
    globals: ['amplitude'],
  },
  fixtures: {
    positive: [
      { html: '<script src="https://cdn.amplitude.com/libs/analytics-browser-2.11.1-min.js.gz"></script><script>window.amplitude.init("0123456789abcdef0123456789abcdef", {"autocapture":{"elementInteractions":true}});</script>' },
    ],
    negative: [
      { html: '<p>The amplitude of the sound wave.</p><a href="https://amplitude.com/">Amplitude</a>' },
    ],
  },
});
