/**
 * Venues: places where competitors appear but which are not competitors themselves — search
 * engines, ad libraries, social networks, marketplaces and publishers. A page clipped on one is
 * kept as a venue page; the ads and results on it are credited to the businesses they name.
 *
 * Data, not code. A row names either exact registrable domains (`domains`) or a brand that runs
 * one site per country (`brand`: the registrable domain without its public suffix, so
 * `google` covers google.de, google.co.uk, google.com.br…). Publishers cannot be listed
 * exhaustively; page-signals.ts also recognises an article page of a site with no commerce.
 */

export type VenueKind = 'search' | 'ad-library' | 'social' | 'marketplace' | 'publisher';

export interface VenueRow {
  kind: VenueKind;
  /** Registrable domains, lower case. */
  domains?: readonly string[];
  /** Brands with a site per country: matched against the registrable domain minus its suffix. */
  brands?: readonly string[];
}

export const VENUES: readonly VenueRow[] = [
  // Search engines, global and regional.
  { kind: 'search', brands: ['google', 'bing', 'yahoo', 'yandex', 'baidu', 'ecosia', 'qwant', 'startpage'] },
  {
    kind: 'search',
    domains: [
      'duckduckgo.com', 'naver.com', 'daum.net', 'coccoc.com', 'seznam.cz', 'ask.com', 'aol.com', 'brave.com',
      'sogou.com', 'so.com', 'sm.cn', 'yahoo.co.jp', 'goo.ne.jp', 'rambler.ru', 'mail.ru', 'onet.pl', 'wp.pl',
      'petalsearch.com', 'you.com', 'perplexity.ai', 'googleadservices.com', 'doubleclick.net',
    ],
  },
  // Ad libraries on their own domains (libraries on a network's own domain are found by path, below).
  { kind: 'ad-library', domains: ['adstransparency.google.com'] },
  // Social networks and messaging.
  {
    kind: 'social',
    domains: [
      'facebook.com', 'fb.com', 'fb.me', 'instagram.com', 'tiktok.com', 'youtube.com', 'youtu.be', 'x.com', 'twitter.com',
      'linkedin.com', 'pinterest.com', 'threads.net', 'threads.com', 'bsky.app', 'line.me', 'zalo.me', 'kakao.com',
      'whatsapp.com', 'wa.me', 'm.me', 'messenger.com', 't.me', 'telegram.me', 'telegram.org', 'snapchat.com', 'reddit.com',
      'tumblr.com', 'vk.com', 'ok.ru', 'weibo.com', 'douyin.com', 'xiaohongshu.com', 'quora.com', 'discord.com', 'twitch.tv',
      'dribbble.com', 'behance.net', 'mastodon.social', 'lemon8-app.com',
    ],
  },
  // Marketplaces, global and regional.
  { kind: 'marketplace', brands: ['amazon', 'ebay', 'shopee', 'lazada', 'rakuten', 'mercadolibre', 'mercadolivre', 'jumia', 'aliexpress', 'walmart', 'zalando', 'allegro', 'cdiscount', 'bol'] },
  {
    kind: 'marketplace',
    domains: [
      'tokopedia.com', 'bukalapak.com', 'blibli.com', 'tiki.vn', 'sendo.vn', 'coupang.com', 'gmarket.co.kr', '11st.co.kr',
      'auction.co.kr', 'ssg.com', 'noon.com', 'namshi.com', 'etsy.com', 'alibaba.com', 'temu.com', 'shein.com', 'wish.com',
      'taobao.com', 'tmall.com', 'jd.com', 'pinduoduo.com', 'flipkart.com', 'myntra.com', 'trendyol.com', 'ozon.ru',
      'wildberries.ru', 'otto.de', 'kaola.com', 'jd.id', 'zalora.com', 'konga.com', 'takealot.com', 'target.com',
      'bestbuy.com', 'newegg.com', 'wayfair.com', 'qoo10.com', 'qoo10.jp', 'qoo10.sg', 'mercari.com',
      'poshmark.com', 'depop.com', 'vinted.com', 'vinted.fr', 'carousell.com', 'kaidee.com',
    ],
  },
  // Publishers: a starting list of large ones; page-signals.ts recognises the rest by their pages.
  {
    kind: 'publisher',
    domains: [
      'wikipedia.org', 'medium.com', 'substack.com', 'nytimes.com', 'washingtonpost.com', 'wsj.com', 'theguardian.com',
      'bbc.co.uk', 'bbc.com', 'cnn.com', 'reuters.com', 'apnews.com', 'bloomberg.com', 'forbes.com', 'businessinsider.com',
      'huffpost.com', 'buzzfeed.com', 'theverge.com', 'techcrunch.com', 'wired.com', 'engadget.com', 'cnet.com',
      'usatoday.com', 'foxnews.com', 'nbcnews.com', 'cbsnews.com', 'latimes.com', 'independent.co.uk', 'telegraph.co.uk',
      'dailymail.co.uk', 'ft.com', 'economist.com', 'aljazeera.com', 'spiegel.de', 'bild.de', 'zeit.de', 'faz.net',
      'lemonde.fr', 'lefigaro.fr', 'elpais.com', 'elmundo.es', 'corriere.it', 'repubblica.it', 'nikkei.com', 'asahi.com',
      'yomiuri.co.jp', 'chosun.com', 'joongang.co.kr', 'donga.com', 'scmp.com', 'straitstimes.com', 'bangkokpost.com',
      'thairath.co.th', 'sanook.com', 'kapook.com', 'matichon.co.th', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn',
      'dantri.com.vn', 'zingnews.vn', 'kompas.com', 'detik.com', 'tribunnews.com', 'liputan6.com', 'rappler.com',
      'inquirer.net', 'thestar.com.my', 'ndtv.com', 'indiatimes.com', 'hindustantimes.com',
      'globo.com', 'clarin.com', 'abc.net.au', 'smh.com.au', 'news.com.au', 'msn.com', 'vox.com',
      'theatlantic.com', 'newyorker.com', 'time.com', 'vice.com', 'mashable.com', 'gizmodo.com', 'arstechnica.com',
    ],
  },
];

/** Paths on a network's own domain that are its ad library (the rest of the domain is a social venue). */
export const AD_LIBRARY_PATHS: readonly { domain: string; path: RegExp; host?: RegExp }[] = [
  { domain: 'facebook.com', path: /^\/ads\/library/ },
  { domain: 'google.com', host: /^adstransparency\./, path: /^\// },
  { domain: 'tiktok.com', host: /^(library|ads)\./, path: /^\// },
  { domain: 'linkedin.com', path: /^\/ad-library/ },
];
