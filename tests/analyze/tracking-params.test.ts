import { describe, expect, it } from 'vitest';
import { isTrackingParam } from '../../lib/analyze/tracking-params';
import { CLICK_ID_CHANNEL } from '../../lib/analyze/channels/taxonomy';
import { withoutTracking } from '../../lib/plan/tracking-params';

describe('tracking parameters: one table for the analyzer and the plan', () => {
  it('every click id of the channel taxonomy tracks, and utm_/mc_ prefixes, in any case', () => {
    for (const k of Object.keys(CLICK_ID_CHANNEL)) expect(isTrackingParam(k)).toBe(true);
    expect(['utm_source', 'UTM_Campaign', 'mc_cid', '_ga', 'ref', 'source'].every(isTrackingParam)).toBe(true);
  });

  it('parameters that pick a page do not track', () => {
    expect(['id', 'variant', 'q', 'page', 'sku', 'color'].some(isTrackingParam)).toBe(false);
  });

  it('a landing URL key keeps page parameters and drops tracking ones', () => {
    expect(withoutTracking('https://www.shop.example/p/1/?variant=2&utm_source=x&gclid=abc&source=ig')).toBe('shop.example/p/1?variant=2');
  });
});
