import { defineSignature } from '../types';

/**
 * Gorgias chat for Shopify: the bundle loader from config.gorgias.chat (id
 * gorgias-chat-widget-install-v3) rendering #gorgias-chat-container; GorgiasChat global.
 */
export default defineSignature({
  id: 'gorgias',
  name: 'Gorgias',
  website: 'https://www.gorgias.com',
  categories: ['live-chat', 'helpdesk'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['config\\.gorgias\\.chat/', '\\.gorgias\\.(?:chat|io)/'],
    resources: ['\\.gorgias\\.chat/'],
    inline: ['config\\.gorgias\\.chat/', '\\bGorgiasChat\\.init\\('],
    dom: ['#gorgias-chat-container', '#gorgias-chat-widget-install-v3', '#gorgias-chat-widget-install-v2'],
    globals: ['GorgiasChat', 'gorgiasChatParameters'],
  },
  docs: 'https://docs.gorgias.com/',
  fixtures: {
    positive: [
      {
        html: '<script id="gorgias-chat-widget-install-v3" src="https://config.gorgias.chat/bundle-loader/01ABC?source=shopify1click"></script>',
      },
    ],
    negative: [{ html: '<p>A gorgeous chat with our chef. <a href="https://www.gorgias.com/">gorgias.com</a></p>' }],
  },
});
