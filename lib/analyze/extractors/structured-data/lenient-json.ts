/**
 * JSON as real pages write it inside <script type="application/ld+json">: wrapped in CDATA or
 * HTML comments, with JavaScript comments, trailing commas, raw newlines inside strings,
 * HTML-escaped quotes, or several objects one after another. Strict JSON.parse first (the
 * common case, and the fastest); the repair pass runs only when it fails.
 */

/** Parses a JSON-LD block into its top-level values; broken parts are dropped, never thrown. */
export function parseLenientJson(raw: string): unknown[] {
  const text = unwrap(raw);
  if (!text) return [];
  try {
    return [JSON.parse(text)];
  } catch {
    return parseRepaired(text);
  }
}

/** Strips CDATA and HTML comment wrappers and a leading byte-order mark. */
function unwrap(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--|\/\/\s*<!\[CDATA\[)+/, '')
    .replace(/(?:\]\]>|-->|\/\/\s*\]\]>)+$/, '')
    .trim();
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&quot;': '"', '&#34;': '"', '&#x22;': '"', '&apos;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const ENTITY_RE = /&(?:quot|#34|#x22|apos|#39|lt|gt|amp);/gi;

function parseRepaired(text: string): unknown[] {
  // A block whose quotes were HTML-escaped has no real quote before its first entity.
  const decoded = /^\s*[[{]\s*&quot;/i.test(text) ? text.replace(ENTITY_RE, (e) => HTML_ENTITIES[e.toLowerCase()] ?? e) : text;
  const out: unknown[] = [];
  for (const chunk of splitTopLevel(clean(decoded))) {
    try {
      out.push(JSON.parse(chunk));
    } catch {
      // An unrecoverable value is skipped; its neighbours still count.
    }
  }
  return out;
}

/**
 * One pass over the text, aware of strings: drops // and block comments, drops commas that
 * precede a closing bracket, and escapes raw control characters inside strings. Untouched
 * runs are copied as slices, so a large block costs one scan.
 */
export function clean(s: string): string {
  const parts: string[] = [];
  let run = 0;
  const cut = (from: number, to: number, replacement = '') => {
    parts.push(s.slice(run, from), replacement);
    run = to;
  };
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      else if (c < 0x20) cut(i, i + 1, CONTROL_ESCAPES[c] ?? ' ');
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === SLASH && s.charCodeAt(i + 1) === SLASH) {
      const end = s.indexOf('\n', i);
      const to = end < 0 ? s.length : end;
      cut(i, to);
      i = to - 1;
    } else if (c === SLASH && s.charCodeAt(i + 1) === STAR) {
      const end = s.indexOf('*/', i + 2);
      const to = end < 0 ? s.length : end + 2;
      cut(i, to);
      i = to - 1;
    } else if (c === COMMA && closesNext(s, i + 1)) cut(i, i + 1);
  }
  parts.push(s.slice(run));
  return parts.join('');
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const SLASH = 0x2f;
const STAR = 0x2a;
const COMMA = 0x2c;
const CONTROL_ESCAPES: Readonly<Record<number, string>> = { 0x0a: '\\n', 0x09: '\\t', 0x0d: '\\r' };

/** True when the next meaningful character after `from` (skipping blanks and comments) closes a bracket. */
function closesNext(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '}' || c === ']') return true;
    if (c === '/' && s[i + 1] === '/') {
      const end = s.indexOf('\n', i);
      if (end < 0) return false;
      i = end;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 1;
    } else if (c > ' ') return false;
  }
  return false;
}

/** Cuts `{…}{…}` or `{…},{…}` into separate values; anything between values is ignored. */
export function splitTopLevel(s: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === '}' || c === ']') && depth > 0) {
      depth--;
      if (depth === 0) chunks.push(s.slice(start, i + 1));
    }
  }
  return chunks;
}
