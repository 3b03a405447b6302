import { defineSignature } from '../types';

/**
 * ReferralCandy widgets load from portal.referralcandy.com (refcandy popsicle / mint snippets with
 * #refcandy-* containers) and go.referralcandy.com.
 */
export default defineSignature({
  id: 'referralcandy',
  name: 'ReferralCandy',
  website: 'https://www.referralcandy.com',
  categories: ['referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['portal\\.referralcandy\\.com/', 'go\\.referralcandy\\.com/', '\\.referralcandy\\.com/.*\\.js'],
    inline: ['portal\\.referralcandy\\.com/', '\\brefcandy-(?:popsicle|mint|lollipop)\\b'],
    dom: ['#refcandy-popsicle', '#refcandy-mint', '#refcandy-lollipop'],
  },
  docs: 'https://www.referralcandy.com',
  fixtures: {
    positive: [
      {
        html: '<div id="refcandy-popsicle" data-app-id="abc" data-fname="" data-lname="" data-email="" data-amount="" data-currency="" data-timestamp="" data-external-reference-id="" data-signature=""></div><script>(function(e){var t,n,r,i,s,o,u,a,f,l,c,h,p,d,v;f="script";l="refcandy-purchase-js";c="refcandy-popsicle";p="go.referralcandy.com/purchase/";t="data-app-id";r={email:"a",fname:"b"};})(document)</script>',
      },
    ],
    negative: [{ html: '<p>Refer a friend and get candy! <a href="/candy">Candy shop</a></p>' }],
  },
});
