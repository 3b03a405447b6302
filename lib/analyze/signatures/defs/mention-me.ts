import { defineSignature } from '../types';

/**
 * Mention Me referral tags are script elements on tag.mention-me.com/api/v2/… (referreroffer,
 * refereefind, dashboard) placed in an #mmWrapper container.
 */
export default defineSignature({
  id: 'mention-me',
  name: 'Mention Me',
  website: 'https://www.mention-me.com',
  categories: ['referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['tag(?:-demo)?\\.mention-me\\.com/api/'],
    inline: ['tag\\.mention-me\\.com/api/'],
    dom: ['#mmWrapper'],
  },
  docs: 'https://www.mention-me.com',
  fixtures: {
    positive: [
      {
        html: '<div id="mmWrapper"></div><script src="https://tag.mention-me.com/api/v2/referreroffer/mm1234abcd?situation=postpurchase&amp;email=a%40b.co"></script>',
      },
    ],
    negative: [{ html: '<p>Did we get a mention? <a href="https://twitter.com/mentions">@mention me</a></p>' }],
  },
});
