/**
 * The words social networks put beside a profile's counts, per metric, in the languages our users
 * browse in. Data, not code: a new locale is a few strings here. Counts themselves are read by
 * `parseCount` (lib/numbers/count.ts); these tables only say which count is which.
 */

/** What a count on a profile header measures. `likes` is read only so it is never taken for another. */
export type CountMetric = 'followers' | 'following' | 'posts' | 'likes';

export type CountLabels = Readonly<Record<CountMetric, readonly string[]>>;

/**
 * Labels every platform uses. Where a platform means something else by a word (LINE's "friends"
 * are followers, X's JSON-LD "Friends" are accounts followed), the adapter adds its own labels.
 */
export const COUNT_LABELS: CountLabels = {
  followers: [
    // en
    'followers', 'follower', 'subscribers', 'subscriber', 'people follow this', 'person follows this',
    // es, pt, fr, de, it, id, ms
    'seguidores', 'seguidor', 'suscriptores', 'suscriptor', 'inscritos', 'inscrito', 'abonnés', 'abonné',
    'Abonnenten', 'iscritti', 'pengikut', 'pelanggan', 'personas siguen esto', 'personnes suivent ceci',
    // th
    'ผู้ติดตาม', 'คนติดตาม', 'ผู้ติดตามช่อง', 'คนกำลังติดตามเรื่องนี้',
    // ko
    '팔로워', '구독자', '명이 팔로우합니다',
    // vi
    'người theo dõi', 'người đăng ký', 'người quan tâm',
    // ar (followers: "متابِع" with kasra, or undotted; the accusative and plural forms)
    'متابِع', 'متابِعًا', 'متابِعين', 'المتابِعين', 'المتابِعون', 'متابع', 'متابعًا', 'متابعين', 'المتابعين',
    'المتابعون', 'مشترك', 'مشتركين', 'المشتركين', 'شخص يتابعون هذا',
    // ja, zh
    'フォロワー', 'チャンネル登録者', '粉丝', '粉絲', '追蹤者', '位粉絲', '订阅者', '訂閱者',
  ],
  following: [
    'following', 'follows', 'seguidos', 'seguindo', 'siguiendo', 'abonnements', 'Gefolgt', 'Folge ich',
    'mengikuti', 'กำลังติดตาม', '팔로잉', 'đang theo dõi', 'Đang theo dõi',
    // ar: "متابَع" with fatha is the one followed; "يتابع" / "يُتابع" "(he) follows"
    'متابَع', 'متابَعًا', 'المتابَعين', 'متابَعين', 'يتابع', 'يُتابع', 'يتابعهم', 'يُتابعهم',
    'フォロー中', '关注', '正在關注', '追蹤中',
  ],
  posts: [
    'posts', 'post', 'videos', 'video', 'tweets', 'pins', 'publicaciones', 'publicación', 'publicações',
    'publicação', 'publications', 'Beiträge', 'postingan', 'kiriman', 'vidéos', 'vídeos',
    'โพสต์', 'วิดีโอ', '게시물', '동영상', 'bài viết', 'منشور', 'منشورًا', 'منشورات', 'المنشورات',
    'فيديو', 'مقاطع فيديو', '投稿', '件の投稿', '帖子', '貼文', '视频', '影片',
  ],
  likes: [
    'likes', 'like', 'people like this', 'Me gusta', 'curtidas', "J'aime", "J’aime", 'Gefällt mir', 'suka',
    'ถูกใจ', 'คนถูกใจสิ่งนี้', '좋아요', 'lượt thích', 'người thích', 'إعجاب', 'إعجابات', 'تسجيلات إعجاب',
    'いいね', '赞', '讚', '获赞',
  ],
};

/**
 * Counter words written after a number ("1.2만명", "300 คน", "567 รายการ", "12人"): dropped
 * before the number is read.
 */
export const COUNTER_WORDS: readonly string[] = ['명', '개', '건', 'คน', 'รายการ', '人', '件', '个', '個'];

/** Small words between a number and its label ("4,69 M de suscriptores", "١٢ ألف من المتابعين"). */
export const JOINERS: readonly string[] = ['de', 'di', 'of', 'von', 'من', 'ของ'];

/** How a verified badge is labelled (aria-label, title, alt) across locales. */
export const VERIFIED_LABELS: readonly string[] = [
  'Verified', 'Verified account', 'Verificado', 'Verificada', 'Conta verificada', 'Cuenta verificada',
  'Vérifié', 'Compte certifié', 'Verifiziert', 'Verifiziertes Konto', 'Terverifikasi', 'Akun terverifikasi',
  'ยืนยันแล้ว', 'บัญชีที่ยืนยันแล้ว', '인증됨', '인증된 계정', 'Đã xác minh', 'Tài khoản đã xác minh',
  'تم التحقق', 'حساب موثَّق', 'موثّق', 'موثق', '認証済み', '已验证', '已認證',
  // LINE's verified (blue) and premium (green) account badges; Zalo's OA check
  'บัญชีรับรอง', 'บัญชีพรีเมียม', 'Premium account', '인증 계정', '프리미엄 계정', '認証済アカウント',
  'プレミアムアカウント', 'Tài khoản đã xác thực', 'Đã xác thực',
];
