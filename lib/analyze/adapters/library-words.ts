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

/**
 * Platform names as icons' labels or text lines name them → ids. The last column says whether
 * the bare word is ambiguous: "Play", "Search", "Maps", "Display", "Shopping" are also a video's
 * play button, a search box or a menu, so alone they count only in a platforms line
 * ("Platforms: Search, YouTube") or written with "Google".
 */
const PLATFORMS: readonly [RegExp, string, ambiguous?: RegExp][] = [
  [/^facebook$/i, 'facebook'],
  [/^instagram$/i, 'instagram'],
  [/^messenger$/i, 'messenger'],
  [/^audience network$/i, 'audience_network'],
  [/^threads$/i, 'threads'],
  [/^whatsapp$/i, 'whatsapp'],
  [/^(youtube)$/i, 'youtube'],
  [/^(google search|search|tìm kiếm|การค้นหา|검색|بحث)$/i, 'google_search', /^(search|tìm kiếm|การค้นหา|검색|بحث)$/i],
  [/^(google play|play)$/i, 'google_play', /^play$/i],
  [/^(google maps|maps)$/i, 'google_maps', /^maps$/i],
  [/^(display|google display network)$/i, 'google_display', /^display$/i],
  [/^(shopping|google shopping)$/i, 'google_shopping', /^shopping$/i],
  [/^tiktok$/i, 'tiktok'],
  [/^linkedin$/i, 'linkedin'],
];

/** "Platforms:", "Shown on:", "Nền tảng:", "แพลตฟอร์ม:", "플랫폼:" … — a line that lists platforms. */
export const PLATFORMS_LINE = /^(platforms?|shown on|placements?|nền tảng|แพลตฟอร์ม|플랫폼|المنصات|plattformen?|plataformas?|plateformes?|piattaforme|プラットフォーム|平台)\s*[:：]?/iu;

/**
 * Call-to-action captions as ad libraries render their buttons, so the button is told from the
 * link card's caption (the shop's domain) and headline.
 */
export const CTA_WORDS = /^(shop now|buy now|order now|learn more|sign up|subscribe|book now|download|install now|get offer|get quote|get started|apply now|contact us|send message|send whatsapp message|call now|watch more|see menu|play game|listen now|get directions|request time|donate now|mua ngay|tìm hiểu thêm|đăng ký|đặt ngay|gửi tin nhắn|liên hệ|tải xuống|ซื้อเลย|ดูเพิ่มเติม|สมัคร|ส่งข้อความ|จองเลย|더 알아보기|지금 구매하기|구매하기|가입하기|예약하기|메시지 보내기|jetzt einkaufen|mehr dazu|registrieren|jetzt kaufen|comprar ahora|más información|registrarte|reservar|comprar agora|saiba mais|cadastre-se|acheter|en savoir plus|s.inscrire|acquista ora|scopri di più|今すぐ購入|詳しくはこちら|立即购买|了解详情|تسوق الآن|معرفة المزيد|belanja sekarang|selengkapnya)$/iu;

/** Format labels as libraries write them → creative types. */
const FORMATS: readonly [RegExp, NonNullable<Ad['creativeType']>][] = [
  [/^(video|vidéo|vídeo|วิดีโอ|동영상|فيديو|視頻|视频|動画)$/iu, 'video'],
  [/^(image|imagen|imagem|bild|hình ảnh|รูปภาพ|이미지|صورة|图片|画像)$/iu, 'image'],
  [/^(text|texto|texte|văn bản|ข้อความ|텍스트|نص|文字|テキスト)$/iu, 'text'],
  [/^(carousel|carrusel|carrossel|băng chuyền|ภาพสไลด์|캐러셀|عرض دوار)$/iu, 'carousel'],
];

/**
 * Platform ids named in these strings (icon labels, parts of a line). `listed`: the strings come
 * from a platforms line, where the bare ambiguous words count too.
 */
export function platformIds(names: string[], listed = false): string[] {
  const out: string[] = [];
  for (const n of names) {
    const t = n.trim();
    const id = PLATFORMS.find(([re, , ambiguous]) => re.test(t) && (listed || !ambiguous?.test(t)))?.[1];
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
