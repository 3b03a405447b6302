import { defineSignature } from '../types';

/**
 * Justuno snippet defines ju4app (older: ju_num and juapp) and loads vck.js from cdn.justuno.com
 * or cdn.jst.ai.
 */
export default defineSignature({
  id: 'justuno',
  name: 'Justuno',
  website: 'https://www.justuno.com',
  categories: ['popup', 'email', 'cro'],
  channels: ['email-sms'],
  stage: 'act',
  patterns: {
    scriptSrc: ['cdn\\.justuno\\.com/', 'cdn\\.jst\\.ai/'],
    inline: ['window\\.ju4app\\s*=', '\\bju_num\\s*=', 'cdn\\.justuno\\.com/', 'cdn\\.jst\\.ai/'],
    globals: ['ju4app', 'juapp'],
  },
  docs: 'https://hub.justuno.com/',
  fixtures: {
    positive: [
      {
        html: '<script>window.ju4app=window.ju4app||function(){(window.ju4app.q=window.ju4app.q||[]).push(arguments)};ju4app(\'configure\',{account:\'abc-123\',platform:\'shopify\'});</script><script async src="https://cdn.justuno.com/vck.js"></script>',
      },
    ],
    negative: [{ html: '<p>Just uno more thing: <a href="https://justuno.example.net">justuno.example.net</a></p>' }],
  },
});
