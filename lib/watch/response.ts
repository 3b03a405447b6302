/**
 * Is a fetched answer the page, or something standing in for it? A redirect to a login page, a
 * bot wall or an error page is a failed check, never a change. Rules are tables. Pure.
 */
import type { FailReason } from './types';

export interface FetchedPage {
  /** The URL asked for. */
  url: string;
  /** Where the answer came from after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  html: string;
}

/** Paths a site sends a visitor without a session to. */
export const LOGIN_PATHS = /\/(?:log-?in|sign-?in|signin|auth(?:enticate|orize)?|sso|account\/(?:log-?in|sign-?in)|customer\/account\/login|users?\/sign_in|session\/new)(?:[/?#.]|$)/i;
/** Hosts that only log people in. */
export const LOGIN_HOSTS = /^(?:login|signin|auth|accounts|sso|id)\./i;

/** Bot walls and challenges (Cloudflare, Akamai, PerimeterX, DataDome, Imperva, Amazon's robot check). */
export const BOT_WALL_MARKERS: readonly RegExp[] = [
  /<title>\s*(?:just a moment|attention required|please wait|access denied|pardon our interruption|robot check|are you a robot|security check|verify you are human)/i,
  /cf-browser-verification|challenges\.cloudflare\.com|\/cdn-cgi\/challenge-platform\//i,
  /captcha-delivery\.com|geo\.captcha-delivery/i,
  /px-captcha|perimeterx\.net\/.*captcha/i,
  // Imperva's script (/_Incapsula_Resource) sits on ordinary pages too; only its block page counts.
  /incapsula incident id|request unsuccessful\. incapsula/i,
  /validateCaptcha|Type the characters you see in this image/i,
];

/** Error pages served with 200 ("soft 404"): their title says so. */
export const ERROR_TITLES = /<title>[^<]{0,80}\b(?:404|410|500|502|503|page not found|not found|server error|service unavailable|temporarily unavailable|under maintenance|ไม่พบหน้า|không tìm thấy|페이지를 찾을 수 없)/i;

/** Below this many characters the body is not a page. */
export const MIN_HTML_CHARS = 256;

/** Why this answer is not the page, or null when it is. */
export function failureOf(page: FetchedPage): FailReason | null {
  if (page.status === 429) return 'rate-limited';
  if (page.status >= 500) return 'server-error';
  if (page.status >= 400 || page.status < 200) return page.status === 401 || page.status === 403 ? bodyReason(page) ?? 'http-error' : 'http-error';
  if (movedToLogin(page.url, page.finalUrl)) return 'login';
  if (page.contentType && !/html|xml/i.test(page.contentType)) return 'not-html';
  if (page.html.trim().length < MIN_HTML_CHARS) return 'empty';
  return bodyReason(page);
}

function bodyReason(page: FetchedPage): FailReason | null {
  // Challenges and error titles are in the first part of the document.
  const head = page.html.slice(0, 20_000);
  if (BOT_WALL_MARKERS.some((m) => m.test(head))) return 'bot-wall';
  if (ERROR_TITLES.test(head)) return 'error-page';
  return null;
}

/** A redirect that ends on a login page the watched URL was not itself. */
export function movedToLogin(url: string, finalUrl: string): boolean {
  if (!finalUrl || finalUrl === url) return false;
  try {
    const asked = new URL(url);
    const got = new URL(finalUrl);
    const isLogin = (u: URL) => LOGIN_PATHS.test(u.pathname) || LOGIN_HOSTS.test(u.hostname);
    return isLogin(got) && !isLogin(asked);
  } catch {
    return false;
  }
}

/** Failures that mean "slow down" for the whole origin (back-off), not just this page. */
export const THROTTLING: ReadonlySet<FailReason> = new Set(['rate-limited', 'server-error', 'network', 'timeout']);
