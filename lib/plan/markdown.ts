/**
 * The Markdown plan. Reach is written out in full — situation and competitive landscape, target
 * audience, chosen channels with budget, KPIs and evidence links — and Act, Convert and Engage
 * are seeded from what competitors do. All words come from the message bundles, so the plan is
 * in the user's language; captured text is escaped so it cannot inject Markdown links or tables.
 */
import type { I18n } from '../i18n';
import { channelKey, factorKey, goalKey, kpiKey, metricKey, pestleKey, seedKey, themeKey } from '../i18n/keys';
import type { PlanInput } from './plan-input';
import { PESTLE_KEYS } from './settings';
import type { Seed } from './seeds';
import type { ChannelScore, KpiLine } from './scoring';
import type { Benchmark } from './benchmarks';
import type { Estimate, FigureSource } from './estimate';
import { inCurrency } from './fx';
import { draftNotice, reasonText } from './reason-text';
import type { Id } from './model';
import { TOP_ORGANIC } from './search-landscape';
import { proposedConvention, type CompetitorUtm, type UtmField } from './campaign-tracking';

/** Escape Markdown syntax in captured text; keep it on one line. */
export function mdText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}

/** Only http(s) URLs become links; anything else is shown as escaped text. */
export function mdLink(label: string, url: string | null | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return mdText(label);
  return `[${mdText(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function renderMarkdownPlan(p: PlanInput, i: I18n, now: Date = new Date()): string {
  const { t } = i;
  const out: string[] = [`# ${t('md_title')}`, '', `_${t('md_generated', i.dateTime(now))}_`, ''];
  // A plan on assumed values says so before anything else a reader might act on.
  if (p.recommendation.draft) out.push(`> **${draftNotice(p.recommendation.missing, i)}**`, '');
  out.push(`## ${t('md_plan')}`, '', ...landscapeSection(p, i), '', ...pestleSection(p, i), '', ...goalsSection(p, i), '');
  out.push(`## ${t('md_reach')}`, '', ...audienceSection(p, i), '', ...channelsSection(p, i), '', ...keywordSection(p, i), '', ...trackingSection(p, i, now), '');
  for (const stage of ['act', 'convert', 'engage'] as const) out.push(`## ${t(`md_${stage}`)}`, '', ...seedLines(p.seeds.filter((s) => s.stage === stage), i), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function landscapeSection(p: PlanInput, i: I18n): string[] {
  const { t } = i;
  const rows = p.landscape.map((r) => [
    mdText(r.name) + (r.own ? ` (${t('competitor_own')})` : ''),
    i.number(r.clips),
    r.channels.map((c) => t(channelKey(c))).join(', ') || '—',
    r.followers > 0 ? i.number(r.followers) : t('unknown'),
    i.number(r.ads),
    r.medianPrice === null ? '—' : i.money(r.medianPrice, r.currency),
  ]);
  const head = ['landscape_col_competitor', 'landscape_col_clips', 'landscape_col_channels', 'landscape_col_followers', 'landscape_col_ads', 'landscape_col_price'].map((k) => t(k));
  return [`### ${t('md_landscape')}`, '', rows.length ? table(head, rows) : t('md_none'), ...notesLines(p, i)];
}

const SWOT_PARTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

/** The user's notes and SWOT of each competitor that has some, under the landscape table. */
function notesLines(p: PlanInput, i: I18n): string[] {
  const out: string[] = [];
  for (const c of p.data.competitors) {
    const n = p.settings.notes[String(c.id)];
    if (!n) continue;
    const parts = SWOT_PARTS.filter((k) => n.swot?.[k]?.trim()).map((k) => `- **${i.t(`swot_${k}`)}:** ${mdText(n.swot[k])}`);
    if (!n.notes?.trim() && !parts.length) continue;
    out.push('', `#### ${mdText(c.name)} — ${i.t('profile_swot')}`, '');
    if (n.notes?.trim()) out.push(mdText(n.notes), '');
    out.push(...parts);
  }
  return out;
}

function pestleSection(p: PlanInput, i: I18n): string[] {
  const lines = PESTLE_KEYS.map((k) => `- **${i.t(pestleKey(k))}:** ${mdText(p.settings.pestle[k]) || '—'}`);
  return [`### ${i.t('md_pestle')}`, '', ...lines];
}

function goalsSection(p: PlanInput, i: I18n): string[] {
  const { t } = i;
  const rows = p.benchmarks.map((b) => {
    const goal = p.settings.goals[b.id];
    const fmt = (v: number) => benchmarkValue(b, v, p, i);
    return [t(channelKey(b.channel)), t(metricKey(b.metric)), fmt(b.value), Number.isFinite(goal) ? fmt(goal) : '—', mdLink(sourceLabel(b, i), b.source.url)];
  });
  const head = ['bench_channel', 'bench_metric', 'bench_value', 'bench_goal', 'bench_source'].map((k) => t(k));
  return [`### ${t('md_goals')}`, '', table(head, rows)];
}

function audienceSection(p: PlanInput, i: I18n): string[] {
  const { t } = i;
  const a = p.context.audience;
  return [
    `### ${t('md_audience')}`,
    '',
    mdText(a.description) || t('md_no_audience'),
    '',
    `- ${t('ctx_age')}: ${t(`age_${a.age}`)}`,
    `- ${t('ctx_buyer')}: ${t(`buyer_${a.buyer}`)}`,
    `- ${t('ctx_purchase')}: ${t(`purchase_${a.purchase}`)}`,
    `- ${t('ctx_goals')}: ${p.context.goals.map((g) => t(goalKey(g))).join(', ') || '—'}`,
    `- ${t('ctx_budget')}: ${i.money(p.context.monthlyBudget, p.context.currency)}${p.recommendation.missing.includes('budget') ? ` (${t('ctx_assumed')})` : ''}`,
  ];
}

function channelsSection(p: PlanInput, i: I18n): string[] {
  const { t } = i;
  const rec = p.recommendation;
  const out = [`### ${t('md_channels')}`, ''];
  for (const s of rec.focus) out.push(...focusChannel(s, p, i), '');
  const budgetRows = rec.budget.map((b) => [b.channel === 'reserve' ? t('reach_reserve') : t(channelKey(b.channel)), i.money(b.amount, rec.currency), i.percent(b.share)]);
  out.push(`### ${t('md_budget')}`, '', table([t('bench_channel'), t('md_amount'), t('md_share')], budgetRows), '');
  out.push(`### ${t('reach_scores')}`, '', table([t('bench_channel'), ...(['audience', 'presence', 'cost', 'team', 'funnel'] as const).map((f) => t(factorKey(f))), t('reach_total')], rec.ranked.map((s) => [t(channelKey(s.channel)), ...Object.values(s.factors).map((v) => i.number(v)), i.number(s.total)])));
  return out;
}

function focusChannel(s: ChannelScore, p: PlanInput, i: I18n): string[] {
  const { t } = i;
  const budget = p.recommendation.budget.find((b) => b.channel === s.channel);
  const kpis = p.recommendation.kpis.find((k) => k.channel === s.channel)?.kpis ?? [];
  const pillars = p.pillars.find((x) => x.channel === s.channel);
  const out = [`#### ${t(channelKey(s.channel))} — ${t('reach_total')} ${i.number(s.total)}`, '', `**${t('md_reasons')}**`, ''];
  out.push(...s.reasons.map((r) => `- ${reasonText(r, i)}`), '');
  if (budget) out.push(`**${t('md_budget')}:** ${i.money(budget.amount, p.recommendation.currency)} (${i.percent(budget.share)})`, '');
  const est = p.recommendation.estimates.find((e) => e.channel === s.channel);
  if (est) out.push(`**${t('reach_estimate')}:** ${estimateText(est, i)}`, '');
  out.push(`**${t('md_kpis')}**`, '', ...kpis.map((k) => `- ${kpiText(k, p, i)}`), '');
  if (pillars) {
    out.push(`**${t('md_pillars')}**`, '');
    for (const pl of pillars.used.slice(0, 4)) out.push(`- ${t(themeKey(pl.theme))} — ${i.tn('pillars_used_by', pl.competitors, i.number(pl.competitors))}: ${pl.examples.map((e) => `“${mdText(e.text)}”`).join('; ')}`);
    if (pillars.unclaimed.length) out.push(`- ${t('pillars_unclaimed')}: ${pillars.unclaimed.map((th) => t(themeKey(th))).join(', ')}`);
    out.push('');
  }
  out.push(`**${t('md_evidence')}**`, '');
  const ev = s.evidence.slice(0, 6).flatMap((e) => e.evidence.slice(0, 2).map((c) => `- ${mdText(e.competitorName)}: ${mdLink(c.url, c.url)} — ${i.date(c.capturedAt)} — ${c.evidence.slice(0, 3).map((x) => mdText(x.value)).join(', ')}`));
  out.push(...(ev.length ? ev : [t('reason_presence_none')]));
  return out;
}

/** Keyword strengths, paid and organic, from the search landscape; then the queries where the user is absent. */
function keywordSection(p: PlanInput, i: I18n): string[] {
  const { t } = i;
  const land = p.search;
  const out = [`### ${t('md_keywords')}`, ''];
  if (!land.queries.length) return [...out, t('searches_none')];
  out.push(t('searches_landscape_note', i.number(land.queries.length), i.number(TOP_ORGANIC)), '');
  const strongest = (id: Id) =>
    land.queries
      .flatMap((q) => {
        const rank = q.organic.find((r) => r.competitorId === id && r.rank <= TOP_ORGANIC)?.rank;
        const paid = q.paid.some((a) => a.competitorId === id);
        return rank || paid ? [`“${mdText(q.query)}” ${[rank ? `#${rank}` : null, paid ? t('searches_gap_paid') : null].filter(Boolean).join(' + ')}`] : [];
      })
      .slice(0, 5)
      .join('; ');
  const rows = land.share.map((s) => [
    mdText(s.name) + (s.own ? ` (${t('competitor_own')})` : ''),
    t('searches_share_of', i.number(s.organicQueries), i.number(s.queries)),
    s.bestRank === null ? '—' : `#${s.bestRank}`,
    t('searches_share_of', i.number(s.paidQueries), i.number(s.queries)),
    strongest(s.competitorId) || '—',
  ]);
  const head = [t('landscape_col_competitor'), t('searches_share_organic', i.number(TOP_ORGANIC)), t('searches_best_rank'), t('searches_share_paid'), t('md_keywords_strongest')];
  out.push(rows.length ? table(head, rows) : t('searches_share_none'), '', `**${t('searches_gaps_title')}**`, '');
  if (!land.hasOwnBrand) return [...out, t('searches_gaps_need_own')];
  const names = new Map(p.data.competitors.map((c) => [c.id, c.name]));
  const gaps = land.gaps.map((g) => `- “${mdText(g.query)}” (${mdText(g.engine)}): ${mdText(names.get(g.competitorId) ?? '')} — ${[g.organicRank === null ? null : t('searches_gap_organic', String(g.organicRank)), g.paid ? t('searches_gap_paid') : null].filter(Boolean).join(', ')}`);
  return [...out, ...(gaps.length ? gaps : [t('searches_gaps_none')])];
}

/** Campaign tracking: the UTM conventions seen, the one proposed, and the tags the own site lacks. */
function trackingSection(p: PlanInput, i: I18n, now: Date): string[] {
  const { t } = i;
  const names = new Map(p.data.competitors.map((c) => [c.id, c.name]));
  const out = [`### ${t('md_tracking')}`, '', `**${t('md_tracking_seen')}**`, ''];
  const values = (u: CompetitorUtm, f: UtmField) => (u.fields[f] ?? []).map((v) => `${mdText(v.value)} (${i.number(v.count)})`).join(', ') || '—';
  if (p.utm.length) {
    const head = [t('landscape_col_competitor'), t('md_tracking_samples'), 'utm_source', 'utm_medium', 'utm_campaign', t('md_tracking_style')];
    const style = (u: CompetitorUtm) => [u.separator === null ? null : u.separator === 'mixed' ? t('md_tracking_mixed') : `“${u.separator}”`, u.lowercase ? t('md_tracking_lower') : t('md_tracking_mixed_case')].filter(Boolean).join(', ');
    out.push(table(head, p.utm.map((u) => [mdText(names.get(u.competitorId) ?? ''), i.number(u.samples), values(u, 'utm_source'), values(u, 'utm_medium'), values(u, 'utm_campaign'), style(u)])));
  } else out.push(t('md_tracking_none'));
  const channels = p.recommendation.focus.map((f) => f.channel);
  const proposed = proposedConvention(channels.length ? channels : ['paid-search'], p.context.market.country.trim() || null, p.context.goals[0] ? t(goalKey(p.context.goals[0])) : null, now);
  out.push('', `**${t('md_tracking_proposed')}**`, '', t('md_tracking_rule'), '');
  out.push(table([t('bench_channel'), 'utm_source', 'utm_medium', 'utm_campaign'], proposed.map((r) => [t(channelKey(r.channel)), `\`${r.source}\``, `\`${r.medium}\``, `\`${r.campaign}\``])));
  out.push('', `**${t('md_tracking_missing')}**`, '');
  const ownClipped = p.data.observations.some((o) => p.data.competitors.some((c) => c.own && c.id === o.competitorId));
  if (!ownClipped) out.push(t('md_tracking_missing_unknown'));
  else if (!p.missingTags.length) out.push(t('md_tracking_missing_none'));
  else for (const m of p.missingTags) out.push(`- ${mdText(m.name)} — ${m.channels.map((c) => t(channelKey(c))).join(', ') || '—'} — ${t('md_tracking_seen_on', m.competitorIds.map((id) => mdText(names.get(id) ?? '')).join(', '))}`);
  return out;
}

function seedLines(seeds: Seed[], i: I18n): string[] {
  if (!seeds.length) return [i.t('md_none')];
  return seeds.map((s) => `- ${i.t(seedKey(s.topic), mdText(s.competitorName), mdText(s.detail))} — ${mdLink(s.url, s.url)}`);
}

/** Clicks and sales a month with the figures behind them and where each came from, or what is missing for an estimate. */
export function estimateText(e: Estimate, i: I18n): string {
  if (e.clicks === null || e.sales === null || !e.cpc || e.conversionRate === null) return i.t('reach_estimate_missing');
  const from = (s: FigureSource | null) => (s === 'own' || s === null ? i.t('bench_yours') : sourceLabel(s, i));
  const sources = [...new Set([from(e.cpcSource), from(e.cvrSource)])].join('; ');
  return `${i.t('reach_estimate_line', i.number(e.clicks, 0), i.number(e.sales, 0), i.money(e.cpc.amount, e.cpc.currency), `${i.number(e.conversionRate)} %`)} — ${sources}`;
}

/** A benchmark figure: percentages as they are, money in the user's currency with the published USD beside it. */
export function benchmarkValue(b: Benchmark, v: number, p: Pick<PlanInput, 'context'>, i: I18n): string {
  if (b.unit === '%') return `${i.number(v)} %`;
  const m = inCurrency(v, p.context.currency, p.context.usdPerUnit);
  return m.currency === 'USD' ? i.money(v, 'USD') : `${i.money(m.amount, m.currency)} (${i.money(v, 'USD')})`;
}

/** "WordStream, … — 2019, US": who, when and where a figure was measured. */
export function sourceLabel(b: Benchmark, i: I18n): string {
  return i.t('bench_source_label', b.source.name, String(b.source.year), b.source.region === 'global' ? i.t('region_global') : regionName(b.source.region, i.locale));
}

function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function kpiText(k: KpiLine, p: PlanInput, i: I18n): string {
  const name = i.t(kpiKey(k.kpi));
  return k.benchmark ? `${name} — ${i.t('reach_benchmark', benchmarkValue(k.benchmark, k.benchmark.value, p, i), sourceLabel(k.benchmark, i))}` : name;
}
