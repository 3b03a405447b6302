/**
 * Words that say what a form is for, in the languages our users' competitors write in. Matched
 * on lower-cased text built from the form's attributes, field names, labels, button text and
 * the text around it. Kept as data: a new language is a new alternative in a line here.
 */
export const FORM_WORDS = {
  newsletter: new RegExp(
    [
      'newsletter', 'news letter', 'subscri', 'sign ?up', 'signup', 'sign me up', 'mailing ?list', 'mailinglist', 'e-?mail list', 'join (?:our|the|us)', 'stay (?:in the know|up to date|updated|connected|in touch)',
      'get (?:the latest|updates|offers|exclusive)', 'be the first', 'keep (?:me )?(?:up to date|informed|posted)', 'updates', 'opt.?in', 'e-?news', 'follow (?:this|our) blog', 'vip list', 'insider',
      // What a list promises: a cadence, new posts, the inbox.
      'every (?:week|day|month)', 'weekly', '(?:new|latest|future|all) (?:recipes|posts|articles|stories)', '(?:delivered|straight) to your inbox', 'in your inbox',
      'abonn', 'inscri', 'nieuwsbrief', 'iscriviti', 'iscrizione', 'suscr', 'boletin', 'boletín', 'assinar', 'assine', 'cadastr', 'tilmeld', 'prenumer', 'nyhetsbrev', 'uutiskirje', 'hírlevél', 'zapisz', 'odebírat',
      'подпис', 'рассылк', 'новост', 'bülten', 'abone', '订阅', '訂閱', 'メルマガ', 'ニュースレター', '購読', '구독', '뉴스레터', '소식 받기', 'รับข่าวสาร', 'สมัครรับ', 'ติดตามข่าว', 'จดหมายข่าว', 'đăng ký nhận', 'nhận tin', 'bản tin', 'اشترك', 'النشرة', 'القائمة البريدية', 'نشرة', 'הרשמה לניוזלטר', 'berlangganan', 'langganan', 'buletin',
    ].join('|'),
  ),
  /** Words only a mailing list uses: they outweigh account, alert and send-a-copy words. */
  newsletterStrict: /newsletter|news letter|mailing ?list|mailinglist|e-?mail list|nieuwsbrief|nyhetsbrev|uutiskirje|hírlevél|boletín|boletin|рассылк|bülten|メルマガ|ニュースレター|뉴스레터|จดหมายข่าว|bản tin|النشرة|القائمة البريدية|ניוזלטר|buletin/,
  /** Alerts: saved searches, back in stock, price drops, replies to a comment. A list of its own kind, not a newsletter. */
  alert: /\balerts?\b|notify (?:me|of)|e-?mail me (?:when|if)|let me know when|back in stock|price drop|follow-?up comments|repl(?:y|ies) to (?:my|this) comment|new comments|save(?:d)? (?:this |your )?search|new listings|matching (?:jobs|listings|properties|ads)|benachrichtig|suchauftrag|alerte|avisame|avísame|уведомл|оповещ|通知|入荷お知らせ|알림|แจ้งเตือน|cảnh báo|báo khi có hàng|تنبيه|نبهني|أعلمني/,
  /** E-mail me a copy of this page, share by e-mail: one message, not a list. */
  sendCopy: /save this (?:recipe|post|article|page)|e-?mail (?:me )?(?:this|the) (?:recipe|post|article|page)|send (?:it|this|the (?:recipe|post|article)) (?:right away|to (?:your|my))|we'?ll (?:e-?mail|send) (?:this|it|the (?:recipe|post))|send to a friend|tell a friend|e-?mail a friend|share (?:this )?by e-?mail|friend'?s e-?mail/,
  /** Suggest or submit a site or link. */
  suggest: /suggest (?:a|your|new) (?:site|link|website|url|resource)|submit (?:a|your) (?:site|link|url|website)|recommend a (?:site|website)/,
  /** An account: its password, its user name. */
  account: /password|passwort|mot de passe|contraseña|senha|wachtwoord|пароль|密码|密碼|パスワード|비밀번호|รหัสผ่าน|mật khẩu|كلمة المرور|şifre|user ?name|nickname|用户名|ユーザー名|아이디|ชื่อผู้ใช้|tên đăng nhập|اسم المستخدم|kullanıcı adı|имя пользователя/,
  recovery: /forgot|forgotten|reset|recover|lost (?:your )?password|remind(?:er)? (?:me )?(?:of )?(?:my |your )?(?:password|user ?name)|oubli|olvid|vergessen|esqueceu|recupera|ricordami la password|wachtwoord vergeten|şifremi unuttum|забыл|восстанов|忘记|忘記|パスワードを忘れ|再設定|비밀번호 찾기|비밀번호 재설정|ลืมรหัส|รีเซ็ตรหัสผ่าน|quên mật khẩu|đặt lại mật khẩu|نسيت|إعادة تعيين كلمة المرور|استعادة/,
  login: /log ?in|sign ?in|signin|logon|connexion|anmelden|iniciar sesi|entrar|accedi|inloggen|войти|вход|登录|登入|로그인|เข้าสู่ระบบ|đăng nhập|تسجيل الدخول/,
  register: /register|registration|create (?:an |your |new )?account|open (?:an |your )?account|sign ?up for an account|inscription|registr|konto erstellen|kundenkonto|crear (?:una )?cuenta|criar conta|créer (?:un )?compte|регистрац|учетн(?:ую|ая) запис|注册|註冊|会員登録|新規登録|회원가입|สมัครสมาชิก|tạo tài khoản|إنشاء حساب|üye ol/,
  search: /search|suche|recherche|buscar|busca|cerca|zoek|поиск|искать|搜索|搜尋|검색|ค้นหา|tìm kiếm|بحث|keyword|query/,
  cart: /add.?to.?(?:cart|bag|basket)|cart\/add|buy now|in den warenkorb|ajouter au panier|añadir al carrito|adicionar ao carrinho|aggiungi al carrello|в корзину|加入购物车|加入購物車|장바구니|ใส่ตะกร้า|thêm vào giỏ|أضف إلى السلة|checkout|basket|panier|warenkorb|carrito|корзин|add_to_cart|addtocart/,
  contact: /contact|message|comment|enquiry|inquiry|question|feedback|kontakt|contacto|contato|contatti|связ|联系|문의|ติดต่อ|liên hệ|اتصل|تواصل/,
};

