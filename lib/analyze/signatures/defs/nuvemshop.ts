import { defineSignature } from '../types';

/** Nuvemshop / Tiendanube (Latin America) hosted stores. */
export default defineSignature({
  id: 'nuvemshop',
  name: 'Nuvemshop (Tiendanube)',
  website: 'https://www.nuvemshop.com.br/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['d26lpennugtm8s\\.cloudfront\\.net/', 'dcdn-us\\.mitiendanube\\.com/', '(?:^|//)[\\w.-]*mitiendanube\\.com/'],
    resources: ['(?:^|//)[\\w.-]*mitiendanube\\.com/', '(?:^|//)[\\w.-]*nuvemshop\\.com\\.br/stores/', 'd26lpennugtm8s\\.cloudfront\\.net/'],
    inline: ['\\bLS\\.store\\s*=\\s*\\{', '\\bLS\\.cart\\s*=\\s*\\{'],
  },
  fixtures: {
    positive: [
      { html: '<link rel="stylesheet" href="https://dcdn-us.mitiendanube.com/stores/001/234/567/themes/amazonas/css/style.css"><script>LS.store = {"id": 1234567};</script>' },
    ],
    negative: [
      { html: '<a href="https://www.nuvemshop.com.br/">Crie sua loja com Nuvemshop</a>' },
    ],
  },
});
