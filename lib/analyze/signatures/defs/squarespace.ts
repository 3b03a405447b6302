import { defineSignature } from '../types';

export default defineSignature({
  id: 'squarespace',
  name: 'Squarespace',
  website: 'https://www.squarespace.com/',
  categories: ['ecommerce-platform', 'cms'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:static1|assets)\\.squarespace\\.com/'],
    resources: ['(?:static1|assets)\\.squarespace\\.com/'],
    inline: ['Static\\.SQUARESPACE_CONTEXT\\s*='],
    globals: ['Squarespace'],
  },
  fixtures: {
    positive: [
      { html: '<script src="https://assets.squarespace.com/universal/scripts-compressed/common-abc.js"></script><script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"x"}};</script>' },
    ],
    negative: [
      { html: '<a href="https://www.squarespace.com/">Squarespace</a><img src="https://images.squarespace-cdn.com/content/v1/abc/photo.jpg">' },
    ],
  },
});
