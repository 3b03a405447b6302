/**
 * Technology categories as the UI names them (message keys `category_<id>`). Typed against the
 * signatures' TechCategory, so a new category fails to compile until it has a name here, and the
 * locale test checks every language has it.
 */
import type { TechCategory } from '../analyze/signatures/types';

export const TECH_CATEGORIES = Object.keys({
  'ecommerce-platform': 1,
  marketplace: 1,
  analytics: 1,
  'tag-manager': 1,
  advertising: 1,
  email: 1,
  sms: 1,
  'marketing-automation': 1,
  popup: 1,
  affiliate: 1,
  referral: 1,
  loyalty: 1,
  reviews: 1,
  ugc: 1,
  'live-chat': 1,
  messaging: 1,
  helpdesk: 1,
  cro: 1,
  personalisation: 1,
  'ab-testing': 1,
  'session-replay': 1,
  consent: 1,
  bnpl: 1,
  payments: 1,
  search: 1,
  cms: 1,
  push: 1,
  social: 1,
  influencer: 1,
  subscriptions: 1,
  feeds: 1,
} satisfies Record<TechCategory, 1>) as TechCategory[];
