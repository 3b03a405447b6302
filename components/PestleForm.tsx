/** The PESTLE block of the situation analysis: six free-text fields, saved as typed. */
import { PESTLE_KEYS, SETTING, type Pestle } from '../lib/plan/settings';
import { pestleKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useSettingDraft } from './useSetting';

export function PestleForm({ pestle }: { pestle: Pestle }) {
  const { t } = useI18n();
  const [p, setP] = useSettingDraft<Pestle>(SETTING.pestle, pestle);
  return (
    <div className="form">
      {PESTLE_KEYS.map((k) => (
        <label key={k}>
          {t(pestleKey(k))}
          <textarea dir="auto" rows={2} value={p[k] ?? ''} placeholder={t(`${pestleKey(k)}_hint`)} onChange={(e) => setP({ ...p, [k]: e.target.value })} />
        </label>
      ))}
    </div>
  );
}
