import { defineSignature } from '../types';

/** MakeShop: two hosted platforms with one name, MakeShop by GMO (Japan) and makeshop (Korea). */
export default defineSignature({
  id: 'makeshop',
  name: 'MakeShop',
  website: 'https://www.makeshop.jp/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:^|//)[\\w.-]*makeshop\\.(?:jp|co\\.kr)/'],
    resources: ['(?:^|//)[\\w.-]*makeshop\\.(?:jp|co\\.kr)/', '(?:^|//)[\\w.-]*makeshop-multi-images\\.akamaized\\.net/'],
    links: ['/shop/shopdetail\\.html\\?branduid=', '/view/item/\\d{12}'],
  },
  fixtures: {
    positive: [
      { html: '<img src="https://gigaplus.makeshop.jp/myshop/images/top.jpg"><a href="/view/item/000000000123">商品</a>' },
      { html: '<script src="//image.makeshop.co.kr/makeshop/d3/basic_simple/js/common.js"></script><a href="/shop/shopdetail.html?branduid=123456">상품</a>' },
    ],
    negative: [
      { html: '<a href="https://www.makeshop.jp/">MakeShopでネットショップ</a>' },
    ],
  },
});
