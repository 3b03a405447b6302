/**
 * The text of fetched bytes: the charset the server named, else the one the page declares in its
 * first bytes, else UTF-8 (what a browser does, minus its guessing). Pure.
 */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function charsetOf(contentType: string | null | undefined, head: string): string {
  const fromHeader = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  return (fromHeader ?? META_CHARSET.exec(head)?.[1] ?? 'utf-8').toLowerCase();
}

export function decodeHtml(bytes: Uint8Array, contentType: string | null | undefined): string {
  // The declaration sits in the first kilobytes, which are ASCII in every charset it may name.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  try {
    return new TextDecoder(charsetOf(contentType, head)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
