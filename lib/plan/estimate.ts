/**
 * What a budget line buys in a month: clicks = spend ÷ cost per click, sales = clicks ×
 * conversion rate. Each figure is the user's own when entered (cost per click in the budget's
 * currency), else the benchmark table's (its USD cost per click converted to the budget's
 * currency). A figure that is neither entered nor published — or a USD figure that cannot be
 * converted because the currency has no known rate — leaves clicks and sales unestimated and says
 * which figure is missing, rather than guessing.
 */
import type { ChannelId } from '../analyze/types';
import { benchmarksFor, type Benchmark } from './benchmarks';
import { inCurrency, type Money } from './fx';

/** The user's own figures for one channel: cost per click in the budget currency, conversion rate in percent. */
export interface OwnFigures {
  cpc?: number;
  cvr?: number;
}

/** Where a figure came from: a benchmark row, or the user. */
export type FigureSource = Benchmark | 'own';

export interface Estimate {
  channel: ChannelId;
  spend: Money;
  /** Cost per click in the budget's currency, or null when none is known. */
  cpc: Money | null;
  cpcSource: FigureSource | null;
  /** Percent (3.75 = 3.75 %), or null when none is known. */
  conversionRate: number | null;
  cvrSource: FigureSource | null;
  clicks: number | null;
  sales: number | null;
}

interface BudgetLineLike {
  channel: ChannelId | 'reserve';
  amount: number;
}

const positive = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

export function estimateMonth(lines: readonly BudgetLineLike[], benchmarks: readonly Benchmark[], currency: string, rate?: number | null, own: Readonly<Record<string, OwnFigures>> = {}): Estimate[] {
  const cur = currency.toUpperCase();
  const out: Estimate[] = [];
  for (const line of lines) {
    if (line.channel === 'reserve' || line.amount <= 0) continue;
    const mine = own[line.channel] ?? {};
    const table = benchmarksFor(line.channel, benchmarks);
    const cpcB = table.find((b) => b.metric === 'cpc' && b.value > 0);
    const cvrB = table.find((b) => b.metric === 'conversionRate' && b.value > 0);
    let cpc: Money | null = null;
    let cpcSource: FigureSource | null = null;
    if (positive(mine.cpc)) [cpc, cpcSource] = [{ amount: mine.cpc, currency: cur }, 'own'];
    else if (cpcB) {
      const converted = inCurrency(cpcB.value, cur, rate);
      // A budget in a currency with no known rate cannot be divided by a USD cost per click.
      if (converted.currency === cur) [cpc, cpcSource] = [converted, cpcB];
    }
    const [conversionRate, cvrSource]: [number | null, FigureSource | null] = positive(mine.cvr) ? [mine.cvr, 'own'] : cvrB ? [cvrB.value, cvrB] : [null, null];
    const clicks = cpc ? Math.floor(line.amount / cpc.amount) : null;
    out.push({
      channel: line.channel,
      spend: { amount: line.amount, currency: cur },
      cpc,
      cpcSource,
      conversionRate,
      cvrSource,
      clicks,
      sales: clicks !== null && conversionRate !== null ? Math.floor((clicks * conversionRate) / 100) : null,
    });
  }
  return out;
}
