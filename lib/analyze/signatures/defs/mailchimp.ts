import { defineSignature } from '../types';

/**
 * Mailchimp: the connected-site script (chimpstatic.com/mcjs-connected), the embedded signup form
 * (#mc_embed_signup posting to <dc>.list-manage.com/subscribe/post, mc-validate.js), hosted forms
 * and landing pages (eepurl.com, mailchi.mp), and the Mailchimp for WooCommerce plugin.
 */
export default defineSignature({
  id: 'mailchimp',
  name: 'Mailchimp',
  website: 'https://mailchimp.com',
  categories: ['email', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: [
      'chimpstatic\\.com/mcjs-connected/',
      '\\.list-manage\\.com/',
      'downloads\\.mailchimp\\.com/js/',
      '/plugins/mailchimp-for-woocommerce/',
    ],
    inline: ['chimpstatic\\.com/mcjs-connected/', 'mailchimp_public_data'],
    dom: ['#mc_embed_signup', '#mc-embedded-subscribe-form', '#mc_embed_shell'],
    // Links and form actions: the embedded form posts to <dc>.list-manage.com/subscribe/post.
    links: ['\\.list-manage\\.com/', '//eepurl\\.com/', '//mailchi\\.mp/'],
    cookies: ['mailchimp_landing_site', 'mailchimp_user_email'],
  },
  docs: 'https://mailchimp.com/help/add-a-signup-form-to-your-website/',
  fixtures: {
    positive: [
      {
        html: '<div id="mc_embed_signup"><form action="https://shop.us8.list-manage.com/subscribe/post?u=abc&amp;id=def" method="post" id="mc-embedded-subscribe-form"><input type="email" name="EMAIL"></form></div>',
      },
      {
        html: '<script id="mcjs">!function(c,h,i,m,p){m=c.createElement(h),p=c.getElementsByTagName(h)[0],m.async=1,m.src=i,p.parentNode.insertBefore(m,p)}(document,"script","https://chimpstatic.com/mcjs-connected/js/users/abc/def.js");</script>',
      },
      {
        html: '<script src="/wp-content/plugins/mailchimp-for-woocommerce/public/js/mailchimp-woocommerce-public.min.js?ver=2.8"></script>',
      },
      {
        html: '<form action="//acme.us21.list-manage.com/subscribe/post?u=abc&amp;id=def" method="post" class="validate" target="_blank"><input type="email" name="EMAIL" placeholder="Email"><input type="submit" value="Subscribe"></form>',
      },
    ],
    negative: [
      {
        html: '<p>Read our <a href="https://mailchimp.com/resources/">Mailchimp guide</a>.</p><img src="https://mailchimp.example.com/logo.png">',
      },
    ],
  },
});
