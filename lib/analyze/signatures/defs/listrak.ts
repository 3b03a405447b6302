import { defineSignature } from '../types';

/**
 * Listrak framework script cdn.listrakbi.com/scripts/script.js?m=<merchant> (also
 * s1.listrakbi.com); the _ltk object is its API.
 */
export default defineSignature({
  id: 'listrak',
  name: 'Listrak',
  website: 'https://www.listrak.com',
  categories: ['email', 'sms', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['\\.listrakbi\\.com/'],
    inline: ['listrakbi\\.com/scripts/', '\\b_ltk\\.(?:SCA|Signup|Activity)\\b'],
    globals: ['_ltk', '_ltk_util'],
  },
  docs: 'https://help.listrak.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">(function(d){if(typeof _ltk=="undefined"){if(document.addEventListener)document.addEventListener("ltkAsyncListener",function(){_ltk_util.ready(d)});}else{_ltk_util.ready(d)}})(function(){_ltk.SCA.CaptureEmail("email");});</script><script src="https://cdn.listrakbi.com/scripts/script.js?m=AbC123&v=1" async></script>',
      },
    ],
    negative: [{ html: '<p>Our list rack: <a href="/shelving/list-rack">wall list rack</a>.</p>' }],
  },
});
