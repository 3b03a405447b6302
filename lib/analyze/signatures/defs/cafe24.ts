import { defineSignature } from '../types';

/** Cafe24 (Korea): hosted shops serve theme assets through its optimizer and echosting CDN. */
export default defineSignature({
  id: 'cafe24',
  name: 'Cafe24',
  website: 'https://www.cafe24.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['/ind-script/optimizer\\.php', '(?:img|ssl)\\.echosting\\.cafe24\\.com/'],
    resources: ['(?:img|ssl)\\.echosting\\.cafe24\\.com/', '/ind-script/optimizer\\.php', 'cafe24img\\.(?:poxo|cafe24)\\.com/'],
    inline: ['\\bCAFE24API\\.init\\(', '\\bEC_ROOT_DOMAIN\\s*=', '\\bCAFE24\\.(?:SHOP|FRONT|ROUTE)'],
    globals: ['CAFE24', 'CAFE24API'],
  },
  fixtures: {
    positive: [
      { html: '<script src="/ind-script/optimizer.php?filename=abc&type=js&k=def"></script><img src="//img.echosting.cafe24.com/skin/base/common/btn_cart.gif">' },
      { html: '<p>x</p>', globals: ['CAFE24API'] },
    ],
    negative: [
      { html: '<a href="https://www.cafe24.com/">카페24로 쇼핑몰 만들기</a>' },
    ],
  },
});
