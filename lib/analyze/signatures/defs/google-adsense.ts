import { defineSignature } from '../types';

/**
 * Google AdSense. The site sells display space to others: it says the site monetises with
 * ads, not that the site buys a channel, so it maps to no marketing channel.
 */
export default defineSignature({
  id: 'google-adsense',
  name: 'Google AdSense',
  website: 'https://adsense.google.com/',
  categories: ['advertising'],
  channels: [],
  stage: 'reach',
  patterns: {
    scriptSrc: ['pagead2\\.googlesyndication\\.com/pagead/js/adsbygoogle\\.js'],
    inline: ['adsbygoogle\\s*=\\s*window\\.adsbygoogle\\s*\\|\\|'],
    meta: { 'google-adsense-account': 'ca-pub-\\d+' },
    dom: ['.adsbygoogle'],
  },
  fixtures: {
    positive: [
      {
        html: `<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234567890123456" crossorigin="anonymous"></script>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234567890123456" data-ad-slot="1234567890" data-ad-format="auto"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>`,
      },
    ],
    negative: [
      { html: '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><p>How AdSense pays publishers.</p>' },
    ],
  },
});
