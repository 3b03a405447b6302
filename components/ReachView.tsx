/**
 * Channel selection for the Reach stage. It starts with the user's own context — brand, market,
 * budget, goal, audience — because every recommendation depends on it; until it is given the
 * recommendation below says it is a draft on assumed values.
 */
import { useI18n } from './I18nContext';
import { usePlanInput } from './usePlan';
import { ContextForm } from './ContextForm';
import { WeightsEditor } from './WeightsEditor';
import { ScoreTable } from './ScoreTable';
import { RecommendationCard } from './RecommendationCard';
import { Section } from './Section';

export function ReachView() {
  const { t } = useI18n();
  const plan = usePlanInput();
  if (!plan) return <p className="muted">{t('loading')}</p>;
  const missing = plan.recommendation.missing;
  return (
    <section data-view="reach">
      <h2>{t('reach_title')}</h2>
      <Section title={t('ctx_title')} id="context">
        {missing.length ? <p className="small muted">{t('ctx_intro')}</p> : null}
        <ContextForm context={plan.context} competitors={plan.data.competitors} missing={missing} />
      </Section>
      <RecommendationCard plan={plan} />
      <Section title={t('weights_title')} open={false}>
        <WeightsEditor weights={plan.weights} />
      </Section>
      <Section title={t('reach_scores')} open={false}>
        <ScoreTable scores={plan.recommendation.ranked} />
      </Section>
    </section>
  );
}
