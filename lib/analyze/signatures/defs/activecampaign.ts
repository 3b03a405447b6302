import { defineSignature } from '../types';

/**
 * ActiveCampaign site tracking (vgo("setAccount") with diffuser.js from diffuser-cdn.app-us1.com,
 * older trackcmp.net) and embedded forms (<account>.activehosted.com/f/embed.php; the HTML
 * version posts to <account>.activehosted.com/proc.php).
 */
export default defineSignature({
  id: 'activecampaign',
  name: 'ActiveCampaign',
  website: 'https://www.activecampaign.com',
  categories: ['email', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['diffuser-cdn\\.app-us1\\.com/', 'trackcmp\\.net/', '\\.activehosted\\.com/f/embed\\.php'],
    links: ['\\.activehosted\\.com/proc\\.php'],
    inline: ['vgo\\(\\s*[\'"]setAccount', 'diffuser-cdn\\.app-us1\\.com', 'trackcmp\\.net/'],
    globals: ['vgo'],
  },
  docs: 'https://help.activecampaign.com/',
  fixtures: {
    positive: [
      {
        html: '<script>(function(e,t,o,n,p,r,i){e.visitorGlobalObjectAlias=n;e[e.visitorGlobalObjectAlias]=e[e.visitorGlobalObjectAlias]||function(){(e[e.visitorGlobalObjectAlias].q=e[e.visitorGlobalObjectAlias].q||[]).push(arguments)};r=t.createElement("script");r.async=true;r.src=o;t.head.appendChild(r)})(window,document,"https://diffuser-cdn.app-us1.com/diffuser/diffuser.js","vgo");vgo(\'setAccount\', \'12345\');vgo(\'process\');</script>',
      },
      {
        html: '<script src="https://acme.activehosted.com/f/embed.php?id=1" type="text/javascript" charset="utf-8"></script>',
      },
      {
        html: '<form method="POST" action="https://acme.activehosted.com/proc.php" id="_form_3_" class="_form _form_3 _inline-form" novalidate><input type="hidden" name="u" value="3"><input type="text" name="email" placeholder="Type your email"><button type="submit">Submit</button></form>',
      },
    ],
    negative: [{ html: '<p>Active campaign season: <a href="/campaigns/active">see active campaigns</a>.</p>' }],
  },
});
