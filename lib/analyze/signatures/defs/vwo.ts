import { defineSignature } from '../types';

/**
 * VWO SmartCode: window._vwo_code with account_id, loading dev.visualwebsiteoptimizer.com/j.php
 * (or lib/<id>.js).
 */
export default defineSignature({
  id: 'vwo',
  name: 'VWO',
  website: 'https://vwo.com',
  categories: ['ab-testing', 'cro', 'session-replay'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['dev\\.visualwebsiteoptimizer\\.com/'],
    resources: ['\\.visualwebsiteoptimizer\\.com/'],
    inline: ['window\\._vwo_code\\b', '\\b_vwo_code\\s*=', 'dev\\.visualwebsiteoptimizer\\.com/'],
    globals: ['_vwo_code', 'VWO', '_vwo_exp'],
  },
  docs: 'https://help.vwo.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" id="vwoCode">window._vwo_code || (function() { var account_id=123456, version=2.1, settings_tolerance=2000, hide_element="body"; var d=document; var s=d.createElement("script"); s.src="https://dev.visualwebsiteoptimizer.com/j.php?a="+account_id; d.head.appendChild(s); })();</script>',
      },
    ],
    negative: [
      {
        html: '<p>VWO stands for Visual Website Optimizer; read <a href="https://vwo.com/blog/">vwo.com/blog</a>.</p>',
      },
    ],
  },
});
