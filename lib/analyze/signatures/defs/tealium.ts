import { defineSignature } from '../types';

export default defineSignature({
  id: 'tealium',
  name: 'Tealium iQ',
  website: 'https://tealium.com/',
  categories: ['tag-manager'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['tags\\.tiqcdn\\.com/utag/'],
    inline: ['tags\\.tiqcdn\\.com/utag/', 'utag_data\\s*='],
    globals: ['utag', 'utag_data'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript">var utag_data = {page_type: "product"};</script>
<script type="text/javascript">(function(a,b,c,d){a='https://tags.tiqcdn.com/utag/myco/main/prod/utag.js';b=document;c='script';d=b.createElement(c);d.src=a;
d.type='text/java'+c;d.async=true;a=b.getElementsByTagName(c)[0];a.parentNode.insertBefore(d,a);})();</script>`,
      },
    ],
    negative: [
      { html: '<a href="https://tealium.com/">Tealium</a><script>var utag = "not a tealium object";</script>' },
    ],
  },
});
