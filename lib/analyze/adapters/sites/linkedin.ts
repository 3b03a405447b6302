/**
 * LinkedIn company and showcase pages (linkedin.com/company/<name>, any country subdomain).
 * The guest page's `top-card-layout` and the member page's `org-top-card` hold the name,
 * tagline and "5,750 followers"; the member's own card ("Jane Doe · 500 connections") and the
 * global nav sit outside it. The website is in the About list.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter, outboundUrl } from '../profile/adapter';
import { textIn } from '../text';

const PAGE_KINDS = new Set(['company', 'showcase', 'school']);
const TABS = new Set(['about', 'posts', 'jobs', 'people', 'life', 'insights', 'videos', 'events', 'products']);

export default defineAdapter(
  profileAdapter({
    platform: 'linkedin',
    matches: [/^https?:\/\/([a-z]{2,3}\.|www\.)?linkedin\.com\/(company|showcase|school)\//i],
    siteNames: ['LinkedIn'],
    handleFromUrl(url) {
      const [kind, handle, tab, ...rest] = pathSegments(url);
      if (!PAGE_KINDS.has(kind ?? '') || !handle || rest.length) return null;
      return !tab || TABS.has(tab) ? handle : null;
    },
    header: ['section.top-card-layout', '.org-top-card', 'main section.artdeco-card'],
    fields: {
      name: 'h1',
      bio: '.top-card-layout__second-subline, .org-top-card-summary__tagline',
      avatar: 'img.top-card-layout__entity-image, .org-top-card-primary-content__logo, img[alt*="logo" i]',
      verified: '.org-top-card-summary__verified-badge, [data-test-id="verified-badge"]',
    },
    read(doc, ctx) {
      const site = ctx.$('[data-test-id="about-us__website"] a, dl a[data-tracking-control-name*="website"], .org-about-us-company-module__website a').first();
      return site.length ? { externalUrl: outboundUrl(site.attr('href'), textIn(site), doc.url) } : {};
    },
  }),
);
