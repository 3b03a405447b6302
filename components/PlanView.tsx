/** Plan inputs: PESTLE, competitive landscape, goals against benchmarks, content pillars, searches owned. */
import { useI18n } from './I18nContext';
import { usePlanInput } from './usePlan';
import { Section } from './Section';
import { PestleForm } from './PestleForm';
import { LandscapeTable } from './LandscapeTable';
import { BenchmarksTable } from './BenchmarksTable';
import { PillarsView } from './PillarsView';
import { SearchesView } from './SearchesView';

export function PlanView() {
  const { t } = useI18n();
  const plan = usePlanInput();
  if (!plan) return <p className="muted">{t('loading')}</p>;
  return (
    <section data-view="plan">
      <h2>{t('plan_title')}</h2>
      <Section title={t('landscape_title')}>
        <LandscapeTable rows={plan.landscape} />
      </Section>
      <Section title={t('pestle_title')} open={false}>
        <PestleForm pestle={plan.settings.pestle} />
      </Section>
      <Section title={t('goals_title')} open={false}>
        <BenchmarksTable plan={plan} />
      </Section>
      <Section title={t('pillars_title')}>
        <PillarsView plan={plan} />
      </Section>
      <Section title={t('searches_title')}>
        <SearchesView plan={plan} />
      </Section>
    </section>
  );
}
