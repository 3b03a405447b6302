/** Share of voice: each competitor's share of all followers and of all ads seen, as horizontal bars. */
import { Bar } from 'react-chartjs-2';
import './charts';
import { PALETTE } from './charts';
import { shares, type ChannelMatrix } from '../lib/plan/matrix';
import { useI18n } from './I18nContext';

export function ShareOfVoice({ matrix }: { matrix: ChannelMatrix }) {
  const { t, percent, dir, compact, number } = useI18n();
  const names = matrix.competitors.map((c) => c.name);
  const followers = shares(matrix.voice.map((v) => v.totalFollowers));
  const ads = shares(matrix.voice.map((v) => v.ads));
  // An all-zero chart says nothing; say what would fill it instead.
  if (![...followers, ...ads].some((x) => x > 0)) return <p className="muted" data-testid="sov-empty">{t('sov_empty')}</p>;
  const data = {
    labels: names,
    datasets: [
      { label: t('sov_followers'), data: followers.map((x) => x * 100), backgroundColor: PALETTE[0] },
      { label: t('sov_ads'), data: ads.map((x) => x * 100), backgroundColor: PALETTE[1] },
    ],
  };
  return (
    <>
      <div className="chart tall" style={{ height: `${Math.max(160, names.length * 28 + 60)}px` }}>
        <Bar
          data={data}
          options={{
            indexAxis: 'y',
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { position: 'bottom', rtl: dir === 'rtl' }, tooltip: { rtl: dir === 'rtl', callbacks: { label: (c) => `${c.dataset.label}: ${percent(Number(c.parsed.x) / 100)}` } } },
            scales: { x: { max: 100, reverse: dir === 'rtl', ticks: { callback: (v) => percent(Number(v) / 100) } }, y: { position: dir === 'rtl' ? 'right' : 'left' } },
          }}
        />
      </div>
      <table className="small">
        <thead>
          <tr>
            <th>{t('landscape_col_competitor')}</th>
            <th>{t('sov_followers')}</th>
            <th>{t('sov_ads')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.competitors.map((c, i) => (
            <tr key={String(c.id)}>
              <td dir="auto">{c.name}</td>
              {/* Counts beside shares: a share of three clips is not a share of the market. */}
              <td>{matrix.voice[i].totalFollowers > 0 ? `${percent(followers[i])} (${compact(matrix.voice[i].totalFollowers)})` : t('unknown')}</td>
              <td>{`${percent(ads[i])} (${number(matrix.voice[i].ads)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
