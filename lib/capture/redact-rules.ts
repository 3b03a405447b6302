/**
 * What is redacted from a page before anything is stored, as tables and pure string functions
 * (tested in Node; sanitize-dom.ts applies them to a cloned document in the tab, and the
 * background applies the URL rules again before saving). The rule set:
 *
 * | where                               | what goes                                              | decided by           |
 * |-------------------------------------|--------------------------------------------------------|----------------------|
 * | hidden inputs                       | the element                                            | name (SECRET_WORDS, HIDDEN_SECRET_NAMES) or value shape (SECRET_SHAPES, JSON) |
 * | `<meta name|property>`              | `content` (the name stays: it is a vendor's marker)    | name, or value shape |
 * | inline scripts and JSON (`__NEXT_DATA__`, config objects) | string values of secret keys | key words (SECRET_WORDS) |
 * | the same                            | e-mail addresses and phone numbers of the visitor      | enclosing keys (VISITOR_WORDS vs SHOP_WORDS), else the address's domain |
 * | any string in a script              | JWTs and `Bearer …` credentials                        | shape                |
 * | URLs (page, loaded resources, href/src/action) | values of secret query and fragment parameters, e-mails in parameters | parameter name / shape |
 * | `data-*` attributes, text of account elements | e-mail addresses and phone numbers             | attribute name and the element's class/id (VISITOR_WORDS) |
 * | `iframe srcdoc`                     | sanitised like the page itself                         | —                    |
 * | `contenteditable` elements          | their text (what the visitor typed)                    | —                    |
 *
 * Vendor ids (`G-…`, pixel ids, `company_id=`) are not secrets and stay: the analyzer needs them.
 */

/** Written where a value was removed. URL-safe, so a redacted URL still parses. */
export const REDACTED = 'REDACTED';

/** Words of a key or field name that make its value a secret. */
export const SECRET_WORDS: ReadonlySet<string> = new Set([
  'token',
  'csrf',
  'xsrf',
  'nonce',
  'session',
  'sessionid',
  'sessid',
  'sid',
  'auth',
  'authorization',
  'secret',
  'key',
  'apikey',
  'password',
  'passwd',
  'pwd',
  'jwt',
  'bearer',
  'credential',
  'credentials',
  'signature',
  'sig',
  'otp',
]);

/** A secret word followed by one of these names something about the secret, not the secret (`tokenUrl`, `sessionTimeout`). */
const NOT_SECRET_TAILS: ReadonlySet<string> = new Set(['url', 'uri', 'endpoint', 'path', 'name', 'type', 'length', 'timeout', 'ttl', 'expiry', 'expires', 'expiration', 'header', 'param', 'field', 'enabled', 'required', 'storage', 'mode', 'version', 'count', 'words']);

/** Hidden fields that carry one-time protocol values (OAuth and SAML) even under a plain name. */
const HIDDEN_SECRET_NAMES = /^(state|code|ticket|relaystate|samlrequest|samlresponse|code_verifier|code_challenge|verifier)$/i;

/** URL parameters besides secret words: OAuth callback values. */
const URL_SECRET_PARAMS = /^(code|state|id_token|refresh_token|client_secret|sig|signature|password|email|e-mail|mail|phone)$/i;

/** Shapes that are secrets wherever they appear. */
export const SECRET_SHAPES: readonly RegExp[] = [
  // "Bearer <credential>" (an Authorization header copied into the page)
  /\bbearer\s+[A-Za-z0-9\-._~+/]{8,}=*/gi,
  // JWT: three base64url parts, the first two JSON ("eyJ")
  /\beyJ[A-Za-z0-9_-]{6,}\.eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*/g,
];

/** A hidden value that looks machine-made: long, no spaces, from a token alphabet (hex, base64, JWT). */
export const TOKEN_VALUE = /^[A-Za-z0-9+/=_\-.:]{24,}$/;

/** Names of the signed-in visitor's things: values under these keys, or inside these elements, are theirs. */
export const VISITOR_WORDS: ReadonlySet<string> = new Set([
  'customer',
  'customers',
  'user',
  'users',
  'account',
  'visitor',
  'member',
  'profile',
  'viewer',
  'me',
  'identity',
  'identify',
  'buyer',
  'shopper',
  'login',
  'logged',
  'signed',
  'signedin',
  'loggedin',
  'billing',
  'shipping',
  'recipient',
]);

/** Names of the shop's own things: an address under these keys is the shop's contact. */
export const SHOP_WORDS: ReadonlySet<string> = new Set(['shop', 'store', 'merchant', 'seller', 'organization', 'organisation', 'company', 'business', 'brand', 'support', 'contact', 'publisher', 'site', 'vendor', 'help', 'service']);

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;
/** A whole value that is a phone number: 8–15 digits with the usual separators. */
const PHONE_VALUE = /^\+?[\d\s().-]{8,24}$/;
/** In running text a number is a phone only when written as one (`+66 81 234 5678`, `081-234-5678`), so prices never match. */
const PHONE_IN_TEXT = /(?:\+|\b0)\d[\d\s()-]{6,20}\d/g;

