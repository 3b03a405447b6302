/**
 * The five locales are complete and consistent: same keys, same placeholders, real
 * translations; every key the code asks for exists, including the families built from data
 * (channels, KPIs, themes, evidence sources…); t() substitutes like chrome.i18n does.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, LOCALES, PLURAL_SEPARATOR, format, makeT, makeTn, makeFormatters, resolveLocale, dirOf } from '../../lib/i18n';
import * as keys from '../../lib/i18n/keys';
import { CHANNEL_IDS, CHANNELS } from '../../lib/analyze/channels/taxonomy';
import { CHANNEL_PROFILES, SKILLS } from '../../lib/plan/channel-profiles';
import { THEMES } from '../../lib/plan/themes';
import { TECH_CATEGORIES } from '../../lib/i18n/categories';
import { FACTORS, GOALS } from '../../lib/plan/context';
import { BENCHMARKS } from '../../lib/plan/benchmarks';
import { PESTLE_KEYS } from '../../lib/plan/settings';

const en = BUNDLES.en;
const isVariant = (k: string) => k.includes(PLURAL_SEPARATOR);
/** The keys every language has; plural variants (`key__one`) depend on the language. */
const enKeys = Object.keys(en).filter((k) => !isVariant(k)).sort();
const placeholdersOf = (m: { message: string; placeholders?: Record<string, { content: string }> }) => ({
  used: [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1].toLowerCase()).sort(),
  declared: Object.entries(m.placeholders ?? {}).map(([k, v]) => `${k.toLowerCase()}=${v.content}`).sort(),
});

