import { defineSignature } from '../types';

/** Google Ads remarketing (audience) tag: view-through conversions and remarketing-only calls. */
export default defineSignature({
  id: 'google-ads-remarketing',
  name: 'Google Ads remarketing',
  website: 'https://support.google.com/google-ads/answer/2453998',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    resources: ['googleads\\.g\\.doubleclick\\.net/pagead/viewthroughconversion/\\d+', 'td\\.doubleclick\\.net/td/rul/\\d+'],
    inline: ['google_remarketing_only\\s*=\\s*true', 'googleads\\.g\\.doubleclick\\.net/pagead/viewthroughconversion/'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>var google_conversion_id = 987654321;var google_custom_params = window.google_tag_params;var google_remarketing_only = true;</script>
<noscript><img height="1" width="1" style="border-style:none;" alt="" src="//googleads.g.doubleclick.net/pagead/viewthroughconversion/987654321/?guid=ON&amp;script=0"/></noscript>`,
      },
      { html: '<p>late</p>', resources: ['https://googleads.g.doubleclick.net/pagead/viewthroughconversion/987654321/?random=1&cv=11'] },
    ],
    negative: [
      { html: '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><p>Remarketing lists explained.</p>' },
    ],
  },
});
