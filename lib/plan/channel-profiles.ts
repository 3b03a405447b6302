/**
 * What running each channel asks of a small shop, as data: the skills it needs, the hours a
 * week it takes to run it properly, the monthly spend below which a paid test says little, how
 * well it reaches each kind of audience, and the KPIs to watch. Scoring reads this table; a
 * change of opinion about a channel is an edit here.
 */
import type { ChannelId } from '../analyze/types';

export type Skill = 'writing' | 'visual' | 'ads' | 'analytics' | 'community' | 'crm';
export const SKILLS: readonly Skill[] = ['writing', 'visual', 'ads', 'analytics', 'community', 'crm'];

export type AudienceAge = 'young' | 'adult' | 'mature';
export type AudienceBuyer = 'b2c' | 'b2b';
export type AudiencePurchase = 'impulse' | 'considered';

export type KpiId =
  | 'impressions'
  | 'ctr'
  | 'cpc'
  | 'conversionRate'
  | 'roas'
  | 'cpa'
  | 'organicSessions'
  | 'rankings'
  | 'followers'
  | 'engagementRate'
  | 'emailOpenRate'
  | 'emailClickRate'
  | 'listGrowth'
  | 'repeatPurchaseRate'
  | 'reviewCount'
  | 'averageRating'
  | 'responseTime'
  | 'affiliateSales'
  | 'reach';

export interface ChannelProfile {
  channel: ChannelId;
  skills: Skill[];
  hoursPerWeek: number;
  /** 0 for channels that cost time rather than media spend. */
  minMonthlyBudgetUsd: number;
  /** 0..1 reach of each audience trait. */
  fit: Record<AudienceAge | AudienceBuyer | AudiencePurchase, number>;
  kpis: KpiId[];
}

const fit = (young: number, adult: number, mature: number, b2c: number, b2b: number, impulse: number, considered: number) => ({
  young,
  adult,
  mature,
  b2c,
  b2b,
  impulse,
  considered,
});

export const CHANNEL_PROFILES: readonly ChannelProfile[] = [
  { channel: 'seo-content', skills: ['writing', 'analytics'], hoursPerWeek: 8, minMonthlyBudgetUsd: 0, fit: fit(0.6, 0.9, 0.8, 0.8, 0.9, 0.5, 1), kpis: ['organicSessions', 'rankings', 'conversionRate'] },
  { channel: 'paid-search', skills: ['ads', 'analytics', 'writing'], hoursPerWeek: 3, minMonthlyBudgetUsd: 300, fit: fit(0.6, 0.9, 0.9, 0.9, 0.9, 0.8, 1), kpis: ['ctr', 'cpc', 'conversionRate', 'roas'] },
  { channel: 'paid-social', skills: ['ads', 'visual'], hoursPerWeek: 4, minMonthlyBudgetUsd: 200, fit: fit(1, 0.8, 0.6, 1, 0.5, 1, 0.6), kpis: ['reach', 'ctr', 'cpc', 'conversionRate', 'roas'] },
  { channel: 'display-retargeting', skills: ['ads', 'visual', 'analytics'], hoursPerWeek: 2, minMonthlyBudgetUsd: 150, fit: fit(0.7, 0.8, 0.7, 0.8, 0.7, 0.7, 0.8), kpis: ['ctr', 'cpc', 'conversionRate', 'cpa'] },
  { channel: 'shopping-marketplaces', skills: ['ads', 'analytics'], hoursPerWeek: 5, minMonthlyBudgetUsd: 200, fit: fit(0.9, 0.9, 0.7, 1, 0.3, 1, 0.7), kpis: ['ctr', 'conversionRate', 'roas', 'reviewCount'] },
  { channel: 'affiliate', skills: ['crm', 'analytics'], hoursPerWeek: 3, minMonthlyBudgetUsd: 100, fit: fit(0.7, 0.9, 0.7, 0.9, 0.6, 0.7, 0.9), kpis: ['affiliateSales', 'conversionRate', 'cpa'] },
  { channel: 'influencer', skills: ['community', 'visual'], hoursPerWeek: 4, minMonthlyBudgetUsd: 150, fit: fit(1, 0.7, 0.4, 1, 0.4, 1, 0.6), kpis: ['reach', 'engagementRate', 'conversionRate'] },
  { channel: 'email-sms', skills: ['writing', 'crm'], hoursPerWeek: 3, minMonthlyBudgetUsd: 0, fit: fit(0.6, 0.9, 1, 0.9, 0.9, 0.7, 0.9), kpis: ['listGrowth', 'emailOpenRate', 'emailClickRate', 'repeatPurchaseRate'] },
  { channel: 'organic-social', skills: ['visual', 'community', 'writing'], hoursPerWeek: 6, minMonthlyBudgetUsd: 0, fit: fit(1, 0.8, 0.5, 1, 0.6, 0.9, 0.6), kpis: ['followers', 'engagementRate', 'reach'] },
  { channel: 'community', skills: ['community', 'writing'], hoursPerWeek: 5, minMonthlyBudgetUsd: 0, fit: fit(0.9, 0.7, 0.5, 0.8, 0.7, 0.4, 0.9), kpis: ['engagementRate', 'followers', 'repeatPurchaseRate'] },
  { channel: 'loyalty-referral', skills: ['crm', 'analytics'], hoursPerWeek: 2, minMonthlyBudgetUsd: 50, fit: fit(0.7, 0.9, 0.9, 1, 0.5, 0.8, 0.8), kpis: ['repeatPurchaseRate', 'conversionRate'] },
  { channel: 'reviews', skills: ['crm', 'community'], hoursPerWeek: 2, minMonthlyBudgetUsd: 0, fit: fit(0.8, 0.9, 0.9, 1, 0.7, 0.7, 1), kpis: ['reviewCount', 'averageRating', 'conversionRate'] },
  { channel: 'chat-messaging', skills: ['community', 'crm'], hoursPerWeek: 6, minMonthlyBudgetUsd: 0, fit: fit(0.9, 0.9, 0.7, 1, 0.8, 0.8, 0.9), kpis: ['responseTime', 'conversionRate'] },
];

export const PROFILE_BY_CHANNEL: ReadonlyMap<ChannelId, ChannelProfile> = new Map(CHANNEL_PROFILES.map((p) => [p.channel, p]));
