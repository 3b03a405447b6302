/**
 * The channel taxonomy, as data. Each channel knows its default RACE stage, media type and
 * funnel position; evidence kinds map onto channels with a base confidence. Changing what a
 * channel means is an edit here, never an `if` elsewhere.
 */
import type { ChannelId, FunnelStage, MediaType, RaceStage } from '../types';

export interface ChannelInfo {
  id: ChannelId;
  /** English label; the UI translates through i18n keys `channel_<id with _>`. */
  label: string;
  stage: RaceStage;
  media: MediaType;
  funnel: FunnelStage;
}

export const CHANNELS: readonly ChannelInfo[] = [
  { id: 'seo-content', label: 'SEO and content', stage: 'reach', media: 'owned', funnel: 'tofu' },
  { id: 'paid-search', label: 'Paid search', stage: 'reach', media: 'paid', funnel: 'bofu' },
  { id: 'paid-social', label: 'Paid social', stage: 'reach', media: 'paid', funnel: 'tofu' },
  { id: 'display-retargeting', label: 'Display and retargeting', stage: 'reach', media: 'paid', funnel: 'mofu' },
  { id: 'shopping-marketplaces', label: 'Shopping and marketplaces', stage: 'convert', media: 'paid', funnel: 'bofu' },
  { id: 'affiliate', label: 'Affiliate', stage: 'reach', media: 'paid', funnel: 'mofu' },
  { id: 'influencer', label: 'Influencer', stage: 'reach', media: 'earned', funnel: 'tofu' },
  { id: 'email-sms', label: 'Email and SMS', stage: 'engage', media: 'owned', funnel: 'mofu' },
  { id: 'organic-social', label: 'Organic social', stage: 'reach', media: 'owned', funnel: 'tofu' },
  { id: 'community', label: 'Community', stage: 'engage', media: 'earned', funnel: 'mofu' },
  { id: 'loyalty-referral', label: 'Loyalty and referral', stage: 'engage', media: 'owned', funnel: 'bofu' },
  { id: 'reviews', label: 'Reviews', stage: 'convert', media: 'earned', funnel: 'bofu' },
  { id: 'chat-messaging', label: 'Chat and messaging', stage: 'convert', media: 'owned', funnel: 'bofu' },
];

export const CHANNEL_BY_ID: ReadonlyMap<ChannelId, ChannelInfo> = new Map(CHANNELS.map((c) => [c.id, c]));

export const CHANNEL_IDS: readonly ChannelId[] = CHANNELS.map((c) => c.id);

/**
 * How much one kind of evidence says about a channel. A tracking pixel is strong proof a
 * competitor buys that channel; a link to a social profile is proof of organic presence.
 */
export type EvidenceKind =
  | 'technology'
  | 'social-link'
  | 'email-form'
  | 'campaign-url'
  | 'structured-data'
  | 'ad'
  | 'social-profile'
  | 'marketplace-link'
  | 'serp-organic';

export const EVIDENCE_WEIGHT: Readonly<Record<EvidenceKind, number>> = {
  technology: 0.8,
  'social-link': 0.7,
  'email-form': 0.75,
  'campaign-url': 0.95,
  'structured-data': 0.5,
  ad: 0.95,
  'social-profile': 0.9,
  'marketplace-link': 0.7,
  'serp-organic': 0.6,
};

/** Which channel a social platform link is evidence of, beyond organic social. */
export const SOCIAL_PLATFORM_CHANNEL: Readonly<Record<string, ChannelId>> = {
  whatsapp: 'chat-messaging',
  line: 'chat-messaging',
  zalo: 'chat-messaging',
  kakaotalk: 'chat-messaging',
  telegram: 'chat-messaging',
  discord: 'community',
  reddit: 'community',
  'naver-blog': 'seo-content',
};

/** The channel a click id (or a tool's tracking parameter) on the landing URL points at. */
export const CLICK_ID_CHANNEL: Readonly<Record<string, ChannelId>> = {
  yclid: 'paid-search', // Yandex Direct
  gad_source: 'paid-search', // Google Ads landing-page marker
  sccid: 'paid-social', // Snapchat
  ttd_id: 'display-retargeting', // The Trade Desk
  mc_cid: 'email-sms', // Mailchimp campaign
  mc_eid: 'email-sms',
  _kx: 'email-sms', // Klaviyo
  _hsenc: 'email-sms', // HubSpot e-mail
  srsltid: 'shopping-marketplaces', // Google Merchant Center listings
  gclid: 'paid-search',
  gbraid: 'paid-search',
  wbraid: 'paid-search',
  msclkid: 'paid-search',
  dclid: 'display-retargeting',
  fbclid: 'paid-social',
  ttclid: 'paid-social',
  li_fat_id: 'paid-social',
  twclid: 'paid-social',
  scclid: 'paid-social',
  epik: 'paid-social',
  rdt_cid: 'paid-social',
  irclickid: 'affiliate',
  awc: 'affiliate',
  cjevent: 'affiliate',
  ranmid: 'affiliate',
};
