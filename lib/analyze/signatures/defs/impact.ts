import { defineSignature } from '../types';

/**
 * impact.com Universal Tracking Tag (utt.impactcdn.com/<id>.js through the ire() queue, ire_o) on
 * advertisers, and impact tracking links (…sjv.io/c/, …pxf.io/c/, …7eer.net/c/, …evyy.net/c/) on
 * publishers.
 */
export default defineSignature({
  id: 'impact',
  name: 'impact.com',
  website: 'https://impact.com',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['utt\\.impactcdn\\.com/'],
    inline: ['\\bire_o\\b', 'utt\\.impactcdn\\.com/', '\\bire\\(\\s*[\'"](?:identify|trackConversion)'],
    links: [
      '//[a-z0-9.-]+/c/\\d{4,8}/\\d{3,8}/\\d{3,6}(?:[?#]|$)',
      '\\.sjv\\.io/c/\\d+/',
      '\\.pxf\\.io/c/\\d+/',
      '\\.7eer\\.net/c/\\d+/',
      '\\.evyy\\.net/c/\\d+/',
      '\\.ojrq\\.net/c/\\d+/',
      '\\.vzew\\.net/c/\\d+/',
      '\\.i\\d+\\.net/c/\\d+/',
    ],
    globals: ['ire_o'],
  },
  docs: 'https://integrations.impact.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">(function(a,b,c,d,e,f,g){e[\'ire_o\']=c;e[c]=e[c]||function(){(e[c].a=e[c].a||[]).push(arguments)};f=d.createElement(b);g=d.getElementsByTagName(b)[0];f.async=1;f.src=a;g.parentNode.insertBefore(f,g);})(\'https://utt.impactcdn.com/A1234-abcd.js\',\'script\',\'ire\',document,window);</script>',
      },
      {
        html: '<a href="https://goto.target.com/c/123456/81938/2092?u=https%3A%2F%2Fwww.target.com" rel="sponsored">Target</a><a href="https://acme.sjv.io/c/123456/789/1011">Shop Acme</a>',
      },
    ],
    negative: [
      {
        html: '<p>The impact of salt. Read <a href="https://impact.com/">impact.com</a> or <a href="https://example.com/c/123/456">this</a>.</p>',
      },
    ],
  },
});
