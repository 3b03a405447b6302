/** Editable weights of the five factors (sliders), with a reset to the defaults. */
import { DEFAULT_WEIGHTS, FACTORS, type Weights } from '../lib/plan/context';
import { SETTING } from '../lib/plan/settings';
import { factorKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useSettingDraft } from './useSetting';

export function WeightsEditor({ weights }: { weights: Weights }) {
  const { t, number } = useI18n();
  const [w, setW] = useSettingDraft<Weights>(SETTING.weights, weights);
  return (
    <div className="form">
      {FACTORS.map((f) => (
        <label key={f} className="slider">
          <span>{t(factorKey(f))}</span>
          <input type="range" data-factor={f} min={0} max={1} step={0.05} value={w[f]} onChange={(e) => setW({ ...w, [f]: Number(e.target.value) })} />
          <output>{number(w[f])}</output>
        </label>
      ))}
      <button type="button" onClick={() => setW({ ...DEFAULT_WEIGHTS })}>{t('weights_reset')}</button>
    </div>
  );
}
