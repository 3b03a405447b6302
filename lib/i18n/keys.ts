/**
 * How domain values map onto message keys (Chrome keys allow only [A-Za-z0-9_@]), so the panel
 * and the exporter name a channel, a KPI or a theme the same way in every language.
 */
const k = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

export const channelKey = (id: string) => k('channel', id);
export const mediaKey = (id: string) => k('media', id);
export const funnelKey = (id: string) => k('funnel', id);
export const stageKey = (id: string) => k('stage', id);
export const kpiKey = (id: string) => k('kpi', id);
export const metricKey = (id: string) => k('metric', id);
export const themeKey = (id: string) => k('theme', id);
export const factorKey = (id: string) => k('factor', id);
export const goalKey = (id: string) => k('goal', id);
export const skillKey = (id: string) => k('skill', id);
export const sourceKey = (id: string) => k('source', id);
export const kindKey = (id: string) => k('kind', id);
export const changeKey = (id: string) => k('change', id);
export const pestleKey = (id: string) => k('pestle', id);
export const seedKey = (id: string) => k('md_seed', id);
export const categoryKey = (id: string) => k('category', id);
export const levelKey = (n: number) => `level_${n}`;