/** The words of a name: `accessToken`, `access_token`, `X-CSRF-Token`, `$email` → lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .slice(0, 200)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Does this key or field name hold a secret (`token`, `access_token`, `accessToken`, `csrf`, `apiKey`, `form_key`…)? */
export function isSecretName(name: string | null | undefined): boolean {
  if (!name) return false;
  const words = nameWords(name);
  const at = words.findIndex((w) => SECRET_WORDS.has(w) || /(token|secret|apikey|sessionid)$/.test(w));
  if (at < 0) return false;
  const tail = words[words.length - 1];
  return at === words.length - 1 || !NOT_SECRET_TAILS.has(tail);
}

export function hasWord(name: string | null | undefined, words: ReadonlySet<string>): boolean {
  return !!name && nameWords(name).some((w) => words.has(w));
}

/** A hidden input's name (or id) that says its value is a one-time secret. */
export function isHiddenSecretName(name: string | null | undefined): boolean {
  return !!name && (isSecretName(name) || HIDDEN_SECRET_NAMES.test(name.trim()));
}

/** A value that must not be stored whatever its field is called. */
export function isSecretValue(value: string | null | undefined): boolean {
  const v = (value ?? '').trim();
  if (!v) return false;
  if (TOKEN_VALUE.test(v)) return true;
  if (/^[[{]/.test(v)) return true; // JSON: state blobs, serialised sessions
  return SECRET_SHAPES.some((re) => new RegExp(re.source, 'i').test(v));
}

/** Replaces every secret shape inside a string. */
export function redactShapes(text: string): string {
  let out = text;
  for (const re of SECRET_SHAPES) out = out.replace(re, REDACTED);
  return out;
}

export const isEmail = (v: string) => new RegExp(`^${EMAIL.source}$`).test(v.trim());
export const isPhone = (v: string) => PHONE_VALUE.test(v.trim()) && (v.match(/\d/g)?.length ?? 0) >= 8;

/** Replaces e-mail addresses (and, with `phones`, phone numbers) inside a text. */
export function redactPersonal(text: string, phones: boolean, keep: (email: string) => boolean = () => false): string {
  let out = text.includes('@') ? text.replace(EMAIL, (m) => (keep(m) ? m : REDACTED)) : text;
  if (phones) out = out.replace(PHONE_IN_TEXT, (m) => ((m.match(/\d/g)?.length ?? 0) >= 8 ? REDACTED : m));
  return out;
}

/** True when `email`'s domain is the page's host or a parent of it (the shop writing its own address). */
export function isShopAddress(email: string, pageHost: string | null | undefined): boolean {
  if (!pageHost) return false;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const host = pageHost.toLowerCase().replace(/^www\./, '');
  return host === domain || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`);
}

/* ------------------------------------------------------------------ URLs */

const PARAM = /([?&#;])([^=&#;?]{1,200})=([^&#;]*)/g;

function decodeName(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * The URL with the values of secret parameters (query and fragment: `?token=`, `#access_token=`,
 * `?code=`, an e-mail in `?email=`) replaced. Everything else is left byte for byte, so
 * signatures still match the vendor's host, path and ids.
 */
export function redactUrl(url: string): string {
  if (!url || !/[?#]/.test(url) || url.startsWith('data:')) return url;
  const start = url.search(/[?#]/);
  const head = url.slice(0, start);
  const tail = url.slice(start).replace(PARAM, (whole, sep: string, name: string, value: string) => {
    if (!value || value === REDACTED) return whole;
    const n = decodeName(name);
    const v = decodeName(value);
    if (isSecretName(n) || URL_SECRET_PARAMS.test(n.trim()) || isEmail(v)) return `${sep}${name}=${REDACTED}`;
    return whole;
  });
  return redactShapes(head + redactPersonal(tail, false));
}

/* ------------------------------------------------------------------ scripts */

export interface ScriptContext {
  /** Host of the clipped page: an address at the shop's own domain outside any visitor object is the shop's. */
  pageHost?: string | null;
  /** JSON-LD: the page's structured description of itself (its contact address stays). */
  structuredData?: boolean;
}

/** Strings longer than this, or spanning lines, are not treated as values (a misread of code must not swallow it). */
const MAX_VALUE_CHARS = 8192;

/**
 * Redacts a script's text (JavaScript or JSON) in one linear pass: string values of secret keys,
 * secret shapes in any string, and the visitor's e-mail addresses and phone numbers (by the keys
 * around them). A small scanner tracks strings, comments and the stack of keys that opened each
 * object, so `{"customer": {"email": "…"}}`, `Shopify.customer = {email: "…"}` and
 * `_learnq.push(['identify', {'$email': '…'}])` are all read in context. Template literals and
 * regular expressions are skipped as opaque.
 */
export function redactScript(text: string, ctx: ScriptContext = {}): string {
  const out: string[] = [];
  /** Each open `{`/`[`: the words of the name before it, and whether that name was a key (`x:` / `x =`) rather than a nearby word. */
  const stack: Frame[] = [];
  /** The key (or identifier / string) seen last: names the value or object that follows. */
  let lastName = '';
  /** The name before `:` or `=`, waiting for its value. */
  let pendingKey: string | null = null;
  let copied = 0;
  const n = text.length;
  let i = 0;
  const flush = (to: number) => {
    if (to > copied) out.push(text.slice(copied, to));
    copied = to;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    // comments
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const e = text.indexOf('\n', i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    if (c === 34 || c === 39 || c === 96 /* " ' ` */) {
      const end = stringEnd(text, i, c);
      const raw = text.slice(i + 1, end);
      let j = end + 1;
      while (j < n && /\s/.test(text[j])) j++;
      const isKey = c !== 96 && text[j] === ':' && text[j + 1] !== ':';
      if (isKey) {
        pendingKey = raw;
        lastName = raw;
      } else if (c !== 96 && raw.length <= MAX_VALUE_CHARS && !raw.includes('\n')) {
        const replaced = redactValue(raw, pendingKey, stack, ctx);
        if (replaced !== raw) {
          flush(i + 1);
          out.push(replaced);
          copied = end;
        }
        lastName = raw.length <= 64 ? raw : lastName;
        pendingKey = null;
      } else pendingKey = null;
      i = end + 1;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
      if ((text[k] === ':' && text[k + 1] !== ':') || (text[k] === '=' && text[k + 1] !== '=' && text[k + 1] !== '>')) pendingKey = word;
      else if (text[k] !== '.') pendingKey = null;
      lastName = word;
      i = j;
      continue;
    }
    if (c === 123 || c === 91 /* { [ */) {
      const name = pendingKey ?? lastName;
      stack.push({ words: name ? nameWords(name) : [], keyed: pendingKey !== null });
      if (stack.length > 256) stack.shift();
      pendingKey = null;
      lastName = '';
    } else if (c === 125 || c === 93 /* } ] */) {
      stack.pop();
      pendingKey = null;
    } else if (c === 44 /* , */ || c === 59 /* ; */) {
      pendingKey = null;
      lastName = c === 59 ? '' : lastName;
    }
    i++;
  }
  flush(n);
  return out.join('');
}

function stringEnd(text: string, start: number, quote: number): number {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === quote) return i;
    else if (c === 10 && quote !== 96) return i; // an unterminated string ends at the line
    else i++;
  }
  return n;
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);

interface Frame {
  words: string[];
  keyed: boolean;
}

function redactValue(raw: string, key: string | null, stack: Frame[], ctx: ScriptContext): string {
  if (!raw) return raw;
  if (key && isSecretName(key)) return REDACTED;
  // Everything inside `session: {…}` or `auth = {…}` belongs to the secret (its `id` too).
  if (key && stack.some((f) => f.keyed && isSecretName(f.words.join('_')))) return REDACTED;
  let v = redactShapes(raw);
  const keyWords = key ? nameWords(key) : [];
  const around = (set: ReadonlySet<string>) => keyWords.some((w) => set.has(w)) || stack.some((f) => f.words.some((w) => set.has(w)));
  const visitor = around(VISITOR_WORDS);
  if (v.includes('@')) {
    const shop = ctx.structuredData || (!visitor && around(SHOP_WORDS));
    if (!shop) v = redactPersonal(v, false, (email) => !visitor && isShopAddress(email, ctx.pageHost));
  }
  if (visitor && isPhone(v)) v = REDACTED;
  return v;
}

/* ------------------------------------------------------------------ attributes */

/** A `data-*` attribute's value with the visitor's details removed; `visitor` says the element is an account element. */
export function redactDataAttribute(name: string, value: string, visitor: boolean, pageHost?: string | null): string {
  if (!value) return value;
  if (isSecretName(name.replace(/^data-/, '')) && !/^(true|false|\d{1,6})$/.test(value)) return REDACTED;
  const personal = visitor || hasWord(name, VISITOR_WORDS);
  let v = redactShapes(value);
  if (v.includes('@')) v = redactPersonal(v, false, (email) => !personal && isShopAddress(email, pageHost));
  if (personal && isPhone(v)) v = REDACTED;
  if (/^[[{]/.test(v.trim()) && v.length < MAX_VALUE_CHARS) v = redactScript(v, { pageHost });
  return v;
}
