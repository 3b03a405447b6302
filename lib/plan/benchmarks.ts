/**
 * Typical channel figures to set goals against, as data. Every figure names its source; the
 * user may override any value (stored in settings, applied with `withOverrides`). Figures are
 * published averages across advertisers — a starting point, not a promise — and each says the
 * year and the region it was measured in, so a reader in another market can weigh it.
 */
import type { ChannelId } from '../analyze/types';

export type BenchmarkMetric = 'ctr' | 'cpc' | 'conversionRate' | 'emailOpenRate' | 'emailClickRate';

export interface Benchmark {
  /** Stable id, used for user overrides. */
  id: string;
  channel: ChannelId;
  metric: BenchmarkMetric;
  /** Percentages as percent (3.17 = 3.17 %); CPC in `unit`. */
  value: number;
  unit: '%' | 'USD';
  /** Who published the figure, and where. */
  source: { name: string; url: string; year: number; region: string; note?: string };
}

const WORDSTREAM_GOOGLE = {
  name: 'WordStream, Google Ads benchmarks (all industries, US accounts)',
  url: 'https://www.wordstream.com/blog/ws/2016/02/29/google-adwords-industry-benchmarks',
  year: 2019,
  region: 'US',
};
const WORDSTREAM_FACEBOOK = {
  name: 'WordStream, Facebook Ads benchmarks (retail)',
  url: 'https://www.wordstream.com/blog/ws/2017/02/28/facebook-advertising-benchmarks',
  year: 2017,
  region: 'US',
};
const MAILCHIMP = {
  name: 'Mailchimp, email marketing benchmarks (e-commerce)',
  url: 'https://mailchimp.com/resources/email-marketing-benchmarks/',
  year: 2019,
  region: 'global',
};

export const BENCHMARKS: readonly Benchmark[] = [
  { id: 'paid-search.ctr', channel: 'paid-search', metric: 'ctr', value: 3.17, unit: '%', source: WORDSTREAM_GOOGLE },
  { id: 'paid-search.cpc', channel: 'paid-search', metric: 'cpc', value: 2.69, unit: 'USD', source: WORDSTREAM_GOOGLE },
  { id: 'paid-search.cvr', channel: 'paid-search', metric: 'conversionRate', value: 3.75, unit: '%', source: WORDSTREAM_GOOGLE },
  { id: 'display.ctr', channel: 'display-retargeting', metric: 'ctr', value: 0.46, unit: '%', source: WORDSTREAM_GOOGLE },
  { id: 'display.cpc', channel: 'display-retargeting', metric: 'cpc', value: 0.63, unit: 'USD', source: WORDSTREAM_GOOGLE },
  { id: 'display.cvr', channel: 'display-retargeting', metric: 'conversionRate', value: 0.77, unit: '%', source: WORDSTREAM_GOOGLE },
  { id: 'paid-social.ctr', channel: 'paid-social', metric: 'ctr', value: 1.59, unit: '%', source: WORDSTREAM_FACEBOOK },
  { id: 'paid-social.cpc', channel: 'paid-social', metric: 'cpc', value: 0.7, unit: 'USD', source: WORDSTREAM_FACEBOOK },
  { id: 'paid-social.cvr', channel: 'paid-social', metric: 'conversionRate', value: 3.26, unit: '%', source: WORDSTREAM_FACEBOOK },
  { id: 'email.open', channel: 'email-sms', metric: 'emailOpenRate', value: 15.68, unit: '%', source: MAILCHIMP },
  { id: 'email.click', channel: 'email-sms', metric: 'emailClickRate', value: 2.01, unit: '%', source: MAILCHIMP },
];

/** The table with the user's edited values in place of the published ones. */
export function withOverrides(overrides: Readonly<Record<string, number>> = {}, table: readonly Benchmark[] = BENCHMARKS): Benchmark[] {
  return table.map((b) => (Number.isFinite(overrides[b.id]) ? { ...b, value: overrides[b.id], source: { ...b.source, note: 'edited' } } : b));
}

export function benchmarksFor(channel: ChannelId, table: readonly Benchmark[] = BENCHMARKS): Benchmark[] {
  return table.filter((b) => b.channel === channel);
}
