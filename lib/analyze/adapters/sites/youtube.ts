/**
 * YouTube channels: /@handle, /channel/UC…, /c/name and /user/name, with their tabs. The rendered
 * page header (`yt-page-header-renderer`, or the older `ytd-c4-tabbed-header-renderer`) holds the
 * name, "@handle • 4.69M subscribers • 6.8K videos" and the links; the masthead with the
 * signed-in user's avatar is outside it. A page saved before rendering keeps the same header in
 * `ytInitialData`, read as a fallback.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter, type ProfileParts } from '../profile/adapter';
import { readCounts } from '../profile/counts';
import type { PageDoc } from '../../document';

const KEYED = new Set(['channel', 'c', 'user']);
const TABS = new Set([
  'featured', 'videos', 'shorts', 'streams', 'playlists', 'community', 'posts', 'about', 'channels', 'podcasts',
  'releases', 'store', 'courses', 'live', 'search',
]);

function channelId(url: URL): string | null {
  const segs = pathSegments(url);
  let id: string | undefined;
  let rest: string[];
  if (segs[0]?.startsWith('@')) [id, ...rest] = [segs[0].slice(1), ...segs.slice(1)];
  else if (KEYED.has(segs[0] ?? '')) [id, ...rest] = segs.slice(1);
  else return null;
  if (!id || rest.length > 1) return null;
  return !rest.length || TABS.has(rest[0]) ? id : null;
}

type Json = Record<string, unknown>;

/** `var ytInitialData = {…};` as YouTube writes it in the page. */
function initialData(doc: PageDoc): Json | null {
  for (const s of doc.scripts) {
    const at = s.text.indexOf('ytInitialData = ');
    if (at < 0) continue;
    const json = s.text.slice(at + 'ytInitialData = '.length).trim().replace(/;\s*$/, '');
    try {
      return JSON.parse(json) as Json;
    } catch {
      return null;
    }
  }
  return null;
}

/** Visible strings of a renderer tree: `simpleText`, joined `runs`, view-model `content`. */
function texts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => texts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (typeof o.simpleText === 'string') out.push(o.simpleText);
    else if (Array.isArray(o.runs)) out.push(o.runs.map((r) => (r as Json).text ?? '').join(''));
    else if (typeof o.content === 'string') out.push(o.content);
    for (const [k, v] of Object.entries(o)) if (k !== 'runs' && typeof v === 'object') texts(v, out);
  }
  return out;
}

function fromInitialData(doc: PageDoc, lang: string | null): ProfileParts {
  const header = (initialData(doc)?.header ?? null) as Json | null;
  const renderer = (header?.c4TabbedHeaderRenderer ?? header?.pageHeaderRenderer) as Json | undefined;
  if (!renderer) return {};
  const strings = texts(renderer);
  const counts = readCounts(strings.join('\n'), lang);
  const handle = strings.find((s) => /^@[\w.-]+$/.test(s));
  return {
    name: typeof renderer.title === 'string' ? renderer.title : (texts(renderer.title)[0] ?? undefined),
    handle: handle?.slice(1),
    followers: counts.followers,
    posts: counts.posts,
  };
}

export default defineAdapter(
  profileAdapter({
    platform: 'youtube',
    matches: [/^https?:\/\/(www\.|m\.)?youtube\.com\/(@|channel\/|c\/|user\/)/i],
    siteNames: ['YouTube'],
    bioFromDescription: true,
    preferWrittenHandle: true,
    handleFromUrl: channelId,
    header: ['yt-page-header-renderer', '#page-header', 'ytd-c4-tabbed-header-renderer', '#channel-header'],
    fields: {
      name: 'h1, #channel-name #text',
      handle: 'yt-content-metadata-view-model span:contains("@"), #channel-handle',
      bio: 'yt-description-preview-view-model, #channel-tagline',
      avatar: 'yt-decorated-avatar-view-model img, yt-avatar-shape img, #avatar img',
      externalUrl: 'yt-attribution-view-model a, #primary-links a',
      verifiedIn: 'h1, #channel-name',
    },
    read: (doc, ctx) => (ctx.header ? {} : fromInitialData(doc, ctx.lang)),
  }),
);
