/** Export the swipe file as shown (filters applied): a CSV, or a zip of the CSV and the creatives. */
import { useState } from 'react';
import type { DistinctAd } from '../lib/plan/ads';
import { adsCsv } from '../lib/plan/csv';
import { creativesZip } from '../lib/plan/creatives-zip';
import type { PlanCompetitor } from '../lib/plan/model';
import { screenshotsOf } from '../lib/store/screenshots';
import { useI18n } from './I18nContext';

function download(data: BlobPart, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AdsExport({ ads, competitors }: { ads: readonly DistinctAd[]; competitors: readonly PlanCompetitor[] }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const csv = () => {
    download(`\uFEFF${adsCsv(ads, competitors)}`, 'racescout-ads.csv', 'text/csv;charset=utf-8');
    setStatus(t('export_downloaded', 'racescout-ads.csv'));
  };
  const zip = async () => {
    setStatus(t('loading'));
    const picked = ads.flatMap((a) => a.sightings.filter((s) => s.placement.kind === 'site').map((s) => ({ key: a.key, id: s.observationId })));
    const shots = await screenshotsOf(picked.map((p) => p.id));
    const creatives = new Map<string, string>();
    for (const p of picked) if (!creatives.has(p.key) && shots.has(p.id)) creatives.set(p.key, shots.get(p.id)!);
    download(creativesZip(ads, competitors, creatives) as BlobPart, 'racescout-ads.zip', 'application/zip');
    setStatus(t('ads_zip_done', String(creatives.size)));
  };
  return (
    <div className="row wrap small no-print">
      <button type="button" onClick={csv} data-export="ads-csv">
        {t('ads_export_csv')}
      </button>
      <button type="button" onClick={() => void zip()} data-export="ads-zip">
        {t('ads_export_zip')}
      </button>
      {status ? <span role="status">{status}</span> : null}
    </div>
  );
}
