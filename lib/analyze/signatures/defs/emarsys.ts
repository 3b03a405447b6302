import { defineSignature } from '../types';

/**
 * Emarsys web extend: the ScarabQueue command queue and
 * cdn.scarabresearch.com/js/<merchant>/scarab-v2.js.
 */
export default defineSignature({
  id: 'emarsys',
  name: 'Emarsys (SAP)',
  website: 'https://emarsys.com',
  categories: ['email', 'marketing-automation', 'personalisation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['cdn\\.scarabresearch\\.com/js/'],
    inline: ['\\bScarabQueue\\b', 'scarabresearch\\.com/js/'],
    globals: ['ScarabQueue'],
  },
  docs: 'https://dev.emarsys.com/',
  fixtures: {
    positive: [
      {
        html: '<script>var ScarabQueue = ScarabQueue || []; (function(id) { if (document.getElementById(id)) return; var js = document.createElement(\'script\'); js.id = id; js.src = \'//cdn.scarabresearch.com/js/1A2B3C4D5E/scarab-v2.js\'; var fs = document.getElementsByTagName(\'script\')[0]; fs.parentNode.insertBefore(js, fs); })(\'scarab-js-api\');</script>',
      },
    ],
    negative: [
      {
        html: '<p>Scarab beetles were sacred; see <a href="https://emarsys.example.org/research">our research</a>.</p>',
      },
    ],
  },
});
