/** Channel selection for the Reach stage: the user's context and weights in, scores and a recommendation out. */
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
  return (
    <section data-view="reach">
      <h2>{t('reach_title')}</h2>
      <RecommendationCard plan={plan} />
      <Section title={t('ctx_title')} open={false}>
        <ContextForm context={plan.context} />
      </Section>
      <Section title={t('weights_title')} open={false}>
        <WeightsEditor weights={plan.weights} />
      </Section>
      <Section title={t('reach_scores')}>
        <ScoreTable scores={plan.recommendation.ranked} />
      </Section>
    </section>
  );
}
