/**
 * The swipe file as a zip: `ads.csv` (one row per distinct ad, with the file of its creative)
 * and `creatives/NNN-advertiser.ext`, the stored crops decoded from their data: URLs.
 */
import { strToU8, zipSync } from 'fflate';
import type { DistinctAd } from './ads';
import { adsCsv } from './csv';
import type { PlanCompetitor } from './model';

const EXT: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

function decodeDataUrl(url: string): { bytes: Uint8Array; ext: string } | null {
  const m = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/=]+)$/i.exec(url);
  if (!m) return null;
  const bin = atob(m[2]);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { bytes, ext: EXT[m[1].toLowerCase()] };
}

const slug = (s: string | null) => (s ?? 'ad').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'ad';

/** `creatives` maps an ad key to its stored picture (data: URL). */
export function creativesZip(ads: readonly DistinctAd[], competitors: readonly PlanCompetitor[], creatives: ReadonlyMap<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const names = new Map<string, string>();
  ads.forEach((ad, i) => {
    const picture = creatives.get(ad.key);
    const decoded = picture ? decodeDataUrl(picture) : null;
    if (!decoded) return;
    const name = `creatives/${String(i + 1).padStart(3, '0')}-${slug(ad.advertiserDomain ?? ad.advertiser)}.${decoded.ext}`;
    names.set(ad.key, name);
    files[name] = decoded.bytes;
  });
  // A BOM so spreadsheet programs read the CSV as UTF-8.
  files['ads.csv'] = strToU8(`\uFEFF${adsCsv(ads, competitors, names)}`);
  return zipSync(files, { level: 0 });
}
