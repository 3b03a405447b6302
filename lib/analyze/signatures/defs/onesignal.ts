import { defineSignature } from '../types';

/**
 * OneSignal web push SDK from cdn.onesignal.com/sdks/ (OneSignalSDK.page.js), initialised through
 * window.OneSignalDeferred or the older OneSignal.push queue; also its WordPress plugin.
 */
export default defineSignature({
  id: 'onesignal',
  name: 'OneSignal',
  website: 'https://onesignal.com',
  categories: ['push'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['cdn\\.onesignal\\.com/sdks/', '/plugins/onesignal-free-web-push-notifications/'],
    inline: [
      'OneSignalDeferred\\.push\\(',
      '\\bOneSignal\\.push\\(',
      'window\\.OneSignal\\s*=\\s*window\\.OneSignal',
      'cdn\\.onesignal\\.com/sdks/',
    ],
    globals: ['OneSignal', 'OneSignalDeferred'],
  },
  docs: 'https://documentation.onesignal.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://cdn.onesignal.com/sdks/web/v16/OneSignalSDK.page.js" defer></script><script>window.OneSignalDeferred = window.OneSignalDeferred || []; OneSignalDeferred.push(async function(OneSignal) { await OneSignal.init({ appId: "abc" }); });</script>',
      },
    ],
    negative: [{ html: '<p>One signal is enough: <a href="/signals/one">one signal</a>.</p>' }],
  },
});
