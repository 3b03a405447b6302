/**
 * What a budget line buys in a month: clicks = spend ÷ cost per click, sales = clicks ×
 * conversion rate, from the benchmark table (with the user's own figures where entered). A
 * channel without both figures gets no estimate rather than a guess. Cost per click is a USD
 * figure in the table; it is converted to the budget's currency before dividing (no estimate
 * when the currency has no known rate and the user gave none).
 */
import type { ChannelId } from '../analyze/types';
import { benchmarksFor, type Benchmark } from './benchmarks';
import { inCurrency, type Money } from './fx';

export interface Estimate {
  channel: ChannelId;
  spend: Money;
  /** Cost per click in the budget's currency. */
  cpc: Money;
  /** Percent (3.75 = 3.75 %). */
  conversionRate: number;
  clicks: number;
  sales: number;
  sources: Benchmark[];
}

interface BudgetLineLike {
  channel: ChannelId | 'reserve';
  amount: number;
}

export function estimateMonth(lines: readonly BudgetLineLike[], benchmarks: readonly Benchmark[], currency: string, rate?: number | null): Estimate[] {
  const out: Estimate[] = [];
  for (const line of lines) {
    if (line.channel === 'reserve' || line.amount <= 0) continue;
    const mine = benchmarksFor(line.channel, benchmarks);
    const cpcB = mine.find((b) => b.metric === 'cpc');
    const cvrB = mine.find((b) => b.metric === 'conversionRate');
    if (!cpcB || !cvrB || cpcB.value <= 0) continue;
    const cpc = inCurrency(cpcB.value, currency, rate);
    // A budget in a currency with no known rate cannot be divided by a USD cost per click.
    if (cpc.currency !== currency.toUpperCase()) continue;
    const clicks = Math.floor(line.amount / cpc.amount);
    out.push({
      channel: line.channel,
      spend: { amount: line.amount, currency: currency.toUpperCase() },
      cpc,
      conversionRate: cvrB.value,
      clicks,
      sales: Math.floor((clicks * cvrB.value) / 100),
      sources: [cpcB, cvrB],
    });
  }
  return out;
}
