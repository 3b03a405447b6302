import { defineSignature } from '../types';

/**
 * Sumo snippet loads load.sumo.com/ (formerly load.sumome.com) with data-sumo-site-id on the
 * script element.
 */
export default defineSignature({
  id: 'sumo',
  name: 'Sumo',
  website: 'https://sumo.com',
  categories: ['popup', 'email'],
  channels: ['email-sms'],
  stage: 'act',
  patterns: {
    scriptSrc: ['load\\.sumo(?:me)?\\.com/'],
    inline: ['load\\.sumo(?:me)?\\.com/', '\\.sumoSiteId\\s*='],
    dom: ['[data-sumo-site-id]'],
    globals: ['Sumo', '__SUMO'],
  },
  docs: 'https://help.sumo.com/',
  fixtures: {
    positive: [
      {
        html: '<script async>(function(s,u,m,o,j,v){j=u.createElement(m);v=u.getElementsByTagName(m)[0];j.async=1;j.src=o;j.dataset.sumoSiteId=\'abc123\';v.parentNode.insertBefore(j,v)})(window,document,\'script\',\'//load.sumo.com/\');</script>',
      },
    ],
    negative: [{ html: '<p>Sumo wrestling photos at <a href="https://example.com/sumo">sumo gallery</a>.</p>' }],
  },
});
