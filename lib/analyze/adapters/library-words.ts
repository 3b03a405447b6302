/**
 * The words ad libraries write around an ad, in the languages they are shown in: the library
 * id label, active / inactive, the end of a run, platform names and creative formats. Data: a
 * new language is a few more words here.
 */
import type { Ad } from '../types';

/** "Library ID: 123…" in the languages the libraries are shown in (digits folded to ASCII first). */
export const ID_LINE = /(?:\bID\b|아이디|รหัส|معرف|معرّف|编号|番号|Mã)[^\d\n]{0,40}?(\d{6,})/iu;

/**
 * Status words, inactive first ("Inactive" contains "active"). A word ends at a space, a
 * separator or the line's end (`\b` knows only ASCII letters; Thai ends in combining marks).
 */
const STATUS: readonly [words: RegExp, active: boolean][] = [
  [/^(inactive|không hoạt động|ไม่ได้ใช้งาน|ไม่ใช้งาน|비활성|غير نشط|inaktiv|inactivo|inactif|inativo|non attivo|tidak aktif|неактивно|非アクティブ|已停止|ended|stopped running)(?=$|[\s:·,.()])/iu, false],
  [/^(active|đang hoạt động|ใช้งานอยู่|활성|نشط|aktiv|activo|actif|ativo|attivo|aktif|активно|アクティブ|投放中|running)(?=$|[\s:·,.()])/iu, true],
];

/** Lines that date the end of a run, never its start ("Last shown: …"). */
export const END_LINE = /(last shown|ended|stopped|zuletzt|dernière diffusion|última vez|lần hiển thị cuối|แสดงครั้งล่าสุด|마지막 게재|最終表示|آخر ظهور)/iu;

/** Platform names as icons' labels or text lines name them → ids. */
const PLATFORMS: readonly [RegExp, string][] = [
  [/^facebook$/i, 'facebook'],
  [/^instagram$/i, 'instagram'],
  [/^messenger$/i, 'messenger'],
  [/^audience network$/i, 'audience_network'],
  [/^threads$/i, 'threads'],
  [/^whatsapp$/i, 'whatsapp'],
  [/^(youtube)$/i, 'youtube'],
  [/^(google search|search|tìm kiếm|การค้นหา|검색|بحث)$/i, 'google_search'],
  [/^(google play|play)$/i, 'google_play'],
  [/^(google maps|maps)$/i, 'google_maps'],
  [/^(display|google display network)$/i, 'google_display'],
  [/^(shopping|google shopping)$/i, 'google_shopping'],
  [/^tiktok$/i, 'tiktok'],
  [/^linkedin$/i, 'linkedin'],
];

/** Format labels as libraries write them → creative types. */
const FORMATS: readonly [RegExp, NonNullable<Ad['creativeType']>][] = [
  [/^(video|vidéo|vídeo|วิดีโอ|동영상|فيديو|視頻|视频|動画)$/iu, 'video'],
  [/^(image|imagen|imagem|bild|hình ảnh|รูปภาพ|이미지|صورة|图片|画像)$/iu, 'image'],
  [/^(text|texto|texte|văn bản|ข้อความ|텍스트|نص|文字|テキスト)$/iu, 'text'],
  [/^(carousel|carrusel|carrossel|băng chuyền|ภาพสไลด์|캐러셀|عرض دوار)$/iu, 'carousel'],
];

/** Platform ids named in these strings (icon labels, parts of a "Platforms: …" line). */
export function platformIds(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const id = PLATFORMS.find(([re]) => re.test(n.trim()))?.[1];
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export function statusOf(lines: { text: string }[]): boolean | null {
  for (const l of lines) for (const [re, active] of STATUS) if (re.test(l.text)) return active;
  return null;
}

/** The creative type a format label names. */
export function formatType(label: string | null): NonNullable<Ad['creativeType']> | undefined {
  return label ? FORMATS.find(([re]) => re.test(label))?.[1] : undefined;
}