describe('locale files', () => {
  it('has all five bundles with the keys wxt.config.ts uses', () => {
    for (const l of LOCALES) {
      expect(Object.keys(BUNDLES[l]).length, l).toBeGreaterThan(100);
      for (const k of ['extName', 'extDescription', 'actionTitle', 'commandClip', 'commandPickAd', 'menuClip', 'menuPickAd']) expect(BUNDLES[l][k]?.message, `${l}.${k}`).toBeTruthy();
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys and the same placeholders', (l) => {
    expect(Object.keys(BUNDLES[l]).filter((k) => !isVariant(k)).sort()).toEqual(enKeys);
    for (const k of enKeys) expect(placeholdersOf(BUNDLES[l][k]), `${l}.${k}`).toEqual(placeholdersOf(en[k]));
  });

  it.each(LOCALES)('%s plural variants name a real key and a plural rule of the language, and use its placeholders', (l) => {
    const rules = new Intl.PluralRules(l).resolvedOptions().pluralCategories.filter((r) => r !== 'other');
    for (const k of Object.keys(BUNDLES[l]).filter(isVariant)) {
      const [base, rule] = k.split(PLURAL_SEPARATOR);
      expect(en[base], `${l}.${k}`).toBeDefined();
      expect(rules, `${l}.${k}`).toContain(rule);
      const declared = placeholdersOf(en[base]).declared;
      expect(placeholdersOf(BUNDLES[l][k]).declared.every((d) => declared.includes(d)), `${l}.${k}`).toBe(true);
    }
  });

  it.each(LOCALES)('%s has the "one" form of every counted message English has, when the language has that category', (l) => {
    if (!new Intl.PluralRules(l).resolvedOptions().pluralCategories.includes('one')) return;
    const missing = Object.keys(en).filter((k) => k.endsWith(`${PLURAL_SEPARATOR}one`) && !BUNDLES[l][k]);
    expect(missing, l).toEqual([]);
  });

  it('declares every placeholder it uses', () => {
    for (const l of LOCALES)
      for (const [k, m] of Object.entries(BUNDLES[l])) {
        const p = placeholdersOf(m);
        expect(p.used.every((u) => p.declared.some((d) => d.startsWith(`${u}=`))), `${l}.${k}`).toBe(true);
        expect(m.message.trim(), `${l}.${k}`).not.toBe('');
      }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not an English copy', (l) => {
    // Brand names, acronyms (CTR, PESTLE) and numerals may stay the same; prose may not.
    const same = enKeys.filter((k) => BUNDLES[l][k].message === en[k].message && /[a-z]{4,} [a-z]{3,}/i.test(en[k].message));
    expect(same).toEqual([]);
    const changed = enKeys.filter((k) => BUNDLES[l][k].message !== en[k].message).length;
    expect(changed / enKeys.length).toBeGreaterThan(0.85);
  });

  it('matches the raw files on disk (the bundles are the shipped _locales)', () => {
    for (const l of LOCALES) {
      const disk = JSON.parse(readFileSync(join('public/_locales', l, 'messages.json'), 'utf8'));
      expect(disk).toEqual(BUNDLES[l]);
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('keys used by the code exist', () => {
  it('static t("…") keys in components and lib/plan', () => {
    const used = new Set<string>();
    for (const f of [...sourceFiles('components'), ...sourceFiles('lib/plan')]) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/'((?:landscape_col|bench|md|reason|err)_[a-z_]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !en[k])).toEqual([]);
  });

  it('manifest (__MSG_…__), context menus and page scripts (getMessage, titleKey) name existing keys', () => {
    const used = new Set<string>();
    const files = ['wxt.config.ts', ...sourceFiles('entrypoints'), ...(existsSync('lib/background') ? sourceFiles('lib/background') : [])];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__|getMessage\(\s*'([A-Za-z0-9_@]+)'|titleKey:\s*'([A-Za-z0-9_@]+)'/g)) used.add(m[1] ?? m[2] ?? m[3]);
    }
    expect([...used]).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandClip']));
    for (const l of LOCALES) expect([...used].filter((k) => !BUNDLES[l][k]), l).toEqual([]);
  });

  it('families built from data', () => {
    const want = [
      ...CHANNEL_IDS.map(keys.channelKey),
      ...CHANNELS.flatMap((c) => [keys.mediaKey(c.media), keys.funnelKey(c.funnel), keys.stageKey(c.stage)]),
      ...CHANNEL_PROFILES.flatMap((p) => p.kpis.map(keys.kpiKey)),
      ...BENCHMARKS.map((b) => keys.metricKey(b.metric)),
      ...THEMES.map((t) => keys.themeKey(t.id)),
      ...TECH_CATEGORIES.map(keys.categoryKey),
      ...FACTORS.flatMap((f) => [keys.factorKey(f), `${keys.factorKey(f)}_short`]),
      ...GOALS.map(keys.goalKey),
      ...SKILLS.map(keys.skillKey),
      ...PESTLE_KEYS.flatMap((k) => [keys.pestleKey(k), `${keys.pestleKey(k)}_hint`]),
      ...['lead-capture', 'chat', 'reviews', 'bnpl', 'loyalty', 'email'].map(keys.seedKey),
      ...[0, 1, 2, 3].map(keys.levelKey),
      ...['page', 'product', 'serp', 'ad', 'social-profile'].map(keys.kindKey),
      ...['script-src', 'resource', 'inline-script', 'meta', 'cookie', 'dom', 'global', 'link', 'form', 'structured-data', 'text', 'url', 'technology', 'implies', 'adapter'].map(keys.sourceKey),
      ...['price', 'regular-price', 'availability', 'offer-added', 'offer-removed', 'headline', 'title', 'promotion-added', 'promotion-removed', 'technology-added', 'technology-removed', 'channel-added', 'channel-removed', 'followers', 'cta-added', 'cta-removed'].map(keys.changeKey),
      ...LOCALES.map((l) => `language_${l}`),
      ...['competitors', 'matrix', 'reach', 'plan', 'changes', 'export'].map((v) => `nav_${v}`),
      ...['reason_presence_none', 'reason_presence_gap', 'reason_presence_crowded', 'reason_presence_proven', 'reason_audience_good', 'reason_audience_weak', 'reason_cost_time', 'reason_cost_short', 'reason_cost_ok', 'reason_team_good', 'reason_team_weak', 'reason_funnel_match', 'reason_funnel_mismatch'],
    ];
    expect(want.filter((k) => !en[k])).toEqual([]);
  });
});

describe('t() and formatting', () => {
  it('picks the plural form of the language for counts', () => {
    const en = makeTn('en');
    expect([1, 2].map((n) => en('pillars_used_by', n, n))).toEqual(['used by 1 competitor', 'used by 2 competitors']);
    const ar = makeTn('ar');
    expect([1, 2, 3, 11].map((n) => ar('pillars_used_by', n, n))).toEqual(['يستخدمها منافس واحد', 'يستخدمها منافسان', 'يستخدمها 3 منافسين', 'يستخدمها 11 منافسًا']);
    expect(makeTn('th')('pillars_used_by', 1, 1)).toBe('คู่แข่ง 1 รายใช้');
  });

  it('substitutes placeholders and falls back to English, then to the key', () => {
    expect(makeT('en')('restore_preview', 1, 2, 3, 4, 'today')).toBe('This backup holds 1 competitors, 2 clips, 3 raw captures and 4 settings, exported today.');
    expect(makeT('ko')('competitor_deleted', '가게')).toBe('가게을(를) 삭제했습니다.');
    expect(makeT('th', { ...BUNDLES, th: {} })('nav_matrix')).toBe('Matrix');
    expect(makeT('en')('no_such_key')).toBe('no_such_key');
    expect(format({ message: 'a $X$ $$ b', placeholders: { x: { content: '$1' } } }, ['1'])).toBe('a 1 $ b');
  });

  it('follows the browser unless the user picked a language; Arabic is right-to-left', () => {
    expect(resolveLocale('auto', 'th-TH')).toBe('th');
    expect(resolveLocale('auto', 'fr-FR')).toBe('en');
    expect(resolveLocale('ar', 'ko-KR')).toBe('ar');
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('vi')).toBe('ltr');
  });

  it('formats numbers, money and dates per language', () => {
    const d = '2026-03-05T10:00:00Z';
    expect(makeFormatters('en').money(1234.5, 'USD')).toBe('$1,234.50');
    expect(makeFormatters('vi').number(1234.5)).toBe('1.234,5');
    expect(makeFormatters('ko').money(15000, 'KRW')).toMatch(/15,000/);
    // Thai dates use the Buddhist era: 2026 CE is 2569 BE.
    expect(makeFormatters('th').date(d)).toContain('2569');
    expect(makeFormatters('en').date('not a date')).toBe('');
    expect(makeFormatters('ar').percent(0.5)).not.toBe('50%');
  });
});
