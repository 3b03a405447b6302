/**
 * Words that say what a form is for, in the languages our users' competitors write in. Matched
 * on lower-cased text built from the form's attributes, field names, labels, button text and
 * the text around it. Kept as data: a new language is a new alternative in a line here.
 */
export const FORM_WORDS = {
  newsletter: new RegExp(
    [
      'newsletter', 'news letter', 'subscri', 'sign ?up', 'signup', 'mailing ?list', 'mailinglist', 'e-?mail list', 'join (?:our|the|us)', 'stay (?:in the know|up to date|updated|connected|in touch)',
      'get (?:the latest|updates|offers|exclusive)', 'be the first', 'keep (?:me )?(?:up to date|informed|posted)', 'updates', 'opt.?in', 'e-?news', 'follow (?:this|our) blog', 'notify me', 'vip list', 'insider',
      'abonn', 'inscri', 'anmeld', 'nieuwsbrief', 'iscriviti', 'iscrizione', 'suscr', 'boletin', 'boletín', 'assinar', 'assine', 'cadastr', 'tilmeld', 'prenumer', 'nyhetsbrev', 'uutiskirje', 'hírlevél', 'zapisz', 'odebírat',
      'подпис', 'рассылк', 'новост', 'bülten', 'abone', '订阅', '訂閱', '订阅', 'メルマガ', 'ニュースレター', '購読', '구독', '뉴스레터', '소식 받기', 'รับข่าวสาร', 'สมัครรับ', 'ติดตามข่าว', 'đăng ký nhận', 'nhận tin', 'bản tin', 'اشترك', 'النشرة', 'القائمة البريدية', 'نشرة', 'הרשמה לניוזלטר', 'berlangganan', 'langganan', 'buletin',
    ].join('|'),
  ),
  recovery: /forgot|forgotten|reset|recover|lost (?:your )?password|oubli|olvid|vergessen|esqueceu|recupera|wachtwoord vergeten|забыл|восстанов|忘记|忘記|비밀번호 찾기|ลืมรหัส|quên mật khẩu|نسيت/,
  login: /log ?in|sign ?in|signin|logon|connexion|anmelden|iniciar sesi|entrar|accedi|inloggen|войти|вход|登录|登入|로그인|เข้าสู่ระบบ|đăng nhập|تسجيل الدخول/,
  register: /register|registration|create (?:an |your )?account|sign ?up for an account|inscription|registr|konto erstellen|crear cuenta|criar conta|регистрац|注册|註冊|회원가입|สมัครสมาชิก|tạo tài khoản|إنشاء حساب/,
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
