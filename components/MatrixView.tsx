/** The channel matrix: heat map (competitors × channels, grouped paid/owned/earned), the evidence of a chosen cell, and share of voice. */
import { useMemo, useState } from 'react';
import { hiddenTagsByCompetitor } from '../lib/plan/profile-summary';
import { useI18n } from './I18nContext';
import { usePlanInput } from './usePlan';
import { HeatMap, type CellRef } from './HeatMap';
import { CellEvidence } from './CellEvidence';
import { ShareOfVoice } from './ShareOfVoice';
import { Empty } from './Empty';
import { Section } from './Section';

export function MatrixView() {
  const { t } = useI18n();
  const plan = usePlanInput();
  const [cell, setCell] = useState<CellRef | null>(null);
  const hidden = useMemo(() => new Set(plan ? hiddenTagsByCompetitor(plan.data.observations).keys() : []), [plan]);
  if (!plan) return <p className="muted">{t('loading')}</p>;
  if (!plan.data.competitors.length) return <Empty text={t('empty_no_data')} />;
  return (
    <section data-view="matrix">
      <h2>{t('matrix_title')}</h2>
      <HeatMap matrix={plan.matrix} selected={cell} onSelect={setCell} hidden={hidden} />
      {cell ? <CellEvidence matrix={plan.matrix} at={cell} /> : <p className="muted small">{t('matrix_hint')}</p>}
      <Section title={t('sov_title')}>
        <ShareOfVoice matrix={plan.matrix} />
      </Section>
    </section>
  );
}
