import { defineSignature } from '../types';

/**
 * PartnerStack (formerly Grow Sumo) tracking script growsumo.min.js from snippet.growsumo.com,
 * initialised with growsumo._initialize.
 */
export default defineSignature({
  id: 'partnerstack',
  name: 'PartnerStack',
  website: 'https://partnerstack.com',
  categories: ['affiliate', 'referral'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['snippet\\.growsumo\\.com/', '\\.partnerstack\\.com/.*\\.js'],
    inline: ['snippet\\.growsumo\\.com/', '\\bgrowsumo\\._initialize\\(', 'growsumo\\.data\\s*='],
    globals: ['growsumo'],
  },
  docs: 'https://docs.partnerstack.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">(function() { var gs = document.createElement(\'script\'); gs.src = \'https://snippet.growsumo.com/growsumo.min.js\'; gs.type = \'text/javascript\'; gs.async = \'true\'; gs.onload = gs.onreadystatechange = function() { try { growsumo._initialize(\'pk_abc\'); } catch (e) {} }; var s = document.getElementsByTagName(\'script\')[0]; s.parentNode.insertBefore(gs, s); })();</script>',
      },
    ],
    negative: [{ html: '<p>Stack your partners: <a href="https://partnerstack.com/">partnerstack.com</a></p>' }],
  },
});
