import { defineSignature } from '../types';

export default defineSignature({
  id: 'ecwid',
  name: 'Ecwid',
  website: 'https://www.ecwid.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['app\\.ecwid\\.com/script\\.js'],
    inline: ['xProductBrowser\\(', 'Ecwid\\.OnAPILoaded'],
    dom: ['#my-store-*'],
    globals: ['Ecwid'],
  },
  fixtures: {
    positive: [
      { html: '<div id="my-store-1234567"></div><script data-cfasync="false" type="text/javascript" src="https://app.ecwid.com/script.js?1234567&data_platform=code" charset="utf-8"></script><script>xProductBrowser("categoriesPerRow=3","id=my-store-1234567");</script>' },
    ],
    negative: [
      { html: '<a href="https://www.ecwid.com/">Ecwid by Lightspeed</a><div id="my-storefront"></div>' },
    ],
  },
});
