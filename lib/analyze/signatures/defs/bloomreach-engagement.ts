import { defineSignature } from '../types';

/**
 * Bloomreach Engagement (formerly Exponea) SDK snippet: the "exponea" object with a target such as
 * https://api.exponea.com and exponea.min.js.
 */
export default defineSignature({
  id: 'bloomreach-engagement',
  name: 'Bloomreach Engagement (Exponea)',
  website: 'https://www.bloomreach.com/en/products/engagement',
  categories: ['marketing-automation', 'email', 'personalisation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['\\.exponea\\.com/js/exponea\\.min\\.js', '/js/exponea\\.min\\.js'],
    inline: [
      '["\']exponea["\']\\s*,\\s*["\']script["\']',
      '\\bexponea\\.start\\(',
      'api(?:-[a-z0-9]+)?\\.exponea\\.com',
    ],
    globals: ['exponea'],
  },
  docs: 'https://documentation.bloomreach.com/',
  fixtures: {
    positive: [
      {
        html: '<script>!function(e,n,t,i,r,o){function s(e){}var c=e[n]=e[n]||{};c.start=function(){}}(window,"exponea","script","webxpClient",document,{target:"https://api.exponea.com",token:"abc-123"});exponea.start();</script>',
      },
    ],
    negative: [{ html: '<p>Bloomreach discovery? <a href="https://www.bloomreach.com/">bloomreach.com</a></p>' }],
  },
});
