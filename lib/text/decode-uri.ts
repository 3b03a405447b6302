/** decodeURIComponent that keeps the text as it is when a `%` is not an escape (real URLs have those). */
export function safeDecodeURIComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
