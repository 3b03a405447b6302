import { defineSignature } from '../types';

export default defineSignature({
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  website: 'https://business.linkedin.com/marketing-solutions/insight-tag',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['snap\\.licdn\\.com/li\\.lms-analytics/insight\\.min\\.js'],
    resources: ['px\\.ads\\.linkedin\\.com/collect'],
    inline: ['_linkedin_partner_id\\s*=', '_linkedin_data_partner_ids'],
    globals: ['_linkedin_data_partner_ids', 'lintrk'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript">_linkedin_partner_id = "1234567";window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];
window._linkedin_data_partner_ids.push(_linkedin_partner_id);</script><script type="text/javascript">(function(l) {if (!l){window.lintrk = function(a,b){window.lintrk.q.push([a,b])};
window.lintrk.q=[]}var s = document.getElementsByTagName("script")[0];var b = document.createElement("script");b.type = "text/javascript";b.async = true;
b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";s.parentNode.insertBefore(b, s);})(window.lintrk);</script>
<noscript><img height="1" width="1" style="display:none;" alt="" src="https://px.ads.linkedin.com/collect/?pid=1234567&fmt=gif" /></noscript>`,
      },
    ],
    negative: [
      { html: '<script src="https://platform.linkedin.com/in.js" type="text/javascript"></script><a href="https://www.linkedin.com/company/myshop">LinkedIn</a>' },
    ],
  },
});
