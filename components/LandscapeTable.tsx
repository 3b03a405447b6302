/** Competitive landscape: one row per competitor with clips, channels, followers, ads and median price. */
import type { LandscapeRow } from '../lib/plan/landscape';
import { channelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

export function LandscapeTable({ rows }: { rows: LandscapeRow[] }) {
  const { t, number, compact, money } = useI18n();
  const nav = useNav();
  return (
    <div className="scroll-x">
      <table className="small">
        <thead>
          <tr>
            {['landscape_col_competitor', 'landscape_col_clips', 'landscape_col_channels', 'landscape_col_followers', 'landscape_col_ads', 'landscape_col_price'].map((k) => <th key={k}>{t(k)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.competitorId)} className={r.own ? 'own' : undefined}>
              <td>
                <button type="button" className="link" onClick={() => nav.openCompetitor(r.competitorId)} dir="auto">
                  {r.name}
                </button>
              </td>
              <td className="num">{number(r.clips)}</td>
              <td>{r.channels.map((c) => t(channelKey(c))).join(', ') || '—'}</td>
              <td className="num">{r.followers > 0 ? compact(r.followers) : <span className="muted">{t('unknown')}</span>}</td>
              <td className="num">{number(r.ads)}</td>
              <td className="num">{r.medianPrice === null ? '—' : money(r.medianPrice, r.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
