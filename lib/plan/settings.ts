/**
 * The settings the panel and the plan keep (in the store's `settings` table, key → value), with
 * their keys in one place so the panel, the exporter and the backup agree.
 */
import type { LanguageChoice } from '../i18n/locales';
import type { UserContext, Weights } from './context';
import type { OwnFigures } from './estimate';

export const SETTING = {
  language: 'language',
  context: 'planContext',
  weights: 'planWeights',
  benchmarkOverrides: 'benchmarkOverrides',
  goals: 'benchmarkGoals',
  /** The user's own cost per click and conversion rate per channel, for the monthly estimate. */
  estimateInputs: 'estimateInputs',
  pestle: 'pestle',
  /** Per competitor: `notes:<id>`. */
  notesPrefix: 'notes:',
} as const;

export type PestleKey = 'political' | 'economic' | 'social' | 'technological' | 'legal' | 'environmental';
export const PESTLE_KEYS: readonly PestleKey[] = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'];
export type Pestle = Partial<Record<PestleKey, string>>;

export interface CompetitorNotes {
  notes: string;
  swot: { strengths: string; weaknesses: string; opportunities: string; threats: string };
}

export const EMPTY_NOTES: CompetitorNotes = { notes: '', swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' } };

/** What the plan reads from settings, already defaulted. */
export interface PlanSettings {
  language: LanguageChoice;
  context: Partial<UserContext> | null;
  weights: Partial<Weights> | null;
  benchmarkOverrides: Record<string, number>;
  goals: Record<string, number>;
  estimateInputs: Record<string, OwnFigures>;
  pestle: Pestle;
  notes: Record<string, CompetitorNotes>;
}

export const notesKey = (competitorId: string | number) => `${SETTING.notesPrefix}${competitorId}`;

/** Build PlanSettings from a key → value map, ignoring values of the wrong shape. */
export function readPlanSettings(get: (key: string) => unknown, allKeys: readonly string[] = []): PlanSettings {
  const obj = <T>(v: unknown, fallback: T): T => (v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : fallback);
  const notes: Record<string, CompetitorNotes> = {};
  for (const k of allKeys) if (k.startsWith(SETTING.notesPrefix)) notes[k.slice(SETTING.notesPrefix.length)] = obj(get(k), EMPTY_NOTES);
  const lang = get(SETTING.language);
  return {
    language: typeof lang === 'string' ? (lang as LanguageChoice) : 'auto',
    context: obj(get(SETTING.context), null),
    weights: obj(get(SETTING.weights), null),
    benchmarkOverrides: obj(get(SETTING.benchmarkOverrides), {}),
    goals: obj(get(SETTING.goals), {}),
    estimateInputs: obj(get(SETTING.estimateInputs), {}),
    pestle: obj(get(SETTING.pestle), {}),
    notes,
  };
}