/** Hosts and paths of e-mail service providers' form endpoints: an e-mail form posting there is a signup. */
export const PROVIDER_ACTION = /list-manage\.com|mailchimp|klaviyo|createsend|campaign-?monitor|aweber|sendinblue|brevo|sibforms|convertkit|mailerlite|getresponse|constantcontact|ymlp|icontact|madmimi|mailjet|mailpoet|omnisend|privy|justuno|emailoctopus|substack|beehiiv|buttondown|moosend|benchmarkemail|activehosted|activecampaign|hubspot|hsforms|subscribe\.wordpress\.com|feedburner|tinyletter|revue|sendfox|drip\.com/;

/** Field names/ids/placeholders that mean an e-mail address, in many languages. */
export const EMAIL_FIELD = /e-?mail|mail_?address|correo|courriel|eposta|почт|邮箱|邮件|郵件|メール|이메일|อีเมล|البريد|דוא"ל|youremail|subscriber/;

export const SEARCH_FIELD = /^(?:q|s|k|kw|query|keyword|keywords|search|searchterm|search_query|searchword|text|term|w|wd|p)$/;

export const QTY_FIELD = /qty|quantity|quantité|cantidad|menge|anzahl|수량|จำนวน|số lượng|الكمية/;

/** A field for a password, whatever its type says (scripts often set the type later). */
export const PASSWORD_FIELD = /passw|passwort|(?:^|[_\-[])pass(?:$|[_\-\]])|pwd|new-password|current-password|contraseña|senha|пароль/;

/** A user-name or handle field: an account, not a list. */
export const USERNAME_FIELD = /^(?:user|username|user_?name|login|nick|nickname|handle|screen_?name|uname|userid|user_?id)$|\[(?:username|login|handle)\]$/;

/** A person's name, the one field a sign-up box asks besides the e-mail. */
export const NAME_FIELD = /(?:^|[^a-z])(?:first|last|full|given|family|sur|your)?[ _-]?name(?:$|[^a-z])|^[fl]name$|^nn$|vorname|nachname|nombre|prénom|prenom|^nome$|имя|姓名|名前|이름|ชื่อ|họ tên|الاسم/;
export const NOT_A_NAME = /user|company|business|nick|list|screen|file|domain|site/;

/** Spam traps and machine fields no person fills in (honeypots, captcha tokens, bot checks). */
export const MACHINE_FIELD = /honeypot|(?:^|[_\-[])hp(?:$|[_\-\]])|snare|^b_[0-9a-f]{10,}_[0-9a-f]+$|recaptcha-response|h-captcha-response|^cf-turnstile|email_address_check|^ak_|leave this field empty/;

/** A typed captcha: account and recovery flows ask for one, sign-up boxes do not. */
export const CAPTCHA_FIELD = /captcha|画像認証|验证码|驗證碼|인증 ?코드|код с картинки/;

/** A URL field: suggest a site, a comment's website, a profile. */
export const URL_FIELD = /^(?:url|website|site|link|homepage|web|site_?url)$/;

/** A choice of how often: daily, weekly... An alert's or digest's schedule. */
export const FREQUENCY = /\b(?:daily|weekly|monthly|instant(?:ly)?|immediately|bi-?weekly|once a (?:day|week|month))\b|täglich|wöchentlich|monatlich|quotidien|hebdomadaire|mensuel|diari[oa]|semanal|mensual|settimanal|mensile|dagelijks|wekelijks|maandelijks|ежедневн|еженедельн|ежемесячн|毎日|毎週|每日|每天|每周|每週|매일|매주|รายวัน|รายสัปดาห์|hàng ngày|hàng tuần|يومي|أسبوعي|شهري/;
