/**
 * A small line chart over time (price history, follower trend). Points are clips: clicking one
 * opens that clip, so the chart is evidence too.
 */
import { Line } from 'react-chartjs-2';
import './charts';
import { PALETTE } from './charts';
import type { Id } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

export interface LinePoint {
  capturedAt: string;
  value: number;
  observationId: Id;
}

export function LineChart({ series, format }: { series: { label: string; points: LinePoint[] }[]; format?: (v: number) => string }) {
  const { date, dir } = useI18n();
  const nav = useNav();
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.capturedAt)))].sort();
  const data = {
    labels: times.map((x) => date(x)),
    datasets: series.map((s, k) => ({
      label: s.label,
      data: times.map((x) => s.points.find((p) => p.capturedAt === x)?.value ?? null),
      borderColor: PALETTE[k % PALETTE.length],
      backgroundColor: PALETTE[k % PALETTE.length],
      spanGaps: true,
    })),
  };
  return (
    <div className="chart">
      <Line
        data={data}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { rtl: dir === 'rtl', position: 'bottom' }, tooltip: { rtl: dir === 'rtl', callbacks: format ? { label: (c) => `${c.dataset.label}: ${format(Number(c.parsed.y))}` } : {} } },
          scales: { x: { reverse: dir === 'rtl' }, y: { ticks: format ? { callback: (v) => format(Number(v)) } : {} } },
          onClick: (_e, elements) => {
            const el = elements[0];
            if (!el) return;
            const at = times[el.index];
            const p = series[el.datasetIndex]?.points.find((x) => x.capturedAt === at);
            if (p) nav.openObservation(p.observationId);
          },
        }}
      />
    </div>
  );
}
