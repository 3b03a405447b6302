import { defineSignature } from '../types';

/**
 * Intercom Messenger: window.intercomSettings with app_id, the Intercom() stub and
 * widget.intercom.io/widget/<app_id>; assets come from js.intercomcdn.com.
 */
export default defineSignature({
  id: 'intercom',
  name: 'Intercom',
  website: 'https://www.intercom.com',
  categories: ['live-chat', 'helpdesk'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['widget\\.intercom\\.io/widget/', 'js\\.intercomcdn\\.com/'],
    resources: ['js\\.intercomcdn\\.com/', 'widget\\.intercom\\.io/'],
    inline: [
      'window\\.intercomSettings\\s*=',
      'widget\\.intercom\\.io/widget/',
      'Intercom\\(\\s*[\'"](?:boot|reattach_activator|update)',
    ],
    dom: ['#intercom-container', '.intercom-lightweight-app'],
    globals: ['Intercom', 'intercomSettings'],
  },
  docs: 'https://developers.intercom.com/installing-intercom/web/installation',
  fixtures: {
    positive: [
      {
        html: '<script>window.intercomSettings = { api_base: "https://api-iam.intercom.io", app_id: "abc123" };</script><script>(function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic(\'reattach_activator\');ic(\'update\',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement(\'script\');s.type=\'text/javascript\';s.async=true;s.src=\'https://widget.intercom.io/widget/abc123\';var x=d.getElementsByTagName(\'script\')[0];x.parentNode.insertBefore(s,x);};l();}})();</script>',
      },
    ],
    negative: [{ html: '<p>Intercom systems for your home: <a href="/products/intercom">wireless intercom</a>.</p>' }],
  },
});
