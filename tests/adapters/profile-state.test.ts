import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { runAdapters } from '../../lib/analyze/adapters/registry';
import { stateProfile } from '../../lib/analyze/adapters/profile/state';

const read = (html: string, url: string) => runAdapters(parsePage(html, url), { html, url })?.profile;

describe('profile counts from the platform\'s own app state', () => {
  it('takes the exact copy of a count over the rounded one, and the owner\'s object, not the viewer\'s', () => {
    const html = `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"a":{"user":{"uniqueId":"viewer","followerCount":5}},
      "b":{"userInfo":{"user":{"uniqueId":"shop.x"},"stats":{"followerCount":1200000,"videoCount":40},"statsV2":{"followerCount":"1204311"}}}}</script>`;
    const doc = parsePage(html, 'https://www.tiktok.com/@shop.x');
    expect(stateProfile(doc, 'shop.x', { handle: ['uniqueId'], followers: ['followerCount'], posts: ['videoCount'] }, 'en')).toEqual({ followers: 1204311, posts: 40 });
    expect(stateProfile(doc, 'nobody', { handle: ['uniqueId'], followers: ['followerCount'] }, 'en')).toEqual({});
  });

  it('reads Instagram\'s edge counts from window._sharedData before the meta description', () => {
    const html = `<head><meta name="description" content="1,000 Followers, 10 Following, 5 Posts - See Instagram photos and videos from Shop (@shop.x)"></head>
      <script>window._sharedData = {"entry_data":{"ProfilePage":[{"graphql":{"user":{"username":"shop.x","full_name":"Shop X","edge_followed_by":{"count":1043},"edge_follow":{"count":10},"edge_owner_to_timeline_media":{"count":57}}}}]}};</script>`;
    expect(read(html, 'https://www.instagram.com/shop.x/')).toMatchObject({ followers: 1043, following: 10, posts: 57, name: 'Shop X' });
  });

  it('never reads a count from the bio, in the header or quoted in the description', () => {
    const html = `<head><title>Panadería Sol (@panaderia.sol) | TikTok</title><meta property="og:description" content="Panadería Sol (@panaderia.sol) en TikTok | 12.3K seguidores. Calle Mayor 221 · 3 publicaciones por semana."></head>
      <body><div data-e2e="user-page"><div class="x-CreatorPageHeader"><h1 data-e2e="user-title">panaderia.sol</h1>
      <div><strong data-e2e="followers-count">12.3K</strong><span>Seguidores</span></div><h2 data-e2e="user-bio">Calle Mayor 221 · 3 publicaciones por semana</h2></div></div></body>`;
    expect(read(html, 'https://www.tiktok.com/@panaderia.sol')).toMatchObject({ followers: 12300, posts: null });
  });
});
