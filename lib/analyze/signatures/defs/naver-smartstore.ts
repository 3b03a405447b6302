import { defineSignature } from '../types';

/** A link to the shop's Naver Smart Store (Korea): smartstore.naver.com/<store>. */
export default defineSignature({
  id: 'naver-smartstore',
  name: 'Naver Smart Store',
  website: 'https://sell.smartstore.naver.com/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: ['(?:m\\.)?smartstore\\.naver\\.com/(?!(?:main|search|category)(?:[/?#]|$))[\\w-]{2,}', '(?:m\\.)?brand\\.naver\\.com/(?!(?:search|main)(?:[/?#]|$))[\\w-]{2,}', 'naver\\.me/[\\w]+'],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://smartstore.naver.com/myshop">네이버 스마트스토어</a>' },
    ],
    negative: [
      { html: '<a href="https://sell.smartstore.naver.com/#/home/about">스마트스토어 시작하기</a><a href="https://search.shopping.naver.com/search/all?query=mug">search</a>' },
    ],
  },
});
